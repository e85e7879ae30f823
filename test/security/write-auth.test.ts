/**
 * Authorisation on every write route, enumerated from the app itself so that a write route added without
 * `requireRole("editor")` fails here; token scopes (a reader token cannot write, a token that is sent must be
 * valid); and `--auth-reads` on every read route.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import type { Hono } from "hono";
import type { AppEnv } from "../../src/server/env.ts";
import { makeFixture, type Fixture } from "../server/fixture.ts";
import { concrete, readRoutes, routes, writeRoutes, type Route } from "./routes.ts";

let fx: Fixture;
let editor = "", reader = "", revoked = "";
before(async () => {
  fx = await makeFixture(["04-truce-announced.txt"]);
  editor = fx.tokens.create("editor", new Date(0)).token;
  reader = fx.tokens.create("reader", new Date(0)).token;
  const r = fx.tokens.create("editor", new Date(0));
  revoked = r.token;
  fx.tokens.revoke(r.info.id);
});
after(async () => { await fx.close(); });

const BODY = JSON.stringify({ text: "Title: Envoy visits\nPublished: 2019-12-02\n\nThe envoy met the prime minister in Tripoli on Monday and urged both sides to keep the truce." });
const send = (app: Hono<AppEnv>, r: Route, headers: Record<string, string>) =>
  app.request(concrete(r.path), { method: r.method, headers: { "content-type": "application/json", ...headers }, ...(r.method === "GET" || r.method === "HEAD" ? {} : { body: BODY }) });
const bearer = (t: string) => ({ authorization: `Bearer ${t}` });

/** Each write route's answer without a token, with a bad one and with a reader token; what is not a refusal is listed. */
async function unguarded(app: Hono<AppEnv>): Promise<string[]> {
  const bad: string[] = [];
  const callers: [string, Record<string, string>, number][] = [
    ["no token", {}, 401], ["a malformed token", bearer("pk_short"), 401], ["a revoked token", bearer(revoked), 401],
    ["a Basic header", { authorization: "Basic ZWRpdG9yOmVkaXRvcg==" }, 401], ["a reader token", bearer(reader), 403],
  ];
  for (const r of writeRoutes(app)) {
    for (const [who, headers, status] of callers) {
      const res = await send(app, r, headers);
      if (res.status !== status) bad.push(`${r.method} ${r.path} with ${who}: ${res.status}`);
    }
  }
  return bad;
}

describe("authorisation of write routes", () => {
  it("finds the write routes in the app (POST /api/articles among them)", () => {
    const found = writeRoutes(fx.app()).map((r) => `${r.method} ${r.path}`);
    assert.ok(found.includes("POST /api/articles"), found.join(", "));
    console.log(`write routes: ${found.length} (${found.join(", ")}); read routes: ${readRoutes(fx.app()).length}`);
  });

  it("every write route refuses callers without an editor token: 401 without or with a bad token, 403 with a reader token", async () => {
    assert.deepEqual(await unguarded(fx.app()), []);
  });

  it("the check catches a write route registered without requireRole", async () => {
    const app = fx.app();
    app.delete("/admin/articles/:id", (c) => c.json({ deleted: true }));
    const bad = await unguarded(app);
    assert.ok(bad.includes("DELETE /admin/articles/:id with no token: 200"), bad.join("\n"));
    assert.ok(bad.includes("DELETE /admin/articles/:id with a reader token: 200"), bad.join("\n"));
  });

  it("an editor token gets through to every write route", async () => {
    for (const r of writeRoutes(fx.app())) {
      const res = await send(fx.app(), r, bearer(editor));
      assert.ok(![401, 403].includes(res.status), `${r.method} ${r.path}: ${res.status} ${await res.text()}`);
    }
  });

  it("no other method on a read route writes: PUT, PATCH, DELETE and POST there answer 401 or 404, never 2xx", async () => {
    const writes = new Set(writeRoutes(fx.app()).map((r) => `${r.method} ${r.path}`));
    let tried = 0;
    for (const r of readRoutes(fx.app())) {
      for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
        if (writes.has(`${method} ${r.path}`)) continue;
        for (const headers of [{}, bearer(reader), bearer(editor)]) {
          const res = await send(fx.app(), { method, path: r.path }, headers);
          tried++;
          assert.ok([401, 403, 404, 405].includes(res.status), `${method} ${r.path}: ${res.status}`);
        }
      }
    }
    console.log(`other methods on read routes: ${tried} requests, none answered 2xx`);
  });
});

describe("token scopes on reads", () => {
  const OPEN = new Set(["/api/openapi.json", "/api/health"]);

  it("a token that is sent must be valid, on every read route", async () => {
    for (const r of readRoutes(fx.app()).filter((x) => x.path.startsWith("/api/") && !OPEN.has(x.path))) {
      for (const t of [revoked, "pk_short", `pk_${"B".repeat(43)}`]) {
        const res = await send(fx.app(), r, bearer(t));
        assert.equal(res.status, 401, `${r.path} with ${t.slice(0, 8)}…`);
      }
    }
  });

  it("with --auth-reads every read route but the OpenAPI document and health needs a reader or editor token", async () => {
    const app = fx.app({ authReads: true });
    const guarded = readRoutes(app).filter((r) => r.path.startsWith("/api/") && !OPEN.has(r.path));
    assert.ok(guarded.length >= 10, `${guarded.length} read routes`);
    for (const r of guarded) {
      assert.equal((await send(app, r, {})).status, 401, r.path);
      for (const t of [reader, editor]) {
        const status = (await send(app, r, bearer(t))).status;
        assert.ok(status !== 401 && status !== 403, `${r.path}: ${status}`);
      }
    }
    for (const p of OPEN) assert.equal((await app.request(p)).status, 200, p);
  });

  it("every route of the app is covered by one of the checks above", () => {
    const all = routes(fx.app({ staticRoot: "/nonexistent" }));
    const covered = new Set([...writeRoutes(fx.app()), ...readRoutes(fx.app())].map((r) => `${r.method} ${r.path}`));
    assert.deepEqual(all.filter((r) => !covered.has(`${r.method} ${r.path}`) && r.method !== "HEAD" && r.method !== "OPTIONS"), []);
  });
});
