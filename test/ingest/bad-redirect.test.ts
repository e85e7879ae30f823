/**
 * A redirect whose Location is no URL, as `parley ingest`, `parley watch` and `POST /api/articles {url}` meet it:
 * a real local HTTP server (loopback, so `--allow-private`), real child processes and a real SQLite file.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import http from "node:http";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { openSqliteStore } from "../../src/store/sqlite/store.ts";
import { safeFetch } from "../../src/ingest/fetch.ts";
import { makeFixture } from "../server/fixture.ts";

const BIN = fileURLToPath(new URL("../../bin/parley.mjs", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "parley-redirect-"));
const STORY = "Title: Monitors reach the front\nPublished: 2031-04-02\n\nUnited Nations monitors reached the front line near the river on Tuesday and said the truce was holding. Government forces and the rebels exchanged prisoners at the crossing, officials said. " +
  "The envoy urged both sides to keep the ceasefire and to open the road to aid convoys before the end of the week.";
const FEED_ITEM = `${STORY.split("\n\n")[1]} Residents returned to the market for the first time in a month, a local official said.`;
const FEED = `<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title><item><guid>front-1</guid><title>Monitors reach the front</title><pubDate>Wed, 02 Apr 2031 09:00:00 GMT</pubDate><description>${FEED_ITEM}</description></item></channel></rss>`;

let server: http.Server;
let base = "";
let feedHits = 0;
before(async () => {
  server = http.createServer((req, res) => {
    if (req.url === "/broken") { res.writeHead(302, { location: "http://[oops" }); res.end(); return; }
    if (req.url === "/feed") {
      // the first poll meets the broken redirect; later polls get the feed
      if (feedHits++ === 0) { res.writeHead(301, { location: "https://" }); res.end(); return; }
      res.writeHead(200, { "content-type": "application/rss+xml" }); res.end(FEED); return;
    }
    res.writeHead(404); res.end();
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => { server.closeAllConnections(); server.close(); rmSync(dir, { recursive: true, force: true }); });

/** runs the real CLI without blocking this process, which serves the HTTP requests */
const parley = (args: string[]): Promise<{ status: number; stdout: string; stderr: string }> =>
  new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { encoding: "utf8", timeout: 120_000 }, (err, stdout, stderr) => {
      resolve({ status: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });

const articles = async (db: string): Promise<number> => {
  const store = openSqliteStore(db);
  try { return (await store.counts()).articles; } finally { await store.close(); }
};

test("ingest: a redirect to an invalid address is one reported line, exit 1, and the other sources are still stored", async () => {
  const db = join(dir, "ingest.db");
  const file = join(dir, "monitors.txt");
  writeFileSync(file, STORY);
  const r = await parley(["ingest", `${base}/broken`, file, "--db", db, "--allow-private"]);
  assert.equal(r.status, 1, r.stderr);
  const lines = r.stderr.trim().split("\n");
  assert.equal(lines.length, 1, r.stderr);
  assert.match(lines[0]!, new RegExp(`${base}/broken.*redirect to an invalid address.*\\(bad_redirect\\)`));
  assert.match(r.stdout, /^ingest: 1 new, 0 duplicate, 1 failed/);
  assert.equal(await articles(db), 1);
});

test("watch: a broken redirect on the first poll is reported and the next poll still stores the feed", async () => {
  const db = join(dir, "watch.db");
  feedHits = 0;
  const r = await parley(["watch", `${base}/feed`, "--db", db, "--allow-private", "--interval", "0.2", "--rounds", "2"]);
  assert.doesNotMatch(r.stderr, /internal error/, r.stderr);
  assert.match(r.stderr, /watch: poll 1 .*\n.*redirect to an invalid address.*\(bad_redirect\)\n.*watch: poll 2 /s);
  assert.equal(feedHits, 2);
  assert.equal(await articles(db), 1);
  assert.equal(r.status, 1, "the failed poll still counts as unreadable input");
});

test("POST /api/articles {url}: a redirect to an invalid address answers 422 bad_redirect naming the URL", async () => {
  const fx = await makeFixture([]);
  try {
    const editor = fx.tokens.create("editor", new Date(0)).token;
    const app = fx.app({ fetchPage: (url) => safeFetch(url, { allowPrivate: true }) });
    const res = await app.request("/api/articles", {
      method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${editor}` },
      body: JSON.stringify({ url: `${base}/broken` }),
    });
    assert.equal(res.status, 422);
    const body = (await res.json()) as { error: { code: string; message: string } };
    assert.equal(body.error.code, "bad_redirect");
    assert.ok(body.error.message.startsWith(`${base}/broken`), body.error.message);
  } finally { await fx.close(); }
});
