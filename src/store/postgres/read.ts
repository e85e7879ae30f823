/**
 * The PostgreSQL read path, a port of sqlite/read.ts: the event filters as SQL with numbered parameters, full-text
 * search, and rows to the stored shapes. User text is only ever a bound parameter.
 *
 * SQLite's LIKE is case-insensitive (for ASCII) and has no escape character; ILIKE … ESCAPE '' is the same here.
 */
import type pg from "pg";
import type { CodedArticle } from "../../types.ts";
import type { ArticleHit, EventFilter, StoredArticle } from "../types.ts";
import { dayNumber } from "../event-key.ts";

/** Anything that runs a query: the pool or a client inside a transaction. */
export interface Queryable {
  query<R extends pg.QueryResultRow>(text: string, values?: unknown[]): Promise<pg.QueryResult<R>>;
}

/** Collects bound values and hands out their $n placeholders. */
export class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** The full-text configuration used for the index (migrations.ts) and every query against it. */
const FTS = "'english'";
const HEADLINE = `'StartSel=[, StopSel=], MaxWords=12, MinWords=5, MaxFragments=1, FragmentDelimiter=…'`;

/**
 * Plain words of a user query, joined by spaces for plainto_tsquery (an AND of the words), the counterpart of
 * sqlite/read.ts `ftsQuery`; null when there are none, which matches nothing, as FTS5's '""' does.
 */
export function tsWords(text: string): string | null {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length ? words.join(" ") : null;
}

/** Builds the WHERE clause of an event query; every value is a bound parameter. */
export function eventWhere(filter: EventFilter, p: Params): string {
  const where: string[] = [];
  const like = (column: string, pattern: string): string => `${column} ILIKE ${p.add(pattern)} ESCAPE ''`;
  if (filter.country) {
    const country = filter.country.toUpperCase();
    where.push(`(e.country = ${p.add(country)} OR ${like("e.countries", `% ${country} %`)})`);
  }
  if (filter.actor) {
    where.push(`(${like("e.codes", `% ${filter.actor.toUpperCase()}%`)} OR ${like("e.codes", `%${filter.actor.toLowerCase()}%`)})`);
  }
  const from = dayNumber(filter.from ?? null);
  const to = dayNumber(filter.to ?? null);
  if (from !== null) where.push(`e.day >= ${p.add(from)}`);
  if (to !== null) where.push(`e.day <= ${p.add(to)}`);
  if (filter.cameo) where.push(like("e.cameo", `${filter.cameo}%`));
  if (filter.plover) where.push(`upper(e.plover) = ${p.add(filter.plover.toUpperCase())}`);
  if (filter.acled) {
    const acled = p.add(filter.acled.toLowerCase());
    where.push(`(lower(e.acled_type) = ${acled} OR lower(e.acled_sub) = ${acled})`);
  }
  if (filter.date_from) where.push(`e.date_from = ${p.add(filter.date_from)}`);
  if (filter.fighting) {
    where.push("(e.root IN ('18', '19', '20') OR e.acled_type IN ('Battles', 'Explosions/Remote violence'))");
  }
  if (filter.article) where.push(`e.id IN (SELECT event FROM event_mentions WHERE article = ${p.add(filter.article)})`);
  for (const side of ["source", "target"] as const) {
    const needle = filter[side];
    if (!needle) continue;
    // the same test as a side match in JS: a code that starts with the needle, or a name that contains it
    const code = p.add(needle.toUpperCase());
    where.push(`EXISTS (SELECT 1 FROM json_array_elements(e.${side}) j WHERE left(j ->> 'code', length(${code})) = ${code}
      OR strpos(lower(j ->> 'name'), ${p.add(needle.toLowerCase())}) > 0)`);
  }
  if (filter.text) {
    const words = tsWords(filter.text);
    where.push(words === null ? "FALSE" : `e.id IN (SELECT m.event FROM event_mentions m JOIN articles a ON a.id = m.article
      WHERE a.fts @@ plainto_tsquery(${FTS}, ${p.add(words)}))`);
  }
  return where.length ? `WHERE ${where.join(" AND ")}` : "";
}

/** `LIMIT $n` for a positive limit, as SQLite's builder does; "" otherwise. */
export function limitClause(limit: number | undefined, p: Params): string {
  return limit && limit > 0 ? `LIMIT ${p.add(Math.floor(limit))}` : "";
}

/**
 * Articles matching every word of `query` (in the title or the text), best first, each with a snippet of its text:
 * matches in [brackets], '…' where the snippet cuts the text, as SQLite's snippet() has it. Ranked by ts_rank
 * divided by the log of the document's length (normalisation 1), closest to FTS5's bm25, which favours short
 * documents; ties in storage order. The snippet highlights any of the words (an OR query), since some may be in
 * the title only and ts_headline shows nothing around a text that lacks one of an AND query's words.
 */
export async function searchArticles(db: Queryable, query: string, limit: number): Promise<ArticleHit[]> {
  const words = tsWords(query);
  if (words === null) return [];
  const { rows } = await db.query<{ id: string; title: string | null; published: string | null; source: string | null; text: string; snippet: string }>(
    `WITH q AS (SELECT plainto_tsquery(${FTS}, $1) AS q, to_tsquery(${FTS}, $3) AS any),
      hits AS (SELECT a.seq, ts_rank(a.fts, q.q, 1) AS rank FROM articles a, q WHERE a.fts @@ q.q
        ORDER BY rank DESC, a.seq LIMIT $2)
    SELECT a.id, a.title, a.published, a.source, a.text, ts_headline(${FTS}, a.text, q.any, ${HEADLINE}) AS snippet
    FROM hits JOIN articles a ON a.seq = hits.seq, q ORDER BY hits.rank DESC, hits.seq`,
    // words are letters and digits only (tsWords), so joining them with | is always valid to_tsquery syntax;
    // SQLite reads a negative LIMIT as no limit, PostgreSQL a NULL one
    [words, limit >= 0 ? Math.floor(limit) : null, words.split(" ").join(" | ")]);
  return rows.map((r) => ({ id: r.id, title: r.title, published: r.published, source: r.source, snippet: framed(r.snippet, r.text) }));
}

/**
 * Adds '…' where a headline starts after the text's start or ends before its end. Compared word by word, since
 * ts_headline drops the punctuation at a fragment's edges.
 */
export function framed(snippet: string, text: string): string {
  const words = (s: string): string[] => s.match(/[\p{L}\p{N}]+/gu) ?? [];
  const sw = words(snippet);
  if (sw.length === 0) return snippet;
  const tw = words(text);
  const same = (part: string[]): boolean => part.length === sw.length && part.every((w, i) => w === sw[i]);
  return `${same(tw.slice(0, sw.length)) ? "" : "…"}${snippet}${same(tw.slice(-sw.length)) ? "" : "…"}`;
}

export interface ArticleRow {
  id: string; hash: string; title: string | null; source: string | null; published: string | null; url: string | null;
  text: string; story: string; near_duplicate_of: string | null; ingested: string; origin: string | null; coded: CodedArticle;
}

export const ARTICLE_COLUMNS = "id, hash, title, source, published, url, text, story, near_duplicate_of, ingested, origin, coded";

/** The stored article, with the text (kept once, in its column) put back into the coding. */
export function toArticle(r: ArticleRow): StoredArticle {
  return {
    id: r.id, hash: r.hash, title: r.title, source: r.source, published: r.published, url: r.url, text: r.text,
    story: r.story, near_duplicate_of: r.near_duplicate_of, ingested: r.ingested, origin: r.origin,
    coded: { ...r.coded, article: { ...r.coded.article, text: r.text } },
  };
}
