/**
 * SQL (and full-text query) injection through every parameter of every read route, taken from the OpenAPI
 * document, on SQLite and, when it answers, PostgreSQL. Every payload carries the marker word "qzx", which no
 * stored article contains, so a filter read literally matches nothing: any row in the answer is an extra row an
 * injected condition let through. No answer may be a 5xx, and the stored data must be unchanged afterwards.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { openApiDocument } from "../../src/server/openapi.ts";
import { openBackend, postgresUnavailable, type Backend } from "./backends.ts";
import { readRoutes } from "./routes.ts";

const PAYLOADS: readonly string[] = [
  "qzx' OR '1'='1", "qzx' OR 1=1 --", "qzx\" OR \"\"=\"", "qzx') OR ('a'='a", "qzx%' OR '%'='", "qzx' OR 'x' LIKE '%",
  "qzx'; DROP TABLE events; --", "qzx'; DELETE FROM articles; --", "qzx' UNION SELECT hash, id, role, label, created FROM api_tokens --",
  "qzx' UNION SELECT NULL, NULL, NULL --", "qzx'/**/OR/**/1=1", "qzx' || '", "qzx\\' OR 1=1 --", "qzx'' OR ''=''",
  "qzx`; SELECT 1; --", "qzx$$ OR $$1$$=$$1", "qzx' AND pg_sleep(2) IS NULL --", "qzx'; SELECT sqlite_version(); --",
  "qzx' OR EXISTS(SELECT 1) --", "qzx\u0000' OR 1=1 --", "qzx%", "qzx_", "qzx*", "qzx%%", "qzx\"*", "qzx NEAR(a b)",
  "qzx\" AND \"", "qzx^", "qzx:*", "text:qzx", "{qzx}", "qzx)", "(qzx", "qzx -", "qzx\"", "qzx'", "qzx;", "qzx\\",
  "qzx' OR country IS NOT NULL --", "qzx' OR actor LIKE '%", `qzx${"'".repeat(300)}`, `qzx ${"OR 1=1 ".repeat(20).trim()}`,
  "qzx\u202e' OR 1=1", "q\u0301zx' OR 1=1 --",
];

interface Slot { readonly path: string; readonly param: string; readonly where: "query" | "path" }

/** every (route, parameter) the API documents */
function slots(): Slot[] {
  const paths = (openApiDocument()["paths"] ?? {}) as Record<string, { get?: { parameters?: { name: string; in: "query" | "path" }[] } }>;
  return Object.entries(paths).flatMap(([path, item]) => (item.get?.parameters ?? []).map((p) => ({ path, param: p.name, where: p.in })));
}

function request(s: Slot, value: string): string {
  if (s.where === "path") return s.path.replace(`{${s.param}}`, encodeURIComponent(value));
  // series' source and target go together; the rest stand alone
  const extra = s.path === "/api/series" && (s.param === "source" || s.param === "target") ? `&${s.param === "source" ? "target" : "source"}=LBY` : "";
  return `${s.path}?${s.param}=${encodeURIComponent(value)}${extra}`;
}

/** rows in an answer, whatever its shape */
function rows(body: Record<string, unknown>): number {
  if (typeof body["total"] === "number") return body["total"];
  for (const k of ["items", "nodes", "days"]) if (Array.isArray(body[k])) return (body[k] as unknown[]).length;
  return 1;
}

let pgWhy: string | null = null;
before(async () => { pgWhy = await postgresUnavailable(); });

for (const kind of ["sqlite", "postgres"] as const) {
  describe(`injection through read routes on ${kind}`, () => {
    let b: Backend | null = null;
    before(async () => { if (kind === "sqlite" || pgWhy === null) b = await openBackend(kind, ["04-truce-announced.txt", "07-shelling-of-ain-zara.txt", "12-truce-collapses.txt"]); });
    after(async () => { await b?.close(); });

    it("documents every read route, so every route's parameters are tried", (t) => {
      if (!b) return t.skip(`PostgreSQL not reachable: ${pgWhy}`);
      const documented = new Set(Object.keys(openApiDocument()["paths"] as object));
      const missing = readRoutes(b.app).map((r) => r.path.replace(/:(\w+)/g, "{$1}")).filter((p) => p.startsWith("/api/") && p !== "/api/openapi.json" && !documented.has(p));
      assert.deepEqual(missing, []);
    });

    it("no payload in any parameter gives a 5xx or a row the literal filter cannot match, and nothing is changed", async (t) => {
      if (!b) return t.skip(`PostgreSQL not reachable: ${pgWhy}`);
      const app = b.app;
      const before = await (await app.request("/api/summary")).json() as { counts: unknown };
      assert.equal(((await (await app.request("/api/search?q=qzx")).json()) as { items: unknown[] }).items.length, 0, "the marker is in no article");
      assert.ok(rows(await (await app.request("/api/events")).json() as Record<string, unknown>) > 5, "there are rows to leak");
      const statuses = new Map<number, number>();
      const leaks: string[] = [];
      let tried = 0;
      const all = slots().filter((s) => s.path !== "/api/health" && s.path !== "/api/openapi.json");
      for (const s of all) {
        for (const p of PAYLOADS) {
          const path = request(s, p);
          const res = await app.request(path);
          tried++;
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          if (res.status >= 500) { leaks.push(`${path}: ${res.status}`); continue; }
          if (res.status !== 200) continue;
          const n = rows(await res.json() as Record<string, unknown>);
          // a single-object answer (an id that exists) cannot come from a payload id
          if (n > 0) leaks.push(`${path}: ${n} rows`);
        }
      }
      const after = await (await app.request("/api/summary")).json() as { counts: unknown };
      console.log(`injection (${kind}): ${tried} reads over ${all.length} parameters of ${new Set(all.map((s) => s.path)).size} routes and ${PAYLOADS.length} payloads; statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
      assert.deepEqual(leaks, []);
      assert.deepEqual(after.counts, before.counts, "the store is unchanged");
    });
  });
}
