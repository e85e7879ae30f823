/**
 * PostgreSQL gone mid-ingest, as in a server restart: while a real ingest process writes to a schema, every one of
 * its connections is terminated by the server (pg_terminate_backend, which is what a restart does to them, without
 * stopping a server other tests share). The ingest fails with a message saying the connection was lost and what to
 * do; the schema holds only whole articles; a rerun ends exactly like one uninterrupted run. Skips where
 * PARLEY_TEST_PG reaches no server.
 */
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { writeIngestInput } from "../../bench/load/processes.ts";
import { assertSound, snapshot } from "../ingest/kill-check.ts";
import { pgAdmin } from "./pg-admin.ts";

const CHILD = join(import.meta.dirname, "..", "ingest", "child-ingest.ts");
const BASE = process.env["PARLEY_TEST_PG"] || "postgres:///parley_test";
const dir = mkdtempSync(join(tmpdir(), "parley-pgdrop-"));
const N = 200;
const input = writeIngestInput(dir, N, "p");
const admin = await pgAdmin(BASE);
const schemas: string[] = [];
after(async () => {
  if (typeof admin !== "string") {
    for (const s of schemas) await admin.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
    await admin.end();
  }
  rmSync(dir, { recursive: true, force: true });
});

async function freshUrl(app: string): Promise<string> {
  const schema = `t_${randomBytes(6).toString("hex")}`;
  schemas.push(schema);
  await (admin as pg.Client).query(`CREATE SCHEMA ${schema}`);
  return `${BASE}${BASE.includes("?") ? "&" : "?"}schema=${schema}&application_name=${app}`;
}

function rerun(db: string): { stored: number; failed: number } {
  const r = spawnSync(process.execPath, ["--import", "tsx", CHILD, db, input], { encoding: "utf8" });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout.trim()) as { stored: number; failed: number };
}

test("connections dropped mid-ingest: a clear error, only whole articles, and a rerun ends like one run", {
  timeout: 180_000, skip: typeof admin === "string" ? `PostgreSQL not reachable at ${BASE}: ${admin}` : false,
}, async () => {
  const client = admin as pg.Client;
  const clean = await freshUrl("parley_clean");
  assert.equal(rerun(clean).stored, N);
  const expected = await snapshot(clean);

  const app = `parley_drop_${randomBytes(4).toString("hex")}`;
  const db = await freshUrl(app);
  const child = spawn(process.execPath, ["--import", "tsx", CHILD, db, input, "--delay", "10"], { stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => { stderr += d.toString(); });
  const exited = new Promise<number | null>((r) => child.on("exit", (code) => r(code)));
  for (let i = 0; i < 3000; i++) {
    await new Promise((r) => setTimeout(r, 20));
    try { if ((await snapshot(db)).articles >= 40) break; } catch { /* not migrated yet */ }
  }
  const { rows } = await client.query<{ n: string }>(
    "SELECT count(pg_terminate_backend(pid)) AS n FROM pg_stat_activity WHERE application_name = $1", [app]);
  assert.ok(Number(rows[0]?.n) > 0, "the ingest's connections were there to drop");
  const code = await exited;
  assert.notEqual(code, 0, "the ingest fails when its connections drop");
  // whether the drop hit a write (rolled back whole) or one of ingest's duplicate checks
  assert.match(stderr, /the connection to the PostgreSQL store at .* was lost while (storing articles .*Nothing of the articles being stored was kept|reading articles).*When the server answers again, run the ingest again: stored articles are skipped/);
  const partial = await snapshot(db);
  assertSound(partial, "after the connections dropped");
  assert.ok(partial.articles >= 40 && partial.articles < N, `stored before the drop: ${partial.articles}`);
  assert.equal(rerun(db).stored, N - partial.articles);
  assert.deepEqual(await snapshot(db), expected);
});
