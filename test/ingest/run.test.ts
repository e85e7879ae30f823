/** The ingest loop on a real SQLite file: new, duplicate, near-duplicate and failed inputs. */
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openSqliteStore } from "../../src/store/sqlite/store.ts";
import { ingest, type ItemOutcome } from "../../src/ingest/run.ts";
import type { SourceItem } from "../../src/ingest/sources/item.ts";
import { ceasefireRecords } from "../../src/ingest/ceasefire/load.ts";
import { WIRE } from "../store/fixtures.ts";
import { fixtureCoder } from "./fixture-coder.ts";

const dir = mkdtempSync(join(tmpdir(), "parley-run-"));
after(() => rmSync(dir, { recursive: true, force: true }));

const item = (id: string, text: string, date = "2031-03-02", source = "Wire A"): SourceItem =>
  ({ ok: true, input: { id, text, date, source }, origin: "test" });

const ITEMS: SourceItem[] = [
  item("w1", `${WIRE} The two sides clashed again at dusk.`),
  item("w2", `${WIRE}  The two sides CLASHED again at dusk.`, "2031-03-02", "Copy C"),
  item("w3", `${WIRE.replace("residents said", "people said")} The two sides clashed again at dusk.`, "2031-03-03", "Site B"),
  item("t1", "Envoys from Egypt held talks and the two sides agreed a truce that evening in the capital.", "2031-03-01"),
  item("bad", "UNREADABLE by the coder"),
  { ok: false, error: { code: "bad_json", message: "in.jsonl:9: not JSON", path: "in.jsonl:9" } },
];

test("stores new articles, skips duplicates, links near-duplicates, reports failures", async () => {
  const store = openSqliteStore(join(dir, "a.db"));
  const seen: ItemOutcome["kind"][] = [];
  const summary = await ingest(ITEMS, { store, coder: fixtureCoder(), now: () => new Date("2031-03-05T00:00:00Z"), onItem: (r) => seen.push(r.kind) });
  assert.deepEqual(seen, ["stored", "duplicate", "stored", "stored", "failed", "failed"]);
  assert.equal(summary.stored, 3);
  assert.equal(summary.nearDuplicates, 1);
  // w3's clash and truce (a day later, same actors and place) merge into w1's; t1's truce too (a day earlier)
  assert.equal(summary.merged, 3);
  assert.deepEqual(summary.issues.map((i) => [i.code, i.path]), [["unreadable", "test"], ["bad_json", "in.jsonl:9"]]);
  assert.equal((await store.getArticle("w3"))?.story, "w1");
  const [clash] = await store.events({ cameo: "190" });
  assert.deepEqual(clash?.articles, ["w1", "w3"]);
  assert.equal(clash?.num_articles, 1);
  assert.equal(clash?.num_sources, 2);
  assert.equal((await ceasefireRecords(store)).length, 1);
  const again = await ingest(ITEMS, { store, coder: fixtureCoder(), now: () => new Date("2031-03-06T00:00:00Z") });
  assert.deepEqual([again.stored, again.duplicate, again.failed], [0, 4, 2]);
  assert.deepEqual(await store.counts(), { articles: 3, stories: 2, events: 3, event_mentions: 6, actors: 4, ceasefire_mentions: 3 });
  await store.close();
});
