/**
 * Issue 11, reads under ingest: the server answers the main read routes from its read cache while another connection
 * (an ingest) commits, at most `staleReadsMs` behind, and says how far behind in the Parley-Data-Age header; the
 * remembered JSON is byte for byte what a server without the cache answers at the same data. A real SQLite store,
 * written by a second connection, and a clock the test moves.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openSqliteStore } from "../../src/store/sqlite/store.ts";
import type { Store } from "../../src/store/types.ts";
import { openTokenStore, type TokenStore } from "../../src/server/tokens.ts";
import { createApp } from "../../src/server/app.ts";
import { DATA_AGE_HEADER } from "../../src/server/rendered.ts";
import { seed } from "../../bench/load/seed.ts";

const ROUTES = ["/api/summary", "/api/series", "/api/series?by=plover&country=NOR", "/api/network", "/api/network?nodes=5",
  "/api/events?limit=5", "/api/events?country=SOL&limit=3", "/api/events/first-3%2Fe0", "/api/articles?limit=5", "/api/actors?limit=5"];

const dir = mkdtempSync(join(tmpdir(), "parley-age-"));
const db = join(dir, "age.db");
let writer: Store, reader: Store, tokens: TokenStore;
let clock = 10_000;
const settle = () => new Promise((r) => setTimeout(r, 100));
const noCoder = () => { throw new Error("no coding in this test"); };

before(async () => {
  writer = openSqliteStore(db);
  await seed(writer, 40, 4, 20, "first-");
  reader = openSqliteStore(db, { readThreads: 2 });
  tokens = openTokenStore(join(dir, "age.tokens"));
});
after(async () => { tokens.close(); await reader.close(); await writer.close(); rmSync(dir, { recursive: true, force: true }); });

/** the bodies are long: say which route differs and where, not the whole text */
function same(actual: string, expected: string | undefined, what: string): void {
  if (actual === expected) return;
  let i = 0;
  while (i < actual.length && actual[i] === expected?.[i]) i++;
  assert.fail(`${what}: bodies differ at ${i}: ${actual.slice(Math.max(0, i - 40), i + 60)} | ${expected?.slice(Math.max(0, i - 40), i + 60)}`);
}

async function get(app: ReturnType<typeof createApp>, path: string): Promise<{ body: string; age: string | null }> {
  const res = await app.request(path);
  assert.equal(res.status, 200, path);
  return { body: await res.text(), age: res.headers.get(DATA_AGE_HEADER) };
}

test("reads while another connection commits: at most staleReadsMs behind, with the age in a header, and the JSON of an uncached server", async () => {
  const app = createApp({ store: reader, tokens, coder: noCoder, now: () => new Date(clock), staleReadsMs: 1_000, log: () => {} });
  const plain = createApp({ store: reader, tokens, coder: noCoder, now: () => new Date(clock), cacheReads: false, log: () => {} });
  const first = new Map<string, string>();
  for (const path of ROUTES) {
    const a = await get(app, path);
    assert.equal(a.age, "0", `${path}: current`);
    same(a.body, (await get(plain, path)).body, `${path}: the same JSON as without the cache`);
    same((await get(app, path)).body, a.body, path);
    first.set(path, a.body);
  }
  // a fifth event per article: the first four merge with the stored ones, the fifth is new
  await seed(writer, 30, 5, 10, "second-");
  clock += 300;
  for (const path of ROUTES) {
    const stale = await get(app, path);
    assert.equal(stale.age, "300", `${path}: served from the version before, 300 ms old`);
    same(stale.body, first.get(path), path);
  }
  await settle();
  for (const path of ROUTES) {
    const fresh = await get(app, path);
    assert.equal(fresh.age, "0", `${path}: refreshed`);
    assert.ok(fresh.body !== first.get(path), `${path}: the new articles show`);
    same(fresh.body, (await get(plain, path)).body, path);
  }
  // past the bound a reader waits for the current data
  await seed(writer, 10, 6, 10, "third-");
  clock += 1_500;
  for (const path of ROUTES) {
    const late = await get(app, path);
    assert.equal(late.age, "0", path);
    same(late.body, (await get(plain, path)).body, path);
  }
});

test("the OpenAPI document describes the Parley-Data-Age header on the cached read routes", async () => {
  const app = createApp({ store: reader, tokens, coder: noCoder, now: () => new Date(clock), log: () => {} });
  const doc = await (await app.request("/api/openapi.json")).json() as { components: { headers: Record<string, unknown> }; paths: Record<string, { get: { responses: Record<string, { headers?: Record<string, unknown> }> } }> };
  assert.ok(doc.components.headers["DataAge"]);
  for (const path of ["/api/summary", "/api/series", "/api/network", "/api/events", "/api/events/{id}", "/api/articles", "/api/actors"]) {
    assert.ok(doc.paths[path]?.get.responses["200"]?.headers?.[DATA_AGE_HEADER], path);
  }
});
