/**
 * Kill and rerun, many times: a real child process ingests a batch of articles and is SIGKILLed at a random point
 * (a random number of articles in, each trial in its own slice of the run, plus a random few milliseconds, so the kill lands before, inside and after commits);
 * the store holds only whole articles and passes its integrity checks, and a rerun ends exactly where one
 * uninterrupted run ends: the same articles, events, mentions, ceasefires and actor counts, nothing stored twice.
 *
 * SQLite always, with the fixture coder and with the real one (`parley ingest` itself); PostgreSQL when
 * PARLEY_TEST_PG reaches a server. PARLEY_KILL_TRIALS trials per backend (default 4
 * in `npm test`; `npm run bench` runs 30). Each trial's random point comes from a seeded generator, printed on
 * failure, so a failing trial can be replayed.
 */
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { assertSound, snapshot, storedArticles, type Snapshot } from "./kill-check.ts";
import { pgAdmin } from "../faults/pg-admin.ts";

const dir = mkdtempSync(join(tmpdir(), "parley-kill-"));
after(() => rmSync(dir, { recursive: true, force: true }));
const CHILD = join(import.meta.dirname, "child-ingest.ts");
const N = 150;
const TRIALS = Number(process.env["PARLEY_KILL_TRIALS"] ?? "4");

const PLACES = ["the harbour", "the old bridge", "the northern hills", "the airport road", "the river crossing"];
function corpus(path: string): void {
  const lines: string[] = [];
  for (let i = 0; i < N; i++) {
    const day = String(1 + (i % 28)).padStart(2, "0");
    const what = i % 3 === 0 ? "clashed" : i % 3 === 1 ? "held talks" : "agreed a truce";
    const text = `Report ${i}: the army and the rebels ${what} near ${PLACES[i % PLACES.length]} on day ${day}, witnesses told reporter number ${i}. ` +
      `Story ${i} adds that ${i * 7} families left the area and that aid convoy ${i} waited at checkpoint ${i % 11}.`;
    lines.push(JSON.stringify({ id: `k${i}`, text, date: `2031-03-${day}`, source: `Outlet ${i % 7}` }));
  }
  lines.push(JSON.stringify({ id: `k0-again`, text: JSON.parse(lines[0]!).text, date: "2031-03-01" }));
  writeFileSync(path, `${lines.join("\n")}\n`);
}
const input = join(dir, "in.jsonl");
corpus(input);

/** the child's arguments after DB and input: the fixture coder, or with REAL the `parley ingest` command itself */
let coderArgs: string[] = [];
const REAL = ["--real", "--json"];

function run(db: string): { stored: number; duplicate: number; failed: number } {
  const r = spawnSync(process.execPath, ["--import", "tsx", CHILD, db, input, ...coderArgs], { encoding: "utf8" });
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout.trim().split("\n").pop()!) as { stored?: number; new?: number; duplicate: number; failed: number };
  return { stored: out.stored ?? out.new ?? -1, duplicate: out.duplicate, failed: out.failed };
}

/** A small seeded generator (mulberry32), so a trial's kill point can be replayed from its seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Starts an ingest into `db`, kills it once `after` articles are stored and `extraMs` more passed; the stored count. */
async function killedRun(db: string, afterArticles: number, extraMs: number): Promise<Snapshot> {
  const child = spawn(process.execPath, ["--import", "tsx", CHILD, db, input, ...(coderArgs.length ? coderArgs : ["--delay", "4"])], { stdio: "ignore" });
  const exited = new Promise<NodeJS.Signals | null>((r) => child.on("exit", (_code, signal) => r(signal)));
  let done = false;
  void exited.then(() => { done = true; });
  for (let i = 0; i < 3000 && !done; i++) {
    await new Promise((r) => setTimeout(r, 10));
    try { if ((await storedArticles(db)) >= afterArticles) break; } catch { /* not created yet */ }
  }
  await new Promise((r) => setTimeout(r, extraMs));
  child.kill("SIGKILL");
  await exited;
  return snapshot(db);
}

async function trials(backend: string, fresh: () => Promise<string>, count = TRIALS): Promise<void> {
  const clean = await fresh();
  assert.deepEqual(run(clean), { stored: N, duplicate: 1, failed: 0 });
  const expected = await snapshot(clean);
  assertSound(expected, "the uninterrupted run");
  const seed = Number(process.env["PARLEY_KILL_SEED"] ?? Date.now() % 100_000);
  const next = random(seed);
  const partials: number[] = [];
  for (let trial = 0; trial < count; trial++) {
    const what = `${backend} trial ${trial} (PARLEY_KILL_SEED=${seed})`;
    const db = await fresh();
    // stratified: trial t kills somewhere in the t-th slice of the run, so the kills spread over all of it
    const partial = await killedRun(db, Math.floor(((trial + next()) / count) * N), Math.floor(next() * 40));
    partials.push(partial.articles);
    assertSound(partial, `${what}: after the kill`);
    const rerun = run(db);
    assert.equal(rerun.stored, N - partial.articles, what);
    assert.equal(rerun.failed, 0, what);
    const final = await snapshot(db);
    assertSound(final, `${what}: after the rerun`);
    assert.deepEqual(final, expected, `${what}: the rerun ends where one uninterrupted run ends`);
  }
  // the kills landed at different points (articles commit in groups of 32, so the counts step by 32)
  assert.ok(new Set(partials).size >= Math.min(2, count), `articles stored when killed: ${partials.join(", ")}`);
}

test(`sqlite: ${TRIALS} SIGKILLs at random points of ingest; each rerun ends exactly like an uninterrupted run`, { timeout: 60_000 + TRIALS * 20_000 }, async () => {
  let n = 0;
  await trials("sqlite", async () => join(dir, `t${n++}.db`));
});

// the real coder too (`parley ingest` itself, in the child): a rerun must code every article as the first run did,
// whatever was coded before it in the process (2 trials in `npm test`: each loads the dictionaries twice)
const REAL_TRIALS = Math.min(TRIALS, Number(process.env["PARLEY_KILL_REAL_TRIALS"] ?? "2"));
test(`sqlite, the real coder: ${REAL_TRIALS} SIGKILLs at random points of \`parley ingest\`; each rerun ends exactly like an uninterrupted run`, { timeout: 120_000 + REAL_TRIALS * 40_000 }, async () => {
  let n = 0;
  coderArgs = REAL;
  try { await trials("sqlite, real coder", async () => join(dir, `real${n++}.db`), REAL_TRIALS); } finally { coderArgs = []; }
});

const BASE = process.env["PARLEY_TEST_PG"] || "postgres:///parley_test";
const admin = await pgAdmin(BASE);
// ended here too, so a run that filters the PostgreSQL test out still exits
after(async () => { if (typeof admin !== "string") await admin.end().catch(() => undefined); });

test(`postgres: ${TRIALS} SIGKILLs at random points of ingest; each rerun ends exactly like an uninterrupted run`, {
  timeout: 60_000 + TRIALS * 20_000, skip: typeof admin === "string" ? `PostgreSQL not reachable at ${BASE}: ${admin}` : false,
}, async () => {
  const client = admin as pg.Client;
  const schemas: string[] = [];
  try {
    await trials("postgres", async () => {
      const schema = `t_${randomBytes(6).toString("hex")}`;
      schemas.push(schema);
      await client.query(`CREATE SCHEMA ${schema}`);
      return `${BASE}${BASE.includes("?") ? "&" : "?"}schema=${schema}`;
    });
  } finally {
    for (const s of schemas) await client.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
  }
});
