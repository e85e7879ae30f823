/**
 * Kill and rerun: a real child process ingests ~300 articles and is SIGKILLed mid-ingest; the database holds only
 * whole articles, and a rerun ends with the same counts as one clean run, with no duplicates.
 */
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";

const dir = mkdtempSync(join(tmpdir(), "parley-kill-"));
after(() => rmSync(dir, { recursive: true, force: true }));
const CHILD = join(import.meta.dirname, "child-ingest.ts");
const N = 300;

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

interface Snapshot { articles: number; distinctHashes: number; orphanMentions: number; articlesWithoutFts: number; eventsWithoutMentions: number; events: number; mentions: number; ceasefires: number }

function snapshot(db: string): Snapshot {
  const d = new Database(db, { readonly: true });
  const n = (sql: string): number => d.prepare(sql).pluck().get() as number;
  const s = {
    articles: n("SELECT count(*) FROM articles"),
    distinctHashes: n("SELECT count(DISTINCT hash) FROM articles"),
    orphanMentions: n("SELECT count(*) FROM event_mentions WHERE article NOT IN (SELECT id FROM articles)"),
    articlesWithoutFts: n("SELECT count(*) FROM articles WHERE seq NOT IN (SELECT rowid FROM articles_fts)"),
    eventsWithoutMentions: n("SELECT count(*) FROM events WHERE id NOT IN (SELECT event FROM event_mentions)"),
    events: n("SELECT count(*) FROM events"),
    mentions: n("SELECT count(*) FROM event_mentions"),
    ceasefires: n("SELECT count(*) FROM ceasefire_mentions"),
  };
  d.close();
  return s;
}

/** Every stored article is whole: its events, mentions and ceasefire mentions are all there. */
function assertWhole(db: string): void {
  const d = new Database(db, { readonly: true });
  const rows = d.prepare("SELECT id, coded FROM articles").all() as { id: string; coded: string }[];
  const mentionsOf = d.prepare("SELECT count(*) FROM event_mentions WHERE article = ?").pluck();
  const ceasefiresOf = d.prepare("SELECT count(*) FROM ceasefire_mentions WHERE article = ?").pluck();
  for (const r of rows) {
    const coded = JSON.parse(r.coded) as { events: unknown[]; ceasefires: unknown[] };
    assert.equal(mentionsOf.get(r.id), coded.events.length, `events of ${r.id}`);
    assert.equal(ceasefiresOf.get(r.id), coded.ceasefires.length, `ceasefires of ${r.id}`);
  }
  d.close();
}

function run(db: string, input: string): { stored: number; duplicate: number; failed: number } {
  const r = spawnSync(process.execPath, ["--import", "tsx", CHILD, db, input], { encoding: "utf8" });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout.trim()) as { stored: number; duplicate: number; failed: number };
}

test("SIGKILL mid-ingest leaves only whole articles; a rerun completes with no duplicates", { timeout: 120_000 }, async () => {
  const input = join(dir, "in.jsonl");
  corpus(input);
  const clean = join(dir, "clean.db");
  assert.deepEqual(run(clean, input), { stored: N, duplicate: 1, failed: 0 });
  const expected = snapshot(clean);

  const killed = join(dir, "killed.db");
  const child = spawn(process.execPath, ["--import", "tsx", CHILD, killed, input, "--delay", "8"], { stdio: "ignore" });
  const exited = new Promise<NodeJS.Signals | null>((r) => child.on("exit", (_code, signal) => r(signal)));
  let seen = 0;
  for (let i = 0; i < 2000 && seen < 40; i++) {
    await new Promise((r) => setTimeout(r, 10));
    try { seen = snapshot(killed).articles; } catch { /* not created yet */ }
  }
  child.kill("SIGKILL");
  assert.equal(await exited, "SIGKILL");
  const partial = snapshot(killed);
  assert.ok(partial.articles >= 40 && partial.articles < N, `killed mid-ingest after ${partial.articles} articles`);
  assert.equal(partial.orphanMentions, 0);
  assert.equal(partial.articlesWithoutFts, 0);
  assert.equal(partial.eventsWithoutMentions, 0);
  assertWhole(killed);

  const rerun = run(killed, input);
  assert.equal(rerun.stored, N - partial.articles);
  assert.equal(rerun.failed, 0);
  const final = snapshot(killed);
  assert.deepEqual(final, expected);
  assert.equal(final.distinctHashes, final.articles);
  assertWhole(killed);
  assert.deepEqual(run(killed, input), { stored: 0, duplicate: N + 1, failed: 0 });
  assert.deepEqual(snapshot(killed), expected);
});
