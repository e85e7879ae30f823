/**
 * A store as the code of schema v3 left it, built in the test rather than checked in: the v1–v2 migrations (never
 * edited once applied, so they are the old DDL), rows inserted with the columns v3 had (no `date_from`), then the v3
 * migration, which fills its side tables from those rows as it did for real databases. Each backend says how to run
 * its migrations up to a version and insert a row; `buildV3` does the rest the same way on both.
 */
import type { Store } from "../../src/store/types.ts";
import { mergeKey, dayNumber } from "../../src/store/event-key.ts";
import { eventRow } from "../../src/store/rows.ts";
import { encodeSignature } from "../../src/store/sqlite/signature.ts";
import { WIRE, article, event, record } from "./fixtures.ts";

/** The raw database of one backend, below the Store. */
export interface LegacyDb {
  /** applies the migrations numbered up to `version` */
  migrateTo(version: number): Promise<void>;
  /** inserts one row; values are strings, numbers (0/1 for booleans), Buffers or null */
  insert(table: "articles" | "events" | "event_mentions", row: Readonly<Record<string, unknown>>): Promise<void>;
  close(): Promise<void>;
}

/** How a backend makes a fresh legacy database and opens it, afterwards, with the current code. */
export interface LegacyBackend {
  /** a fresh, empty database (file, schema) of this backend */
  create(): Promise<{ readonly db: LegacyDb; readonly open: () => Promise<Store>; readonly version: () => Promise<number> }>;
}

/** the events table's columns at v3, in the v1 DDL's order */
const V3_EVENT_COLUMNS = [
  "id", "merge_key", "day", "cameo", "root", "cameo_name", "plover", "plover_mode", "acled_type", "acled_sub", "goldstein",
  "quad_class", "source", "target", "codes", "countries", "negated", "modality", "date", "date_precision", "location",
  "country", "trigger", "confidence", "num_mentions", "num_articles", "num_sources",
] as const;

/** the one article and its dated event that the v3 database holds */
export const LEGACY = {
  article: article({ id: "old1", text: WIRE, published: "2031-03-03", source: "Wire Old", title: "Before the upgrade",
    events: [event({ id: "e1", date: "2031-02-10" })] }),
} as const;

/** Fills `db` as the v3 code would have: schema to v2, the rows, then v3 (its side tables backfilled from them). */
export async function buildV3(db: LegacyDb): Promise<void> {
  const coded = LEGACY.article;
  const r = record(coded);
  const a = coded.article;
  await db.migrateTo(2);
  const { text: _text, ...meta } = a;
  await db.insert("articles", {
    id: coded.id, hash: r.hash, input_hash: r.inputHash, title: a.title, author: a.author, source: a.source,
    published: a.published, url: a.url, text: a.text, story: coded.id, near_duplicate_of: null, similarity: null,
    signature: encodeSignature(r.signature), ingested: r.ingested, origin: r.origin,
    coded: JSON.stringify({ ...coded, article: meta }),
  });
  for (const ev of coded.events) {
    const id = `${coded.id}/${ev.id}`;
    const row: Record<string, unknown> = { ...eventRow(id, mergeKey(ev), dayNumber(ev.date), ev), num_mentions: 1, num_articles: 1, num_sources: 1 };
    await db.insert("events", Object.fromEntries(V3_EVENT_COLUMNS.map((c) => [c, c === "negated" ? (row[c] ? 1 : 0) : row[c]])));
    await db.insert("event_mentions", {
      event: id, article: coded.id, local_id: ev.id, sentence: ev.sentence, span_start: ev.span[0], span_end: ev.span[1],
      text: a.text.slice(ev.span[0], ev.span[1]), source: a.source, url: a.url, published: a.published, story: coded.id,
      outlet: a.source ?? coded.id,
    });
  }
  await db.migrateTo(3);
}
