/**
 * Issue 11, reads under ingest: PostgreSQL's side tables equal a full recount over the events after random ingests by
 * two writers at once (the shared rows they both add to must neither deadlock nor lose a count), after the migration
 * that adds them fills them from a store that had none, and after an ingest process is killed mid-run. Skipped, with
 * the reason, when PARLEY_TEST_PG reaches no server. (The store has no delete: events are only ever added.)
 */
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { openStore } from "../../src/store/open.ts";
import type { Store } from "../../src/store/types.ts";
import { scanFacets, scanNetwork, scanSeries } from "../../src/store/postgres/aggregate.ts";
import { sideFacets, sideNetwork, sideSeries } from "../../src/store/postgres/side-tables.ts";
import { Params, eventWhere } from "../../src/store/postgres/read.ts";
import { pageEvents } from "../../src/store/postgres/events.ts";
import { writeIngestInput } from "../../bench/load/processes.ts";
import { pgAdmin } from "../faults/pg-admin.ts";
import { assertSideTablesEqualRecount, random, randomRecords, type BothWays } from "./side-tables.ts";

const BASE = process.env["PARLEY_TEST_PG"] || "postgres:///parley_test";
const admin = await pgAdmin(BASE);
const skip = typeof admin === "string" ? `PostgreSQL not reachable at ${BASE}: ${admin}` : false;
const schemas: string[] = [];
const dir = mkdtempSync(join(tmpdir(), "parley-side-pg-"));
const ROOT = join(import.meta.dirname, "..", "..");
after(async () => {
  rmSync(dir, { recursive: true, force: true });
  if (typeof admin === "string") return;
  for (const s of schemas) await admin.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`).catch(() => undefined);
  await admin.end().catch(() => undefined);
});

/** A new schema's URL and a client whose search_path is that schema. */
async function schema(): Promise<{ url: string; client: pg.Client; name: string }> {
  const name = `t_${randomBytes(6).toString("hex")}`;
  schemas.push(name);
  await (admin as pg.Client).query(`CREATE SCHEMA ${name}`);
  const client = await pgAdmin(BASE) as pg.Client;
  await client.query(`SET search_path TO ${name}`);
  return { url: `${BASE}${BASE.includes("?") ? "&" : "?"}schema=${name}`, client, name };
}

function open(url: string): Store {
  const opened = openStore(url);
  if (!opened.ok) throw new Error(opened.error.message);
  return opened.value;
}

async function bothWays(client: pg.Client): Promise<BothWays> {
  const countries = (await client.query<{ key: string }>("SELECT DISTINCT key FROM agg_facets WHERE kind = 'country'")).rows.map((r) => r.key);
  return {
    countries: [...countries, "XXX"],
    series: async (country, by) => ({ side: await sideSeries(client, country, by), scan: await scanSeries(client, country ? { country } : {}, by) }),
    network: async () => ({ side: await sideNetwork(client), scan: await scanNetwork(client, {}) }),
    facets: async () => ({ side: await sideFacets(client), scan: await scanFacets(client) }),
    total: async (filter) => {
      const p = new Params();
      const where = eventWhere(filter, p);
      const scan = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM events e ${where}`, p.values)).rows[0]?.n);
      return { side: (await pageEvents(client, { ...filter, limit: 1 })).total, scan };
    },
  };
}

test("postgres: side tables equal a full recount after random ingests by two writers at once", { skip, timeout: 180_000 }, async () => {
  const { url, client } = await schema();
  const a = open(url), b = open(url);
  try {
    const rand = random(5);
    // the two writers store overlapping records (duplicates across them too) in groups of random size
    const records = randomRecords(rand, 200, "p-");
    const write = async (store: Store, from: number): Promise<void> => {
      for (let i = from; i < records.length;) {
        const n = 1 + Math.floor(rand() * 8);
        await store.putArticles(records.slice(i, i + n));
        i += n;
      }
    };
    await a.counts();
    await Promise.all([write(a, 0), write(b, 60)]);
    const compared = await assertSideTablesEqualRecount(await bothWays(client));
    assert.ok(compared >= 12, `compared ${compared} aggregates`);
  } finally {
    await a.close(); await b.close(); await client.end();
  }
});

test("postgres: the migration that adds the side tables fills them from the events already stored", { skip, timeout: 120_000 }, async () => {
  const { url, client } = await schema();
  const store = open(url);
  try {
    await store.putArticles(randomRecords(random(8), 80, "m-"));
  } finally { await store.close(); }
  try {
    // back to version 2 (without the later migrations' columns too, which the upgrade adds again)
    await client.query(`DROP INDEX events_date_from; ALTER TABLE events DROP COLUMN date_from;
      DROP TABLE agg_series, agg_facets, agg_actors, agg_pairs, agg_pair_sample; DELETE FROM schema_version WHERE version >= 3`);
    const again = open(url);
    await again.counts();
    await again.close();
    assert.ok(Number((await client.query("SELECT count(*) AS n FROM agg_pairs")).rows[0].n) > 0);
    await assertSideTablesEqualRecount(await bothWays(client));
  } finally { await client.end(); }
});

test("postgres: side tables equal a full recount after an ingest process is killed mid-run", { skip, timeout: 180_000 }, async () => {
  const { url, client } = await schema();
  const store = open(url);
  try { await store.putArticles(randomRecords(random(12), 40, "k-")); } finally { await store.close(); }
  const input = writeIngestInput(dir, 400, "kill");
  const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "test", "ingest", "child-ingest.ts"), url, input, "--delay", "10"],
    { stdio: ["ignore", "ignore", "pipe"], cwd: ROOT });
  try {
    const articles = async () => Number((await client.query("SELECT count(*) AS n FROM articles")).rows[0].n);
    const deadline = Date.now() + 90_000;
    while ((await articles()) < 40 + 30 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    child.kill("SIGKILL");
    await new Promise((r) => child.once("exit", r));
    const stored = await articles();
    assert.ok(stored > 40 && stored < 440, `killed mid-run: ${stored} articles stored`);
    await assertSideTablesEqualRecount(await bothWays(client));
  } finally { await client.end(); }
});
