/**
 * Feed items whose link cannot be fetched (issue: 30 items with one teaser became 1 article and 29 duplicates):
 * each such item is reported on one line naming the item and the reason, and is not stored as its teaser. A real
 * local HTTP server serves the feed and the pages (loopback, so private addresses are allowed here).
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import http from "node:http";
import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createCoder } from "../../src/index.ts";
import { openSqliteStore } from "../../src/store/sqlite/store.ts";
import { readSources } from "../../src/ingest/sources/index.ts";
import { ingest } from "../../src/ingest/run.ts";

const BIN = fileURLToPath(new URL("../../bin/parley.mjs", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "parley-feedlinks-"));
const TEASER = "Read the full story on our website.";
const LONG = "Delegations from both governments met at the border town on Monday and agreed to extend the ceasefire by thirty days, the mediators said. Observers will patrol the demarcation line, and prisoners are to be exchanged at the crossing before the end of the month. " +
  "The foreign minister said the talks had been difficult but that both sides wanted the truce to hold through the harvest season. Farmers near the front said they hoped to return to their fields within days.";
const PAGE = (n: number) => `<!doctype html><html><head><title>Story ${n}</title></head><body><article><h1>Story ${n}</h1><p>Rebel commanders in district ${n} said on Tuesday that they had withdrawn their fighters from the hills above the town, and government troops entered the villages without a fight, local officials said.</p><p>The army said it would open the road to aid convoys.</p></article></body></html>`;
const LOGIN = "<!doctype html><html><body><main><h1>Sign in</h1><p>Sign in to read this story. Subscribers get full access to every report from the region, the archive and the newsletters.</p></main></body></html>";

/** the feed: item 0 links to a page that works, 1–26 to pages that are gone, 27 to a server error, 28 and 29 redirect to one sign-in page, then a full item with a broken link and an empty one */
const items = (): string => {
  const out: string[] = [];
  for (let i = 0; i < 30; i++) {
    const path = i === 0 ? "/story/0" : i === 27 ? "/error" : i >= 28 ? `/paywalled/${i}` : `/gone/${i}`;
    out.push(`<item><guid>story-${i}</guid><title>Story ${i}</title><link>${base}${path}</link><description>${TEASER}</description></item>`);
  }
  out.push(`<item><guid>full-30</guid><title>Full</title><link>${base}/gone/30</link><description>${LONG}</description></item>`);
  out.push(`<item><guid>empty-31</guid><title>Empty</title><link>${base}/gone/31</link></item>`);
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>${out.join("")}</channel></rss>`;
};

let server: http.Server;
let base = "";
before(async () => {
  server = http.createServer((req, res) => {
    const url = req.url ?? "/";
    if (url === "/feed.xml") { res.writeHead(200, { "content-type": "application/rss+xml" }); res.end(items()); }
    else if (url === "/story/0") { res.writeHead(200, { "content-type": "text/html" }); res.end(PAGE(0)); }
    else if (url.startsWith("/paywalled/")) { res.writeHead(302, { location: "/login" }); res.end(); }
    else if (url === "/login") { res.writeHead(200, { "content-type": "text/html" }); res.end(LOGIN); }
    else if (url === "/error") { res.writeHead(503); res.end(); }
    else { res.writeHead(404); res.end(); }
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => { server.closeAllConnections(); server.close(); rmSync(dir, { recursive: true, force: true }); });

test("feed items whose link fails are each reported with the item and the reason, and no teaser is stored", async () => {
  const store = openSqliteStore(join(dir, "lib.db"));
  try {
    const summary = await ingest(readSources([`${base}/feed.xml`], { fetch: { allowPrivate: true } }), { store, coder: createCoder(), now: () => new Date("2031-04-02T00:00:00Z") });
    assert.deepEqual([summary.stored, summary.duplicate, summary.failed], [3, 0, 29], JSON.stringify(summary.issues, null, 1));
    const byItem = new Map(summary.issues.map((i) => [i.path, i]));
    const expect: [item: string, reason: RegExp][] = [
      ...Array.from({ length: 26 }, (_, k): [string, RegExp] => [`story-${k + 1}`, /could not be fetched \(http_status: .*HTTP 404\); its 35-character teaser alone is not stored/]),
      ["story-27", /could not be fetched \(http_status: .*HTTP 503\)/],
      ["story-29", /paywalled\/29 leads to .*\/login, the page item .*#story-28 led to already; not stored/],
      ["empty-31", /could not be fetched .*; the item has no text of its own/],
    ];
    for (const [item, reason] of expect) {
      const issue = byItem.get(`${base}/feed.xml#${item}`);
      assert.ok(issue, `an issue for ${item}`);
      assert.equal(issue.code, "link_failed", item);
      assert.match(issue.message, reason, item);
      assert.ok(issue.message.startsWith(`${base}/feed.xml#${item}: `), issue.message);
    }
    const stored = await Promise.all(["story-0", "story-28", "full-30"].map((id) => store.getArticle(id)));
    assert.deepEqual(stored.map((a) => a?.text.includes(TEASER)), [false, false, false], "no teaser among the stored texts");
    assert.match(stored[0]?.text ?? "", /withdrawn their fighters/);
    assert.match(stored[2]?.text ?? "", /extend the ceasefire/, "a full item is stored from its own text, whatever its link does");
    assert.equal((await store.counts()).articles, 3);
  } finally { await store.close(); }
});

test("`parley ingest FEED` prints one line per item whose link failed, and exits 1", async () => {
  const db = join(dir, "cli.db");
  const r = await new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, [BIN, "ingest", `${base}/feed.xml`, "--db", db, "--allow-private"], { encoding: "utf8", timeout: 120_000 },
      (err, stdout, stderr) => resolve({ status: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr }));
  });
  assert.equal(r.status, 1, r.stderr);
  const lines = r.stderr.trim().split("\n");
  assert.equal(lines.length, 29, r.stderr);
  for (const line of lines) assert.match(line, /^parley: ingest: http:\/\/127\.0\.0\.1:\d+\/feed\.xml#(story|empty)-\d+: .*\(link_failed\)$/);
  assert.match(r.stdout, /^ingest: 3 new, 0 duplicate, 29 failed;/);
});
