/** POST /api/articles: tokens and roles, validation, size and rate limits; and token-protected reads. Static files: test/security/static-traversal.test.ts. */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { makeFixture, type Fixture } from "./fixture.ts";
import { hashToken } from "../../src/server/tokens.ts";

let fx: Fixture;
let editor: string, reader: string;
before(async () => {
  fx = await makeFixture(["04-truce-announced.txt"]);
  editor = fx.tokens.create("editor", new Date(0), "test editor").token;
  reader = fx.tokens.create("reader", new Date(0)).token;
});
after(async () => { await fx.close(); });

const ARTICLE = "Title: Envoy meets both sides\nSource: Test Desk\nPublished: 2019-11-20\n\nThe UN envoy met Prime Minister Fayez al-Sarraj in Tripoli on Tuesday and urged both sides to respect the ceasefire. Turkey said on Wednesday it would send observers to monitor the truce.";
const post = (app: ReturnType<Fixture["app"]>, body: unknown, headers: Record<string, string> = {}) =>
  app.request("/api/articles", { method: "POST", headers: { "content-type": "application/json", ...headers }, body: typeof body === "string" ? body : JSON.stringify(body) });
const bearer = (t: string) => ({ authorization: `Bearer ${t}` });

describe("POST /api/articles", () => {
  const refused: readonly [string, Record<string, string>, number, string][] = [
    ["no token", {}, 401, "unauthorized"],
    ["a malformed token", bearer("letmein"), 401, "invalid_token"],
    ["an unknown token", bearer(`pk_${"A".repeat(43)}`), 401, "invalid_token"],
    ["a Basic header", { authorization: "Basic dXNlcjpwYXNz" }, 401, "invalid_token"],
    ["a reader token", {}, 403, "forbidden"],
  ];
  for (const [what, headers, status, code] of refused) {
    it(`refuses ${what} with ${status}`, async () => {
      const h = what === "a reader token" ? bearer(reader) : headers;
      const res = await post(fx.app(), { text: ARTICLE }, h);
      assert.equal(res.status, status);
      assert.equal(((await res.json()) as any).error.code, code);
      if (status === 401) assert.match(res.headers.get("www-authenticate") ?? "", /^Bearer/);
    });
  }

  it("stores an article with an editor token, then answers duplicate", async () => {
    const res = await post(fx.app(), { text: ARTICLE, source: "Test Desk" }, bearer(editor));
    assert.equal(res.status, 201, await res.clone().text());
    const b = (await res.json()) as any;
    assert.equal(b.status, "stored");
    const again = await post(fx.app(), { text: ARTICLE }, bearer(editor));
    assert.equal(again.status, 200);
    assert.deepEqual(await again.json(), { status: "duplicate", id: b.id });
    const got = await fx.app().request(`/api/articles/${b.id}`);
    assert.equal(got.status, 200);
  });

  const invalid: readonly [string, unknown, number][] = [
    ["no text, html or url", { title: "x" }, 400],
    ["two of text, html and url", { text: "a", url: "https://example.org/" }, 400],
    ["an unknown field", { text: "a", admin: true }, 400],
    ["a javascript: url", { url: "javascript:alert(1)" }, 400],
    ["a bad date", { text: "a", date: "15/01/2020" }, 400],
    ["broken JSON", "{\"text\":", 400],
    ["a private address", { url: "http://127.0.0.1:9/secret" }, 422],
  ];
  for (const [what, body, status] of invalid) {
    it(`answers ${status} for ${what}`, async () => {
      const res = await post(fx.app(), body, bearer(editor));
      assert.equal(res.status, status, await res.clone().text());
    });
  }

  it("answers 415 for a non-JSON body", async () => {
    const res = await fx.app().request("/api/articles", { method: "POST", headers: { "content-type": "text/plain", ...bearer(editor) }, body: "hello" });
    assert.equal(res.status, 415);
  });

  it("answers 413 past the body limit", async () => {
    const res = await post(fx.app({ maxBodyBytes: 1000 }), { text: "x".repeat(5000) }, bearer(editor));
    assert.equal(res.status, 413);
  });

  it("answers 429 past the write rate", async () => {
    const app = fx.app({ writesPerMinute: 2 });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await post(app, { title: "x" }, bearer(editor))).status);
    assert.deepEqual(statuses, [400, 400, 429]);
  });
});

describe("tokens", () => {
  it("keeps only the SHA-256 hash on disk", () => {
    const raw = readFileSync(`${fx.db}.tokens`);
    assert.equal(raw.includes(Buffer.from(editor)), false);
    assert.equal(fx.tokens.verify(editor)?.role, "editor");
    assert.equal(fx.tokens.list().some((t) => hashToken(editor).startsWith(t.id)), true);
  });

  it("a revoked token stops working", async () => {
    const { token, info } = fx.tokens.create("editor", new Date(0));
    assert.equal(fx.tokens.revoke(info.id), true);
    assert.equal((await post(fx.app(), { text: ARTICLE }, bearer(token))).status, 401);
  });
});

describe("--auth-reads", () => {
  it("needs a token for reads but not for the OpenAPI document", async () => {
    const app = fx.app({ authReads: true });
    assert.equal((await app.request("/api/events")).status, 401);
    assert.equal((await app.request("/api/events", { headers: bearer(reader) })).status, 200);
    assert.equal((await app.request("/api/openapi.json")).status, 200);
  });
});
