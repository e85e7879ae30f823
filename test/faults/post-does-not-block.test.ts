/**
 * One editor request must not tie up the server: while a long POSTed article is coded (seconds, on the coding
 * thread), GETs on the same server answer promptly; and an article that takes longer than the time bound is stopped
 * and answered with an error value, after which the server codes the next one normally. A real server on a socket,
 * a real SQLite store, the real coder.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore } from "../../src/store/open.ts";
import type { Store } from "../../src/store/types.ts";
import { openTokenStore, type TokenStore } from "../../src/server/tokens.ts";
import { createApp } from "../../src/server/app.ts";
import { listen, type Listening } from "../../src/server/listen.ts";
import { startCodePool, type CodePool } from "../../src/server/code-pool.ts";
import { longArticle } from "./long-article.ts";

const dir = mkdtempSync(join(tmpdir(), "parley-post-"));
let store: Store, tokens: TokenStore, editor: string;
const open: { server: Listening; pool: CodePool }[] = [];

before(() => {
  const opened = openStore(join(dir, "p.db"), { backgroundWrites: true, readThreads: 1 });
  if (!opened.ok) throw new Error(opened.error.message);
  store = opened.value;
  tokens = openTokenStore(join(dir, "p.db.tokens"));
  editor = tokens.create("editor", new Date(0)).token;
});
after(async () => {
  for (const o of open) { await o.server.close(); await o.pool.close(); }
  tokens.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function serve(timeoutMs: number): Promise<string> {
  const pool = startCodePool({ size: 1, timeoutMs });
  const app = createApp({ store, tokens, coder: () => { throw new Error("the pool codes"); }, codePool: pool, now: () => new Date("2031-03-05T00:00:00Z"), log: () => {} });
  const server = await listen(app, { port: 0, host: "127.0.0.1" });
  open.push({ server, pool });
  return server.url;
}

const post = (url: string, text: string) => fetch(`${url}api/articles`, {
  method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${editor}` },
  body: JSON.stringify({ text, date: "2031-03-02", source: "Test Desk" }),
});

test("while a long article is coded, GETs on the same server answer within a second", { timeout: 120_000 }, async () => {
  const url = await serve(60_000);
  // the first article also waits for the coding thread to load its dictionaries
  assert.equal((await post(url, "The Norland army clashed with the Southern Front near Portville on Sunday.")).status, 201);
  let done = false;
  const long = post(url, longArticle(1200)).then(async (r) => { done = true; return { status: r.status, body: await r.json() as { events?: number } }; });
  const latencies: number[] = [];
  while (!done) {
    for (const path of ["api/health", "api/events?limit=5", "api/summary"]) {
      const t0 = performance.now();
      const res = await fetch(`${url}${path}`);
      await res.arrayBuffer();
      assert.equal(res.status, 200, path);
      if (!done) latencies.push(performance.now() - t0);
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  const result = await long;
  assert.equal(result.status, 201, JSON.stringify(result.body));
  assert.ok((result.body.events ?? 0) > 100, `the long article was coded whole: ${result.body.events} events`);
  assert.ok(latencies.length >= 6, `GETs answered while the article was coded: ${latencies.length}`);
  const worst = Math.max(...latencies);
  assert.ok(worst < 1000, `slowest GET during coding: ${worst.toFixed(0)} ms`);
});

test("an article over the time bound is stopped with an error that says so, and the next one is coded", { timeout: 120_000 }, async () => {
  const url = await serve(400);
  const res = await post(url, longArticle(1300));
  assert.equal(res.status, 422);
  const body = await res.json() as { error: { code: string; message: string } };
  assert.equal(body.error.code, "coding_timeout");
  assert.match(body.error.message, /longer than 0\.4 s.*not stored.*shorter text or split it/);
  const before = await store.counts();
  const next = await post(url, "Envoys from Egypt held talks with the Southern Front in Cairo on Tuesday.");
  assert.equal(next.status, 201, await next.clone().text());
  assert.equal((await store.counts()).articles, before.articles + 1);
});
