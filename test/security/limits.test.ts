/**
 * Size and rate limits: request bodies over the limit are refused with 413 whether they declare their length or
 * stream it chunked over a real socket (and before any token check passes, nothing is read); reads and writes are
 * counted per caller in fixed windows, answer 429 with Retry-After past the limit, and start again in the next window.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import { makeFixture, type Fixture } from "../server/fixture.ts";
import { listen, type Listening } from "../../src/server/listen.ts";

let fx: Fixture, editor = "", other = "", reader = "";
before(async () => {
  fx = await makeFixture([]);
  editor = fx.tokens.create("editor", new Date(0)).token;
  other = fx.tokens.create("editor", new Date(0)).token;
  reader = fx.tokens.create("reader", new Date(0)).token;
});
after(async () => { await fx.close(); });
const auth = (t: string) => ({ authorization: `Bearer ${t}` });
const json = { "content-type": "application/json" };

/** POSTs `size` bytes of JSON over a real socket, chunked (no Content-Length) or declared */
function postOverSocket(server: Listening, size: number, chunked: boolean, token: string): Promise<number> {
  const body = Buffer.from(JSON.stringify({ text: "x".repeat(Math.max(1, size - 11)) }));
  return new Promise((resolve, reject) => {
    const req = http.request(`${server.url}api/articles`, {
      method: "POST", headers: { ...json, ...auth(token), ...(chunked ? { "transfer-encoding": "chunked" } : { "content-length": String(body.length) }) },
    }, (res) => { res.resume(); resolve(res.statusCode ?? 0); });
    req.on("error", (e: NodeJS.ErrnoException) => (e.code === "ECONNRESET" || e.code === "EPIPE" ? resolve(413) : reject(e)));
    for (let i = 0; i < body.length; i += 64 * 1024) req.write(body.subarray(i, i + 64 * 1024));
    req.end();
  });
}

describe("body size", () => {
  it("the default 2 MB limit: 413 just over it, declared or chunked, over a real socket", async () => {
    const server = await listen(fx.app(), { port: 0, host: "127.0.0.1" });
    try {
      const cases: [size: number, chunked: boolean, status: number][] = [
        [2_000_001, false, 413], [2_000_001, true, 413], [6_000_000, true, 413], [10_000_000, false, 413],
      ];
      for (const [size, chunked, status] of cases) assert.equal(await postOverSocket(server, size, chunked, editor), status, `${size} ${chunked ? "chunked" : "declared"}`);
    } finally { await server.close(); }
  });

  it("a body under the limit is read (the refusal above is the size, not the route)", async () => {
    const app = fx.app({ maxBodyBytes: 1000 });
    const under = await app.request("/api/articles", { method: "POST", headers: { ...json, ...auth(editor) }, body: JSON.stringify({ title: "x".repeat(900) }) });
    assert.equal(under.status, 400, "read and refused by the schema");
    const over = await app.request("/api/articles", { method: "POST", headers: { ...json, ...auth(editor) }, body: JSON.stringify({ title: "x".repeat(1000) }) });
    assert.equal(over.status, 413);
    assert.equal(((await over.json()) as { error: { code: string } }).error.code, "too_large");
  });

  it("without an editor token a big body is refused as unauthorised, not read", async () => {
    const app = fx.app({ maxBodyBytes: 1000 });
    for (const headers of [{}, auth(reader)]) {
      const res = await app.request("/api/articles", { method: "POST", headers: { ...json, ...headers }, body: "x".repeat(50_000) });
      assert.ok(res.status === 401 || res.status === 403, String(res.status));
    }
  });
});

describe("rate limits", () => {
  it("reads: the limit per caller, then 429 with Retry-After; another caller has its own window; the next window opens", async () => {
    let now = Date.parse("2031-01-01T00:00:00Z");
    const app = fx.app({ readsPerMinute: 5, now: () => new Date(now) });
    const statuses = async (headers: Record<string, string>, n: number): Promise<number[]> => {
      const out: number[] = [];
      for (let i = 0; i < n; i++) out.push((await app.request("/api/summary", { headers })).status);
      return out;
    };
    assert.deepEqual(await statuses({}, 7), [200, 200, 200, 200, 200, 429, 429]);
    const limited = await app.request("/api/summary");
    assert.equal(limited.headers.get("retry-after"), "60");
    assert.equal(limited.headers.get("ratelimit-remaining"), "0");
    assert.deepEqual(await statuses(auth(reader), 6), [200, 200, 200, 200, 200, 429], "a token is a caller of its own");
    now += 30_000;
    assert.equal((await app.request("/api/summary")).headers.get("retry-after"), "30");
    now += 30_000;
    assert.deepEqual(await statuses({}, 2), [200, 200], "a new window");
  });

  it("writes: the limit per token, then 429, whatever the body; another token is not held back", async () => {
    const now = Date.parse("2031-01-01T00:00:00Z");
    const app = fx.app({ writesPerMinute: 3, now: () => new Date(now) });
    const post = async (token: string) => (await app.request("/api/articles", { method: "POST", headers: { ...json, ...auth(token) }, body: JSON.stringify({ title: "no text" }) })).status;
    const mine: number[] = [];
    for (let i = 0; i < 5; i++) mine.push(await post(editor));
    assert.deepEqual(mine, [400, 400, 400, 429, 429]);
    assert.equal(await post(other), 400);
  });

  it("the default limits: 1200 reads and 30 writes a minute", async () => {
    const app = fx.app();
    let first429 = 0;
    for (let i = 1; i <= 1201 && first429 === 0; i++) if ((await app.request("/api/summary")).status === 429) first429 = i;
    assert.equal(first429, 1201);
    let firstWrite429 = 0;
    for (let i = 1; i <= 31 && firstWrite429 === 0; i++) {
      const s = (await app.request("/api/articles", { method: "POST", headers: { ...json, ...auth(editor) }, body: "{}" })).status;
      if (s === 429) firstWrite429 = i;
    }
    assert.equal(firstWrite429, 31);
  });
});
