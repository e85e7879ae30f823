/**
 * Issue 11, reads under ingest: SQLite's side tables equal a full recount over the events after random ingests (single
 * and grouped, with duplicates and merges), after the migration that adds them fills them from a store that had none,
 * and after an ingest process is killed mid-run. (The store has no delete: events are only ever added.)
 */
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type Database from "better-sqlite3";
import { openSqliteStore } from "../../src/store/sqlite/store.ts";
import { connect } from "../../src/store/sqlite/connection.ts";
import { scanFacets, scanNetwork, scanSeries } from "../../src/store/sqlite/aggregate.ts";
import { sideFacets, sideNetwork, sideSeries } from "../../src/store/sqlite/side-tables.ts";
import { MIGRATIONS, migrate } from "../../src/store/sqlite/migrations.ts";
import { eventWhere, pageEvents } from "../../src/store/sqlite/read.ts";
import { writeIngestInput } from "../../bench/load/processes.ts";
import { assertSideTablesEqualRecount, random, randomRecords, type BothWays } from "./side-tables.ts";

const dir = mkdtempSync(join(tmpdir(), "parley-side-"));
after(() => rmSync(dir, { recursive: true, force: true }));
const ROOT = join(import.meta.dirname, "..", "..");

function bothWays(db: Database.Database): BothWays {
  const countries = (db.prepare("SELECT DISTINCT key FROM agg_facets WHERE kind = 'country'").pluck().all() as string[]);
  return {
    countries: [...countries, "XXX"],
    series: async (country, by) => ({ side: sideSeries(db, country, by), scan: scanSeries(db, country ? { country } : {}, by) }),
    network: async () => ({ side: sideNetwork(db), scan: scanNetwork(db, {}) }),
    facets: async () => ({ side: sideFacets(db), scan: scanFacets(db) }),
    total: async (filter) => {
      const { sql, params } = eventWhere(filter);
      return { side: pageEvents(db, { ...filter, limit: 1 }).total, scan: db.prepare(`SELECT count(*) FROM events e ${sql}`).pluck().get(params) as number };
    },
  };
}

for (const seed of [1, 2, 3]) {
  test(`side tables equal a full recount after random ingests (seed ${seed})`, async () => {
    const path = join(dir, `r${seed}.db`);
    const store = openSqliteStore(path);
    const rand = random(seed);
    try {
      const records = randomRecords(rand, 160, `s${seed}-`);
      for (let i = 0; i < records.length;) {
        const n = 1 + Math.floor(rand() * 12);
        if (n === 1) await store.putArticle(records[i]!);
        else await store.putArticles(records.slice(i, i + n));
        i += n;
      }
      const db = connect(path);
      try {
        const compared = await assertSideTablesEqualRecount(bothWays(db));
        assert.ok(compared >= 12, `compared ${compared} aggregates`);
      } finally { db.close(); }
    } finally {
      await store.close();
    }
  });
}

test("the migration that adds the side tables fills them from the events already stored", async () => {
  const path = join(dir, "m.db");
  const store = openSqliteStore(path);
  await store.putArticles(randomRecords(random(7), 80, "m-"));
  await store.close();
  // back to a store of version 2, as one made before the side tables
  const old = connect(path);
  // (and without the later migrations' columns, which the upgrade adds again)
  old.exec(`DROP INDEX events_date_from; ALTER TABLE events DROP COLUMN date_from;
    DROP TABLE agg_series; DROP TABLE agg_facets; DROP TABLE agg_actors; DROP TABLE agg_pairs; DROP TABLE agg_pair_sample; DELETE FROM schema_version WHERE version >= 3`);
  assert.equal(migrate(old), MIGRATIONS[MIGRATIONS.length - 1]!.version);
  try {
    assert.ok((old.prepare("SELECT count(*) FROM agg_pairs").pluck().get() as number) > 0);
    await assertSideTablesEqualRecount(bothWays(old));
  } finally { old.close(); }
});

test("side tables equal a full recount after an ingest process is killed mid-run", { timeout: 120_000 }, async () => {
  const path = join(dir, "k.db");
  const store = openSqliteStore(path);
  await store.putArticles(randomRecords(random(11), 40, "k-"));
  await store.close();
  const input = writeIngestInput(dir, 400, "kill");
  const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "test", "ingest", "child-ingest.ts"), path, input, "--delay", "10"],
    { stdio: ["ignore", "ignore", "pipe"], cwd: ROOT });
  const db = connect(path);
  try {
    // killed once it has stored some of the articles, long before the last
    const deadline = Date.now() + 60_000;
    while ((db.prepare("SELECT count(*) FROM articles").pluck().get() as number) < 40 + 30 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
    }
    child.kill("SIGKILL");
    await new Promise((r) => child.once("exit", r));
    const stored = db.prepare("SELECT count(*) FROM articles").pluck().get() as number;
    assert.ok(stored > 40 && stored < 440, `killed mid-run: ${stored} articles stored`);
    assert.equal(db.pragma("integrity_check", { simple: true }), "ok");
    await assertSideTablesEqualRecount(bothWays(db));
  } finally { db.close(); }
});
