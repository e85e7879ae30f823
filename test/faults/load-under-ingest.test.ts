/**
 * The load benchmark in small (bench/load.ts): a few thousand synthetic events, the real `parley serve`, keep-alive
 * clients on every main read route for a few seconds while an ingest writes to the same store. Not about speed: every
 * request is answered 200, no connection is reset or replaced, and the store ends with exactly the seed plus what the
 * ingest stored. SQLite always; PostgreSQL too when PARLEY_TEST_PG reaches a server.
 */
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { loadRun, type LoadReport } from "../../bench/load/run.ts";
import { pgAdmin } from "./pg-admin.ts";

const CLIENTS = 6;

function check(r: LoadReport): void {
  assert.deepEqual(r.load.failures, []);
  assert.equal(r.load.errors, 0);
  assert.equal(r.load.resets, 0);
  assert.equal(r.load.sockets, CLIENTS, "one keep-alive connection per client, never replaced");
  assert.ok(r.load.requests > 30, `requests answered: ${r.load.requests}`);
  assert.equal(r.ingest.stored, 150);
  assert.deepEqual({ articles: r.after.articles, events: r.after.events, event_mentions: r.after.event_mentions }, r.expected);
  assert.equal(r.exact, true);
  assert.ok(Object.keys(r.routes).length >= 10, "every route was read");
}

test("sqlite: reads under a concurrent ingest: no errors, no resets, exact counts", { timeout: 180_000 }, async () => {
  check(await loadRun({ events: 3000, clients: CLIENTS, seconds: 4, ingestArticles: 150 }));
});

const BASE = process.env["PARLEY_TEST_PG"] || "postgres:///parley_test";
const admin = await pgAdmin(BASE);
// ended here too, so a run that filters the PostgreSQL test out still exits
after(async () => { if (typeof admin !== "string") await admin.end().catch(() => undefined); });

test("postgres: reads under a concurrent ingest: no errors, no resets, exact counts", {
  timeout: 240_000, skip: typeof admin === "string" ? `PostgreSQL not reachable at ${BASE}: ${admin}` : false,
}, async () => {
  const client = admin as pg.Client;
  const schema = `t_${randomBytes(6).toString("hex")}`;
  await client.query(`CREATE SCHEMA ${schema}`);
  try {
    check(await loadRun({ db: `${BASE}${BASE.includes("?") ? "&" : "?"}schema=${schema}`, events: 3000, clients: CLIENTS, seconds: 4, ingestArticles: 150 }));
  } finally {
    await client.query(`DROP SCHEMA ${schema} CASCADE`);
  }
});
