/**
 * Security headers on every kind of answer — API reads, errors (400, 401, 404, 413, 415, 429, 500), the OpenAPI
 * document, the dashboard page, its assets and static 404s: a Content-Security-Policy without unsafe sources that
 * forbids framing, plugins and base changes and enforces Trusted Types; X-Content-Type-Options nosniff;
 * X-Frame-Options DENY; Referrer-Policy no-referrer; and no caching of API answers.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { makeFixture, type Fixture } from "../server/fixture.ts";
import type { Store } from "../../src/store/types.ts";
import { openSqliteStore } from "../../src/store/sqlite/store.ts";

let fx: Fixture, editor = "", closed: Store;
before(async () => {
  fx = await makeFixture(["04-truce-announced.txt"]);
  editor = fx.tokens.create("editor", new Date(0)).token;
  const root = join(fx.dir, "dist");
  mkdirSync(join(root, "assets"), { recursive: true });
  writeFileSync(join(root, "index.html"), "<!doctype html><title>t</title>");
  writeFileSync(join(root, "assets", "a.js"), "export {};");
  // a real store, closed: every read then fails inside the route, which must answer a bare 500
  closed = openSqliteStore(join(fx.dir, "closed.db"));
  await closed.close();
});
after(async () => { await fx.close(); });

const CSP: readonly RegExp[] = [/default-src 'self'/, /script-src 'self'/, /object-src 'none'/, /base-uri 'none'/, /frame-ancestors 'none'/, /form-action 'none'/, /require-trusted-types-for 'script'/];

describe("security headers", () => {
  const answers: readonly [string, () => Response | Promise<Response>, number][] = [
    ["API read", () => fx.app().request("/api/events"), 200],
    ["OpenAPI document", () => fx.app().request("/api/openapi.json"), 200],
    ["bad query", () => fx.app().request("/api/events?limit=0"), 400],
    ["no token", () => fx.app().request("/api/articles", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" }), 401],
    ["unknown API route", () => fx.app().request("/api/nothing"), 404],
    ["body over the limit", () => fx.app({ maxBodyBytes: 100 }).request("/api/articles", { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${editor}` }, body: JSON.stringify({ text: "x".repeat(500) }) }), 413],
    ["not JSON", () => fx.app().request("/api/articles", { method: "POST", headers: { "content-type": "text/plain", authorization: `Bearer ${editor}` }, body: "x" }), 415],
    ["rate limited", async () => { const app = fx.app({ readsPerMinute: 1 }); await app.request("/api/summary"); return app.request("/api/summary"); }, 429],
    ["internal error", () => fx.app({ store: closed }).request("/api/events"), 500],
    ["dashboard page", () => fx.app({ staticRoot: join(fx.dir, "dist") }).request("/"), 200],
    ["dashboard asset", () => fx.app({ staticRoot: join(fx.dir, "dist") }).request("/assets/a.js"), 200],
    ["static 404", () => fx.app({ staticRoot: join(fx.dir, "dist") }).request("/nope.js"), 404],
    ["dashboard not built", () => fx.app({ staticRoot: join(fx.dir, "missing") }).request("/"), 503],
  ];
  for (const [what, get, status] of answers) {
    it(`${what} (${status}) carries CSP, nosniff, frame denial and no-referrer`, async () => {
      const res = await get();
      assert.equal(res.status, status, await res.clone().text());
      const csp = res.headers.get("content-security-policy") ?? "";
      for (const part of CSP) assert.match(csp, part, what);
      const directives = new Map(csp.split(";").map((d) => d.trim().split(/\s+/)).map(([k = "", ...v]) => [k, v]));
      assert.deepEqual(directives.get("script-src"), ["'self'"], what);
      for (const [k, v] of directives) {
        assert.ok(!v.some((x) => /unsafe-|^\*|^https?:$|^blob:$/.test(x)), `${what}: ${k} ${v.join(" ")}`);
        if (k !== "img-src") assert.ok(!v.includes("data:"), `${what}: data: only for images, not ${k}`);
      }
      assert.equal(res.headers.get("x-content-type-options"), "nosniff", what);
      assert.equal(res.headers.get("x-frame-options"), "DENY", what);
      assert.equal(res.headers.get("referrer-policy"), "no-referrer", what);
      if (status === 500) assert.deepEqual(await res.json(), { error: { code: "internal", message: "internal error" } }, "no stack or SQL reaches the client");
    });
  }

  it("API answers are never cached", async () => {
    for (const path of ["/api/events", "/api/summary", "/api/nothing", "/api/events?limit=0"]) {
      assert.equal((await fx.app().request(path)).headers.get("cache-control"), "no-store", path);
    }
  });
});
