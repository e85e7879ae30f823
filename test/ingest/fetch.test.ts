/** Safe fetch against a real local HTTP server (loopback: refused unless allowPrivate). */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { safeFetch } from "../../src/ingest/fetch.ts";

let server: http.Server;
let base = "";

before(async () => {
  server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    const hop = Number(url.searchParams.get("hop") ?? "0");
    if (url.pathname === "/page") { res.writeHead(200, { "content-type": "text/html" }); res.end("<p>Talks resumed.</p>"); }
    else if (url.pathname === "/redirect") { res.writeHead(302, { location: hop > 0 ? `/redirect?hop=${hop - 1}` : "/page" }); res.end(); }
    else if (url.pathname === "/big") { res.writeHead(200); res.end("x".repeat(20_000)); }
    else if (url.pathname === "/slow") { setTimeout(() => { res.writeHead(200); res.end("late"); }, 1500); }
    else if (url.pathname === "/file") { res.writeHead(302, { location: "file:///etc/passwd" }); res.end(); }
    else if (url.pathname === "/bad-location") { res.writeHead(302, { location: url.searchParams.get("to") ?? "" }); res.end(); }
    else { res.writeHead(404); res.end(); }
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => { server.closeAllConnections(); server.close(); });

const open = { allowPrivate: true };

test("fetches a page when private addresses are allowed", async () => {
  const r = await safeFetch(`${base}/page`, open);
  assert.ok(r.ok);
  assert.equal(r.value.body, "<p>Talks resumed.</p>");
  assert.equal(r.value.contentType, "text/html");
});

test("refuses loopback and private addresses by default, by literal IP and by name", async () => {
  const cases = [`${base}/page`, `http://localhost:${new URL(base).port}/page`, "http://[::1]/", "http://169.254.169.254/latest/meta-data"];
  for (const url of cases) {
    const r = await safeFetch(url, { timeoutMs: 2000 });
    assert.equal(r.ok, false, url);
    if (!r.ok) assert.equal(r.error.code, "private_address", `${url}: ${r.error.message}`);
  }
});

test("follows up to 5 redirects and refuses the sixth", async () => {
  const ok = await safeFetch(`${base}/redirect?hop=4`, open);
  assert.ok(ok.ok && ok.value.url.endsWith("/page"));
  const tooMany = await safeFetch(`${base}/redirect?hop=5`, open);
  assert.equal(tooMany.ok ? "ok" : tooMany.error.code, "too_many_redirects");
});

test("bounds size and time, and refuses other schemes", async () => {
  const cases: [string, Parameters<typeof safeFetch>[1], string][] = [
    [`${base}/big`, { ...open, maxBytes: 10_000 }, "too_large"],
    [`${base}/slow`, { ...open, timeoutMs: 300 }, "timeout"],
    [`${base}/file`, open, "bad_url"],
    ["ftp://example.org/x", open, "bad_url"],
    ["not a url", open, "bad_url"],
    [`${base}/missing`, open, "http_status"],
  ];
  for (const [url, options, code] of cases) {
    const r = await safeFetch(url, options);
    assert.equal(r.ok ? "ok" : r.error.code, code, url);
  }
});

test("a redirect to an invalid address is an error value naming the URL, for every kind of broken Location", async () => {
  const locations = ["http://[oops", "http://exa mple.org/", "https://", "http://%zz/", "http://a:b:c/", "http://[::1/x"];
  for (const to of locations) {
    const href = `${base}/bad-location?to=${encodeURIComponent(to)}`;
    const r = await safeFetch(href, open);
    assert.equal(r.ok, false, to);
    if (r.ok) continue;
    assert.equal(r.error.code, "bad_redirect", to);
    assert.ok(r.error.message.includes(`${base}/bad-location`), r.error.message);
    assert.match(r.error.message, /redirect to an invalid address/);
  }
});
