/**
 * The read cache's one departure from the database (store/cached.ts): with `staleMs`, the aggregates of the data
 * version before may answer while the current one is computed, and only within `staleMs`; pages and counts never
 * lag. A real SQLite store and a clock the test moves.
 */
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openSqliteStore } from "../../src/store/sqlite/store.ts";
import { cachedReads } from "../../src/store/cached.ts";
import { WIRE, article, event, record } from "./fixtures.ts";

const dir = mkdtempSync(join(tmpdir(), "parley-cached-"));
after(() => rmSync(dir, { recursive: true, force: true }));

const fight = (id: string, cameo: string) => record(article({ id, text: `${id}: ${WIRE}`, events: [event({ id: "e1", cameo })] }));
const settle = () => new Promise((r) => setTimeout(r, 50));

test("an aggregate of the version before answers only within staleMs, and the next read has the new one", async () => {
  let clock = 1_000;
  const raw = openSqliteStore(join(dir, "a.db"));
  const store = cachedReads(raw, { staleMs: 5_000, now: () => clock });
  try {
    await store.putArticle(fight("a", "190"));
    assert.deepEqual((await store.eventFacets()).cameo_roots, [{ key: "19", count: 1 }]);
    await store.putArticle(fight("b", "040"));
    // within 5 s of the answer's computation: the old answer, while the new one is computed
    assert.deepEqual((await store.eventFacets()).cameo_roots, [{ key: "19", count: 1 }]);
    // pages and counts are never of an older version
    assert.equal((await store.counts()).events, 2);
    assert.equal((await store.eventPage()).total, 2);
    await settle();
    assert.deepEqual((await store.eventFacets()).cameo_roots, [{ key: "04", count: 1 }, { key: "19", count: 1 }]);
    // past staleMs the reader waits for the current version
    await store.putArticle(fight("c", "112"));
    clock += 6_000;
    assert.equal((await store.eventFacets()).cameo_roots.length, 3);
  } finally {
    await store.close();
  }
});

test("without staleMs every read is of the current version", async () => {
  const store = cachedReads(openSqliteStore(join(dir, "b.db")), { now: () => 0 });
  try {
    await store.putArticle(fight("a", "190"));
    assert.equal((await store.eventFacets()).cameo_roots.length, 1);
    await store.putArticle(fight("b", "040"));
    assert.equal((await store.eventFacets()).cameo_roots.length, 2);
  } finally {
    await store.close();
  }
});
