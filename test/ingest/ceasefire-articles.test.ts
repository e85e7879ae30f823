/**
 * One ceasefire followed over three articles we wrote, through the real coder and a real SQLite store: declared,
 * then violated, then collapsed; the later article's collapse moves the record (issue 10).
 */
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createCoder } from "../../src/index.ts";
import { openSqliteStore } from "../../src/store/sqlite/store.ts";
import { ingest } from "../../src/ingest/run.ts";
import type { SourceItem } from "../../src/ingest/sources/item.ts";
import { ceasefireRecords } from "../../src/ingest/ceasefire/load.ts";

const dir = mkdtempSync(join(tmpdir(), "parley-cf-articles-"));
after(() => rmSync(dir, { recursive: true, force: true }));

const item = (id: string, date: string, text: string): SourceItem => ({ ok: true, input: { id, text, date, source: "Desk" }, origin: "test" });

const STORY: readonly (readonly [string, string, string, string])[] = [
  ["a1", "2031-03-02", "declared",
    "The Sudanese army and the Rapid Support Forces agreed to a ceasefire in Khartoum on Sunday, in a deal " +
    "brokered by Saudi Arabia and the United States.\nThe truce is due to take effect on Monday evening."],
  ["a2", "2031-03-05", "violated",
    "The Rapid Support Forces accused the Sudanese army of violating the ceasefire in Khartoum on Wednesday, as " +
    "residents reported air strikes near the airport."],
  ["a3", "2031-03-09", "collapsed",
    "The ceasefire between the Sudanese army and the Rapid Support Forces collapsed on Sunday as heavy fighting " +
    "resumed across Khartoum."],
];

test("a truce declared, then violated, then collapsed over three articles is one record that ends collapsed", async () => {
  const coder = createCoder();
  for (const [, date, status, text] of STORY) {
    const r = coder.code({ id: "x", text, date });
    assert.ok(r.ok);
    assert.equal(r.value.ceasefires[0]?.status, status, `${date}: ${JSON.stringify(r.value.ceasefires)}`);
  }
  const store = openSqliteStore(join(dir, "story.db"));
  const summary = await ingest(STORY.map(([id, date, , text]) => item(id, date, text)), { store, coder, now: () => new Date("2031-03-10T00:00:00Z") });
  assert.equal(summary.failed, 0, JSON.stringify(summary.issues));
  const records = await ceasefireRecords(store);
  assert.equal(records.length, 1, JSON.stringify(records.map((r) => [r.status, r.articles])));
  const [r] = records;
  assert.equal(r?.status, "collapsed");
  assert.deepEqual(r?.articles, ["a1", "a2", "a3"]);
  const steps = r?.timeline.map((t) => t.status) ?? [];
  assert.equal(steps[0], "declared");
  assert.ok(steps.includes("violated"), JSON.stringify(steps));
  assert.equal(steps.at(-1), "collapsed");
  assert.equal(r?.ended, "2031-03-09");
  assert.match(r?.timeline.at(-1)?.evidence[0]?.text ?? "", /collapsed on Sunday/, "the deciding sentence is the evidence");
  assert.deepEqual(r?.mediators.map((p) => p.name).sort(), ["Saudi Arabia", "United States"]);
  assert.ok(!r?.parties.some((p) => p.code.startsWith("SAU") || p.code.startsWith("USA")), JSON.stringify(r?.parties));
  await store.close();
});
