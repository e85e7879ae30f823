/**
 * The PostgreSQL write path, a port of sqlite/write.ts: articles with everything coded from them, inside the
 * caller's transaction (transaction.ts). Events are merged with stored events that have the same merge key and a
 * date at most one day apart.
 *
 * Concurrency: several processes (queue workers) may write one database at once. SQLite serialises writers with
 * its database lock; here each call first takes transaction-level advisory locks (`parley_lock`, migrations.ts) on
 * every name its writes depend on:
 *   - `hash:` content hash — two writers storing the same article: the second waits, then sees it as a duplicate;
 *   - `id:` article id and its suffixed form — two different articles reusing one id get distinct ids;
 *   - `actor:` actor key — the upserts of one actor row are serialised;
 *   - `event:` merge key — looking for an event to merge with and creating or updating it is one critical section,
 *     so two writers never both create "the" event for one key and day, and the counts stay exact.
 * All locks are taken up front in one sorted order, so writers never deadlock on each other; two writers that
 * share no name run in parallel. Every row two transactions could both write (article, actor, merged event, and
 * rows keyed by the article id) is covered by a lock, so row locks never wait in a cycle either. The ON CONFLICT
 * clauses stand where SQLite had INSERT OR IGNORE / upserts; with the locks they never race.
 */
import type pg from "pg";
import type { CodedEvent } from "../../types.ts";
import type { ArticleRecord, PartyRef, PutOutcome } from "../types.ts";
import { dayNumber, mergeKey } from "../event-key.ts";
import { actorKey } from "../actor-key.ts";
import { encodeSignature } from "../sqlite/signature.ts";
import { ceasefireBody, EVENT_COLUMNS, eventRow, suffixedId } from "../rows.ts";
import { cellsOf, type AggregateCells } from "../aggregate-cells.ts";
import { addCells } from "./side-tables.ts";

/** Stores the records in order on `client` (inside a transaction); a record duplicating an earlier one is a duplicate. */
export async function putArticles(client: pg.PoolClient, records: readonly ArticleRecord[]): Promise<PutOutcome[]> {
  if (records.length === 0) return [];
  await client.query("SELECT parley_lock($1::text[])", [lockNames(records)]);
  const out: PutOutcome[] = [];
  // what the new events add to the aggregates' side tables, written last, in key order (side-tables.ts)
  const cells: AggregateCells[] = [];
  for (const record of records) out.push(await put(client, record, cells));
  await addCells(client, cells);
  return out;
}

/** Every name the records' writes depend on (see the header); parley_lock de-duplicates and sorts them. */
export function lockNames(records: readonly ArticleRecord[]): string[] {
  const names: string[] = [];
  for (const { coded, hash } of records) {
    names.push(`hash:${hash}`, `id:${coded.id}`, `id:${suffixedId(coded.id, hash)}`);
    for (const actor of coded.actors) names.push(`actor:${actorKey(actor)}`);
    for (const ev of coded.events) names.push(`event:${mergeKey(ev)}`);
  }
  return names;
}

/** The id a different article reusing a stored id is kept under. */
async function one<R extends pg.QueryResultRow>(c: pg.PoolClient, sql: string, params: unknown[]): Promise<R | undefined> {
  return (await c.query<R>(sql, params)).rows[0];
}

async function changed(c: pg.PoolClient, sql: string, params: unknown[]): Promise<number> {
  return (await c.query(sql, params)).rowCount ?? 0;
}

async function put(c: pg.PoolClient, record: ArticleRecord, cells: AggregateCells[]): Promise<PutOutcome> {
  const existing = await one<{ id: string }>(c, "SELECT id FROM articles WHERE hash = $1", [record.hash]);
  if (existing) return { status: "duplicate", id: existing.id };
  const { coded } = record;
  const a = coded.article;
  const taken = await one(c, "SELECT 1 FROM articles WHERE id = $1", [coded.id]);
  const id = taken ? suffixedId(coded.id, record.hash) : coded.id;
  const storyOf = record.nearDuplicateOf
    ? await one<{ story: string }>(c, "SELECT story FROM articles WHERE id = $1", [record.nearDuplicateOf])
    : undefined;
  const story = storyOf?.story || id;
  const { text: _text, ...metaWithoutText } = a;
  await c.query(`INSERT INTO articles (id, hash, input_hash, title, author, source, published, url, text, story,
      near_duplicate_of, similarity, signature, ingested, origin, coded)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`, [
    id, record.hash, record.inputHash, a.title, a.author, a.source, a.published, a.url, a.text, story,
    story === id ? null : record.nearDuplicateOf, record.similarity, encodeSignature(record.signature),
    record.ingested, record.origin, JSON.stringify({ ...coded, id, article: metaWithoutText }),
  ]);
  if (record.bands.length > 0) {
    await c.query(`INSERT INTO minhash_bands (band, article) SELECT b, $2 FROM unnest($1::text[]) AS b
      ON CONFLICT DO NOTHING`, [record.bands, id]);
  }

  const parties = new Map<string, PartyRef>();
  const seen = new Set<string>();
  for (const actor of coded.actors) {
    const key = actorKey(actor);
    parties.set(actor.id, { key, name: actor.name, code: actor.code, country: actor.country });
    const fresh = await changed(c, `INSERT INTO article_actors (article, local_id, actor, mentions) VALUES ($1, $2, $3, $4)
      ON CONFLICT DO NOTHING`, [id, actor.id, key, actor.mentions.length]) > 0;
    if (fresh && !seen.has(key)) {
      seen.add(key);
      // the same CASEs as SQLite's: a NULL date leaves first/last seen as they are
      await c.query(`INSERT INTO actors AS t (key, name, code, kind, country, num_articles, num_mentions, first_seen, last_seen)
        VALUES ($1, $2, $3, $4, $5, 1, $6, $7, $7)
        ON CONFLICT (key) DO UPDATE SET num_articles = t.num_articles + 1, num_mentions = t.num_mentions + EXCLUDED.num_mentions,
        first_seen = CASE WHEN t.first_seen IS NULL OR EXCLUDED.first_seen < t.first_seen
          THEN coalesce(EXCLUDED.first_seen, t.first_seen) ELSE t.first_seen END,
        last_seen = CASE WHEN t.last_seen IS NULL OR EXCLUDED.last_seen > t.last_seen
          THEN coalesce(EXCLUDED.last_seen, t.last_seen) ELSE t.last_seen END`,
      [key, actor.name, actor.code, actor.kind, actor.country, actor.mentions.length, a.published]);
    }
  }

  const eventIds = new Map<string, string>();
  let merged = 0;
  for (const ev of coded.events) {
    const key = mergeKey(ev);
    const day = dayNumber(ev.date);
    let stored = day === null ? undefined : (await one<{ id: string }>(c, `SELECT id FROM events
      WHERE merge_key = $1 AND day BETWEEN $2 AND $3 ORDER BY abs(day - $4), seq LIMIT 1`, [key, day - 1, day + 1, day]))?.id;
    const fresh = stored === undefined;
    if (stored === undefined) {
      // a new event starts with this one mention, story and outlet: its counts are written with it
      stored = `${id}/${ev.id}`;
      cells.push(await insertEvent(c, stored, key, day, ev));
    } else merged++;
    eventIds.set(ev.id, stored);
    const span = ev.span;
    const outlet = a.source ?? id;
    const newStory = fresh || !(await one(c, "SELECT 1 FROM event_mentions WHERE event = $1 AND story = $2 LIMIT 1", [stored, story])) ? 1 : 0;
    const newOutlet = fresh || !(await one(c, "SELECT 1 FROM event_mentions WHERE event = $1 AND outlet = $2 LIMIT 1", [stored, outlet])) ? 1 : 0;
    const added = await changed(c, `INSERT INTO event_mentions (event, article, local_id, sentence, span_start, span_end,
      text, source, url, published, story, outlet) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
      ON CONFLICT DO NOTHING`, [stored, id, ev.id, ev.sentence, span[0], span[1], a.text.slice(span[0], span[1]),
      a.source, a.url, a.published, story, outlet]);
    if (added > 0 && !fresh) {
      await c.query(`UPDATE events SET num_mentions = num_mentions + 1, num_articles = num_articles + $2,
        num_sources = num_sources + $3 WHERE id = $1`, [stored, newStory, newOutlet]);
    }
  }

  for (const [i, quote] of coded.quotes.entries()) {
    await c.query(`INSERT INTO quotes (article, idx, speaker, speaker_name, text, start, "end", direct)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING`, [
      id, i, quote.speaker ? (parties.get(quote.speaker)?.key ?? null) : null, quote.speaker_name,
      quote.text, quote.start, quote.end, quote.direct,
    ]);
  }
  for (const [i, cf] of coded.ceasefires.entries()) {
    await c.query(`INSERT INTO ceasefire_mentions (article, idx, country, status, body) VALUES ($1, $2, $3, $4, $5)
      ON CONFLICT DO NOTHING`, [id, i, cf.country, cf.status, ceasefireBody(coded, cf, parties, eventIds)]);
  }
  return { status: "stored", id, events: coded.events.length, merged };
}

/** Inserts a new event; returns what it adds to the side tables. */
async function insertEvent(c: pg.PoolClient, id: string, key: string, day: number | null, ev: CodedEvent): Promise<AggregateCells> {
  const row = eventRow(id, key, day, ev);
  // a new event starts with its one mention, story and outlet
  const inserted = await one<{ seq: string }>(c, `INSERT INTO events (${EVENT_COLUMNS.join(", ")}, num_mentions, num_articles, num_sources)
    VALUES (${EVENT_COLUMNS.map((_, i) => `$${i + 1}`).join(", ")}, 1, 1, 1) RETURNING seq`, EVENT_COLUMNS.map((k) => row[k]));
  return cellsOf(row, Number(inserted?.seq));
}
