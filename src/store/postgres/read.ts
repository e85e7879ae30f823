/**
 * The PostgreSQL read path, a port of sqlite/read.ts: the event filters as SQL with numbered parameters, full-text
 * search, and rows to the stored shapes. User text is only ever a bound parameter.
 *
 * SQLite's LIKE is case-insensitive (for ASCII) and has no escape character; ILIKE … ESCAPE '' is the same here.
 */
import type pg from "pg";
import type { AcledType, ActorRef, CodedArticle, DatePrecision, Modality, Place } from "../../types.ts";
import type { ArticleHit, EventFilter, EventMention, EventPage, StoredArticle, StoredEvent } from "../types.ts";
import { dayNumber } from "../event-key.ts";
import { ORDER_KEY, cursorOf, pageSize, parseCursor } from "../cursor.ts";

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

interface EventRow {
  seq: string; id: string; cameo: string; cameo_name: string; plover: string | null; plover_mode: string | null;
  acled_type: string | null; acled_sub: string | null; goldstein: number; quad_class: number;
  source: ActorRef[]; target: ActorRef[]; negated: boolean; modality: string; date: string | null;
  date_precision: string | null; location: Place | null; trigger: string; confidence: number;
  num_mentions: number; num_articles: number; num_sources: number; mentions: MentionJson[]; k: number;
}

interface MentionJson {
  article: string; event: string; sentence: number; start: number; end: number; text: string;
  source: string | null; url: string | null; published: string | null;
}

const SELECT_EVENTS = `SELECT e.seq, e.id, e.cameo, e.cameo_name, e.plover, e.plover_mode,
    e.acled_type, e.acled_sub, e.goldstein, e.quad_class, e.source, e.target, e.negated, e.modality, e.date,
    e.date_precision, e.location, e.trigger, e.confidence, e.num_mentions, e.num_articles, e.num_sources, ${ORDER_KEY} AS k,
    (SELECT coalesce(json_agg(json_build_object('article', m.article, 'event', m.local_id, 'sentence', m.sentence,
      'start', m.span_start, 'end', m.span_end, 'text', m.text, 'source', m.source, 'url', m.url,
      'published', m.published) ORDER BY m.seq), '[]'::json) FROM event_mentions m WHERE m.event = e.id) AS mentions
  FROM events e`;

export async function queryEvents(db: Queryable, filter: EventFilter): Promise<StoredEvent[]> {
  const p = new Params();
  const where = eventWhere(filter, p);
  const limit = limitClause(filter.limit, p);
  const { rows } = await db.query<EventRow>(`${SELECT_EVENTS} ${where} ORDER BY k, e.seq ${limit}`, p.values);
  return rows.map(toEvent);
}

/** One page in the order of the `events_order` index, and the filter's total (a count the database makes). */
export async function pageEvents(db: Queryable, filter: EventFilter): Promise<EventPage> {
  const p = new Params();
  const where = eventWhere(filter, p);
  const counted = await db.query<{ n: string }>(`SELECT count(*) AS n FROM events e ${where}`, p.values);
  const size = pageSize(filter.limit);
  const after = filter.after ? parseCursor(filter.after) : null;
  if (filter.after && !after) throw new Error(`not an event cursor: ${filter.after}`);
  const keyset = after ? `(${ORDER_KEY}, e.seq) > (${p.add(after.key)}, ${p.add(after.seq)})` : "";
  const all = keyset ? (where ? `${where} AND ${keyset}` : `WHERE ${keyset}`) : where;
  const offset = filter.offset && filter.offset > 0 ? Math.floor(filter.offset) : 0;
  const { rows } = await db.query<EventRow>(`${SELECT_EVENTS} ${all} ORDER BY k, e.seq
    LIMIT ${p.add(size + 1)} OFFSET ${p.add(offset)}`, p.values);
  const more = rows.length > size;
  const items = rows.slice(0, size);
  const last = items[items.length - 1];
  return { total: Number(counted.rows[0]?.n ?? 0), items: items.map(toEvent), next: more && last ? cursorOf(last.k, Number(last.seq)) : null };
}

export async function eventById(db: Queryable, id: string): Promise<StoredEvent | null> {
  const { rows } = await db.query<EventRow>(`${SELECT_EVENTS} WHERE e.id = $1`, [id]);
  return rows[0] ? toEvent(rows[0]) : null;
}

function toEvent(r: EventRow): StoredEvent {
  const mentions: EventMention[] = r.mentions.map((m) => ({
    article: m.article, event: m.event, sentence: m.sentence, span: [m.start, m.end] as const, text: m.text,
    source: m.source, url: m.url, published: m.published,
  }));
  const acled: AcledType | null = r.acled_type ? { event_type: r.acled_type, sub_event_type: r.acled_sub ?? "" } : null;
  return {
    // bigserial comes back as a string (pg keeps int8 exact); ids stay far below 2^53
    id: r.id, seq: Number(r.seq), cameo: r.cameo, cameo_name: r.cameo_name, plover: r.plover, plover_mode: r.plover_mode,
    acled, goldstein: r.goldstein, quad_class: r.quad_class, source: r.source, target: r.target,
    negated: r.negated, modality: r.modality as Modality, date: r.date,
    date_precision: r.date_precision as DatePrecision | null, location: r.location, trigger: r.trigger,
    confidence: r.confidence, num_mentions: r.num_mentions, num_articles: r.num_articles, num_sources: r.num_sources,
    articles: [...new Set(mentions.map((m) => m.article))],
    sources: [...new Set(mentions.map((m) => m.source).filter((s): s is string => !!s))],
    mentions,
  };
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
