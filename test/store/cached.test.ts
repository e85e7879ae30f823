/**
 * The read cache's one departure from the database (store/cached.ts), issue 11 "reads under ingest": with `staleMs`,
 * an answer of an older data version may be served while one refresh runs, only within `staleMs` of its
 * computation, a key is recomputed at most once per `refreshMs`, `dataAge` says how old a served answer is, and
 * writes through the cache are read back at once. A real SQLite store written by a second connection (as an ingest
 * process writes), and a clock the test moves.
 */
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openSqliteStore } from "../../src/store/sqlite/store.ts";
import { cachedReads } from "../../src/store/cached.ts";
import type { Store } from "../../src/store/types.ts";
import { WIRE, article, event, record } from "./fixtures.ts";

const dir = mkdtempSync(join(tmpdir(), "parley-cached-"));
after(() => rmSync(dir, { recursive: true, force: true }));

/** an article with one event; the events merge, the articles do not */
const fight = (id: string, cameo: string) => record(article({ id, text: `${id}: ${WIRE}`, events: [event({ id: "e1", cameo })] }));
const settle = () => new Promise((r) => setTimeout(r, 50));

/** A reader store and a writer store (another connection, as another process would be) on one new database. */
function pair(name: string): { reader: Store; writer: Store; queries: () => number; close: () => Promise<void> } {
  const reader = openSqliteStore(join(dir, name));
  const writer = openSqliteStore(join(dir, name));
  let n = 0;
  // counts the reads that reach the database (the real store's answers, unchanged)
  const counted: Store = { ...reader, eventFacets: () => { n++; return reader.eventFacets(); }, listArticles: (page) => { n++; return reader.listArticles(page); } };
  return { reader: counted, writer, queries: () => n, close: async () => { await reader.close(); await writer.close(); } };
}

test("an answer of an older version is served only within staleMs while one refresh runs, and says how old it is", async () => {
  let clock = 1_000;
  const { reader, writer, close } = pair("a.db");
  const store = cachedReads(reader, { staleMs: 1_000, refreshMs: 200, now: () => clock });
  try {
    await writer.putArticle(fight("a", "190"));
    const first = await store.eventFacets();
    assert.deepEqual(first.cameo_roots, [{ key: "19", count: 1 }]);
    assert.equal(store.dataAge(first), 0, "an answer of the current version is not behind");
    await writer.putArticle(fight("b", "040"));
    // younger than refreshMs: the old answer, and no refresh yet
    clock += 100;
    assert.equal(await store.eventFacets(), first);
    assert.equal(store.dataAge(first), 100);
    assert.equal((await store.counts()).articles, 2, "a read first asked now is of the current version");
    // older than refreshMs: still the old answer, while one refresh is computed
    clock += 200;
    assert.equal(await store.eventFacets(), first);
    assert.equal(store.dataAge(first), 300);
    await settle();
    const second = await store.eventFacets();
    assert.deepEqual(second.cameo_roots, [{ key: "04", count: 1 }, { key: "19", count: 1 }]);
    assert.equal(store.dataAge(second), 0);
    // past staleMs the reader waits for the current version
    await writer.putArticle(fight("c", "112"));
    clock += 1_500;
    const third = await store.eventFacets();
    assert.equal(third.cameo_roots.length, 3);
    assert.equal(store.dataAge(third), 0);
  } finally {
    await close();
  }
});

test("under a steady stream of commits a key is recomputed at most once per refreshMs", async () => {
  let clock = 0;
  const { reader, writer, queries, close } = pair("b.db");
  const store = cachedReads(reader, { staleMs: 1_000, refreshMs: 250, now: () => clock });
  try {
    await writer.putArticle(fight("a0", "190"));
    const list = { limit: 5, offset: 0 };
    await store.listArticles(list);
    const before = queries();
    // 40 commits, each followed by 5 reads of the same page, over 2 s of the clock
    for (let i = 1; i <= 40; i++) {
      await writer.putArticle(fight(`a${i}`, "190"));
      clock += 50;
      for (let r = 0; r < 5; r++) {
        const page = await store.listArticles(list);
        assert.ok(page.total >= i + 1 - 20, `never more than staleMs behind: ${page.total} of ${i + 1}`);
        assert.ok(store.dataAge(page) <= 1_000, `age ${store.dataAge(page)}`);
      }
      await settle();
    }
    const recomputed = queries() - before;
    // 2 s of commits at one refresh per 250 ms: about 8; one query per commit would be 40, one per read 200
    assert.ok(recomputed <= 10, `recomputed ${recomputed} times`);
    assert.ok(recomputed >= 6, `recomputed ${recomputed} times: the answer must keep up`);
    assert.ok((await store.listArticles(list)).total >= 40 - 20);
  } finally {
    await close();
  }
});

test("writes through the cached store are read back at once, never from an answer computed before them", async () => {
  const clock = 5_000;
  const { reader, close } = pair("c.db");
  const store = cachedReads(reader, { staleMs: 60_000, refreshMs: 0, now: () => clock });
  try {
    await store.putArticle(fight("a", "190"));
    assert.equal((await store.counts()).events, 1);
    assert.equal((await store.eventFacets()).cameo_roots.length, 1);
    await store.putArticles([fight("b", "040")]);
    assert.equal((await store.counts()).events, 2);
    assert.equal((await store.eventFacets()).cameo_roots.length, 2);
  } finally {
    await close();
  }
});

test("without staleMs every read is of the current version", async () => {
  const { reader, writer, close } = pair("d.db");
  const store = cachedReads(reader, { now: () => 0 });
  try {
    await writer.putArticle(fight("a", "190"));
    assert.equal((await store.eventFacets()).cameo_roots.length, 1);
    await writer.putArticle(fight("b", "040"));
    assert.equal((await store.eventFacets()).cameo_roots.length, 2);
    assert.equal((await store.listArticles({ limit: 5, offset: 0 })).total, 2);
  } finally {
    await close();
  }
});

test("an answer computed long ago but found current a moment before a commit is served while it refreshes, its age counted from then", async () => {
  let clock = 0;
  const { reader, writer, close } = pair("e.db");
  const store = cachedReads(reader, { staleMs: 1_000, refreshMs: 250, now: () => clock });
  try {
    await writer.putArticle(fight("a", "190"));
    const first = await store.eventFacets();
    clock = 60_000;
    assert.equal(await store.eventFacets(), first, "the same version: the same answer");
    await writer.putArticle(fight("b", "040"));
    clock += 100;
    assert.equal(await store.eventFacets(), first, "not waited for: it was current 100 ms ago");
    assert.equal(store.dataAge(first), 100);
    await settle();
    assert.equal((await store.eventFacets()).cameo_roots.length, 2, "and refreshed at once, being older than refreshMs");
  } finally {
    await close();
  }
});
