/**
 * Acceptance on the shared corpus (read in place from ../shared, never copied): ingesting conflict.jsonl twice
 * gives the same counts as once, and the Gaza truces of May 2021, Aug 2022, May 2023 and Nov 2023 come out as
 * ceasefire records. Skips with a message when ../shared or a working coder is absent.
 */
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { openSqliteStore } from "../../src/store/sqlite/store.ts";
import { readSources } from "../../src/ingest/sources/index.ts";
import { ingest, type ArticleCoder } from "../../src/ingest/run.ts";
import { ceasefireRecords } from "../../src/ingest/ceasefire/load.ts";
import type { CeasefireRecord } from "../../src/ingest/ceasefire/record.ts";

const CONFLICT = resolve(import.meta.dirname, "../../../shared/corpus/conflict.jsonl");
const dir = mkdtempSync(join(tmpdir(), "parley-corpus-"));
after(() => rmSync(dir, { recursive: true, force: true }));

async function loadCoder(): Promise<ArticleCoder | string> {
  try {
    const { createCoder } = await import("../../src/index.ts");
    return createCoder();
  } catch (e) {
    return `the coder does not load yet (${(e as Error).message.split("\n")[0]})`;
  }
}

const skip = !existsSync(CONFLICT) ? `${CONFLICT} is absent (the shared corpus is not checked out next to the repo)` : false;

test("conflict.jsonl: ingesting twice gives the same counts; the Gaza truces become records", { skip, timeout: 300_000 }, async (t) => {
  const coder = await loadCoder();
  if (typeof coder === "string") return t.skip(coder);
  const store = openSqliteStore(join(dir, "conflict.db"));
  const now = (): Date => new Date("2025-01-01T00:00:00Z");
  const first = await ingest(readSources([CONFLICT]), { store, coder, now });
  const counts = await store.counts();
  const records = await ceasefireRecords(store);
  const second = await ingest(readSources([CONFLICT]), { store, coder, now });
  assert.equal(first.failed, 0, JSON.stringify(first.issues));
  assert.deepEqual([second.stored, second.duplicate, second.failed], [0, first.stored + first.duplicate, 0]);
  assert.deepEqual(await store.counts(), counts);
  assert.equal((await ceasefireRecords(store)).length, records.length);

  const gaza = records.filter((r) => r.parties.some((p) => p.code.startsWith("ISR")) && (r.country === "PSE" || r.country === "ISR"));
  const inMonth = (month: string) => (r: CeasefireRecord): boolean =>
    [r.declared, r.effective, ...r.timeline.map((x) => x.date)].some((d) => d?.startsWith(month));
  for (const month of ["2021-05", "2022-08", "2023-05", "2023-11"]) {
    const r = gaza.find(inMonth(month));
    assert.ok(r, `a Gaza ceasefire record in ${month}; records: ${JSON.stringify(gaza.map((g) => [g.declared, g.parties.map((p) => p.code)]))}`);
    assert.ok(r.parties.length >= 2, `${month}: parties ${JSON.stringify(r.parties)}`);
    assert.ok(r.timeline.length >= 1, `${month}: a timeline`);
    t.diagnostic(`${month}: ${r.country} ${r.parties.map((p) => p.name).join(", ")} | mediators ${r.mediators.map((p) => p.name).join(", ") || "-"} | ${r.timeline.map((x) => `${x.date} ${x.status}`).join(", ")}`);
  }
  await store.close();
});
