/**
 * A full disk and a read-only database, for real: the SQLite file lives on a small tmpfs mounted for the test (root
 * and mount(8) needed; else the tests skip with the reason). A real ingest process fills the disk: it fails with a
 * message saying the disk is full and what to do, the store keeps only whole articles and passes its integrity
 * check, and once there is room a rerun ends exactly like an uninterrupted run. A read-only mount: opening the store
 * says it is read-only and what to do, and nothing changes.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore } from "../../src/store/open.ts";
import { writeIngestInput } from "../../bench/load/processes.ts";
import { assertSound, snapshot } from "../ingest/kill-check.ts";
import { WIRE, article, record } from "../store/fixtures.ts";

const CHILD = join(import.meta.dirname, "..", "ingest", "child-ingest.ts");
const dir = mkdtempSync(join(tmpdir(), "parley-disk-"));
const mnt = join(dir, "mnt");
mkdirSync(mnt);
const N = 400;
const input = writeIngestInput(dir, N, "d");
const more = writeIngestInput(dir, 30, "ro");

function mount(...args: string[]): string | null {
  try { execFileSync("mount", args, { stdio: "pipe" }); return null; } catch (e) { return String((e as { stderr?: Buffer }).stderr ?? e).trim(); }
}
const cannot = mount("-t", "tmpfs", "-o", "size=800k", "tmpfs", mnt);
after(() => {
  if (!cannot) execFileSync("umount", ["-l", mnt]);
  rmSync(dir, { recursive: true, force: true });
});

function ingest(db: string, from = input): { status: number | null; stderr: string; summary: { stored: number; failed: number } | null } {
  const r = spawnSync(process.execPath, ["--import", "tsx", CHILD, db, from], { encoding: "utf8" });
  return { status: r.status, stderr: r.stderr, summary: r.status === 0 ? JSON.parse(r.stdout.trim()) as { stored: number; failed: number } : null };
}

const skip = cannot ? `cannot mount a tmpfs here (${cannot}): needs root and mount(8)` : false;
let expected: Awaited<ReturnType<typeof snapshot>>;
before(async () => {
  if (skip) return;
  const clean = join(dir, "clean.db");
  assert.equal(ingest(clean).summary?.stored, N);
  expected = await snapshot(clean);
});

test("a full disk stops the ingest with a message that says so and what to do; after freeing space a rerun ends exactly like one run", { skip, timeout: 120_000 }, async () => {
  const db = join(mnt, "full.db");
  const full = ingest(db);
  assert.notEqual(full.status, 0, "the ingest fails when the disk fills");
  assert.match(full.stderr, /the disk holding .*full\.db is full \(SQLITE_FULL\)\. Nothing of the articles being stored was kept.*Free space or move the database, then run the ingest again/);
  const partial = await snapshot(db);
  assertSound(partial, "after the disk filled");
  assert.ok(partial.articles > 0 && partial.articles < N, `stored before the disk filled: ${partial.articles}`);
  assert.equal(mount("-o", "remount,size=64m", mnt), null);
  const rerun = ingest(db);
  assert.equal(rerun.status, 0, rerun.stderr);
  assert.equal(rerun.summary?.stored, N - partial.articles);
  assert.deepEqual(await snapshot(db), expected);
});

test("a read-only database is refused on open with a message that says so and what to do; nothing changes", { skip, timeout: 120_000 }, async () => {
  const db = join(mnt, "ro.db");
  const first = ingest(db);
  assert.equal(first.status, 0, first.stderr);
  const before = await snapshot(db);
  assert.equal(mount("-o", "remount,ro", mnt), null);
  try {
    // refused on open, or (when the -wal and -shm files are already there to read with) on the first write
    const said = /cannot (open|write) .*ro\.db .*read-only .*make them writable, or use another --db/;
    const opened = openStore(db);
    if (opened.ok) {
      await assert.rejects(opened.value.putArticle(record(article({ id: "late", text: WIRE }))), said);
      await opened.value.close();
    } else assert.match(opened.error.message, said);
    // new articles, which need writing (a rerun of stored ones only reads, and works read-only)
    const again = ingest(db, more);
    assert.notEqual(again.status, 0);
    assert.match(again.stderr, said);
    assert.deepEqual(await snapshot(db), before);
  } finally {
    assert.equal(mount("-o", "remount,rw", mnt), null);
  }
  assert.deepEqual(ingest(db).summary, { stored: 0, duplicate: N, failed: 0, events: 0, merged: 0 });
  assert.equal(ingest(db, more).summary?.stored, 30);
});
