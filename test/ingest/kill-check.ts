/**
 * What the kill and fault tests check of a store after a crash, on SQLite (a file) or PostgreSQL (a schema): the same
 * numbers for both, read with plain SQL beside the store. Every stored article must be whole (its event mentions
 * and ceasefire mentions all there), nothing stored twice, no row pointing at nothing, every merged event's counts
 * equal to its mentions, and the database's own integrity check clean.
 */
import assert from "node:assert/strict";
import Database from "better-sqlite3";
import pg from "pg";
import { postgresTarget } from "../../src/store/postgres/config.ts";

export interface Snapshot {
  articles: number; distinctHashes: number; events: number; mentions: number; ceasefires: number; actors: number;
  actorArticles: number; orphanMentions: number; eventsWithoutMentions: number; miscounted: number; notWhole: number;
  unindexed: number; integrity: string;
}

const CHECKS = {
  articles: "SELECT count(*) FROM articles",
  distinctHashes: "SELECT count(DISTINCT hash) FROM articles",
  events: "SELECT count(*) FROM events",
  mentions: "SELECT count(*) FROM event_mentions",
  ceasefires: "SELECT count(*) FROM ceasefire_mentions",
  actors: "SELECT count(*) FROM actors",
  actorArticles: "SELECT coalesce(sum(num_articles), 0) FROM actors",
  orphanMentions: "SELECT count(*) FROM event_mentions WHERE article NOT IN (SELECT id FROM articles) OR event NOT IN (SELECT id FROM events)",
  eventsWithoutMentions: "SELECT count(*) FROM events WHERE id NOT IN (SELECT event FROM event_mentions)",
  miscounted: "SELECT count(*) FROM events e WHERE num_mentions != (SELECT count(*) FROM event_mentions m WHERE m.event = e.id)",
} as const;

/** articles whose stored mentions differ from their coding, by backend (the coding is JSON text in SQLite, json here) */
const NOT_WHOLE = {
  sqlite: `SELECT count(*) FROM articles a WHERE json_array_length(a.coded, '$.events') != (SELECT count(*) FROM event_mentions m WHERE m.article = a.id)
    OR json_array_length(a.coded, '$.ceasefires') != (SELECT count(*) FROM ceasefire_mentions c WHERE c.article = a.id)`,
  postgres: `SELECT count(*) FROM articles a WHERE json_array_length(a.coded -> 'events') != (SELECT count(*) FROM event_mentions m WHERE m.article = a.id)
    OR json_array_length(a.coded -> 'ceasefires') != (SELECT count(*) FROM ceasefire_mentions c WHERE c.article = a.id)`,
};

/** Only the stored article count: cheap enough to poll while an ingest writes (a snapshot checks integrity too). */
export async function storedArticles(db: string): Promise<number> {
  if (db.startsWith("postgres")) return withPg(db, async (client) => Number((await client.query(CHECKS.articles)).rows[0]?.count));
  const d = new Database(db, { readonly: true, timeout: 2000 });
  try {
    return d.prepare(CHECKS.articles).pluck().get() as number;
  } finally {
    d.close();
  }
}

export async function snapshot(db: string): Promise<Snapshot> {
  if (db.startsWith("postgres")) return pgSnapshot(db);
  const d = new Database(db, { readonly: true });
  try {
    const n = (sql: string): number => d.prepare(sql).pluck().get() as number;
    const counts = Object.fromEntries(Object.entries(CHECKS).map(([k, sql]) => [k, n(sql)])) as Record<keyof typeof CHECKS, number>;
    return {
      ...counts, notWhole: n(NOT_WHOLE.sqlite),
      unindexed: n("SELECT count(*) FROM articles WHERE seq NOT IN (SELECT rowid FROM articles_fts)"),
      integrity: `${d.pragma("integrity_check", { simple: true })} ${(d.pragma("foreign_key_check") as unknown[]).length}`,
    };
  } finally {
    d.close();
  }
}

async function withPg<T>(url: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const t = postgresTarget(url);
  if (!t.ok) throw new Error(t.error.message);
  const client = new pg.Client(t.value.pool);
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

async function pgSnapshot(url: string): Promise<Snapshot> {
  return withPg(url, async (client) => {
    const n = async (sql: string): Promise<number> => Number(Object.values((await client.query(sql)).rows[0] as object)[0]);
    const counts: Record<string, number> = {};
    for (const [k, sql] of Object.entries(CHECKS)) counts[k] = await n(sql);
    // PostgreSQL enforces the foreign keys itself; amcheck is not installed everywhere, so "integrity" is the rows'
    return { ...(counts as Record<keyof typeof CHECKS, number>), notWhole: await n(NOT_WHOLE.postgres),
      unindexed: await n("SELECT count(*) FROM articles WHERE fts IS NULL"), integrity: "ok 0" };
  });
}

/** Nothing half-stored, nothing stored twice, nothing dangling, integrity clean. */
export function assertSound(s: Snapshot, what: string): void {
  assert.deepEqual({ distinct: s.distinctHashes, orphans: s.orphanMentions, empty: s.eventsWithoutMentions, miscounted: s.miscounted,
    notWhole: s.notWhole, unindexed: s.unindexed, integrity: s.integrity },
  { distinct: s.articles, orphans: 0, empty: 0, miscounted: 0, notWhole: 0, unindexed: 0, integrity: "ok 0" }, what);
}
