/** The HTTP API in process (`app.request`) against a real SQLite database filled from examples/. */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { makeFixture, type Fixture } from "./fixture.ts";

let fx: Fixture;
before(async () => { fx = await makeFixture(["04-truce-announced.txt", "06-haftar-declines-to-sign.txt", "07-shelling-of-ain-zara.txt", "12-truce-collapses.txt"]); });
after(async () => { await fx.close(); });

const json = async (res: Response): Promise<any> => res.json();

describe("reads", () => {
  it("ingested the fixture", () => { assert.equal(fx.summary.stored, 4); });

  const ok: readonly [string, (body: any) => void][] = [
    ["/api/openapi.json", (b) => { assert.equal(b.openapi, "3.1.0"); assert.ok(b.paths["/api/events"].get.parameters.some((p: any) => p.name === "country")); }],
    ["/api/health", (b) => assert.equal(b.ok, true)],
    ["/api/events", (b) => { assert.ok(b.total > 5); assert.equal(b.items.length, Math.min(100, b.total)); assert.ok(b.items[0].mentions.length > 0); }],
    ["/api/events?country=lby&limit=2&offset=1", (b) => { assert.equal(b.items.length, 2); assert.equal(b.offset, 1); }],
    ["/api/events?cameo=19&from=2019-11-01&to=2019-12-31", (b) => { for (const e of b.items) assert.ok(e.cameo.startsWith("19")); }],
    ["/api/events?q=shelling", (b) => assert.ok(b.total > 0)],
    ["/api/events?country=", (b) => assert.ok(b.total > 0)],
    ["/api/articles", (b) => { assert.equal(b.total, 4); assert.ok(b.items.every((a: any) => typeof a.id === "string" && a.events >= 0)); }],
    ["/api/articles?q=truce", (b) => assert.ok(b.total > 0)],
    ["/api/search?q=truce", (b) => { assert.ok(b.items.length > 0); assert.ok(b.items[0].snippet.length > 0); }],
    ["/api/actors?limit=5", (b) => { assert.ok(b.total > 0); assert.ok(b.items.length <= 5); }],
    ["/api/ceasefires", (b) => { assert.ok(b.items.length > 0); assert.ok(Array.isArray(b.items[0].timeline)); }],
    ["/api/series", (b) => { assert.equal(b.by, "quad"); assert.ok(b.days.length > 0); for (const s of b.series) assert.equal(s.counts.length, b.days.length); }],
    ["/api/series?by=plover&country=LBY", (b) => assert.equal(b.by, "plover")],
    ["/api/series?by=acled&source=LBY&target=LBY", (b) => assert.equal(b.by, "acled")],
    ["/api/network", (b) => { assert.ok(b.nodes.length > 1); assert.ok(b.edges.length > 0); assert.ok(b.edges.every((e: any) => e.goldstein >= -10 && e.goldstein <= 10)); }],
    ["/api/summary", (b) => { assert.equal(b.counts.articles, 4); assert.ok(b.countries.some((c: any) => c.key === "LBY")); }],
    // issue 10: where each event's date came from, as a filter on every event view
    ["/api/events?date_from=publication&limit=1000", (b) => { assert.ok(b.total > 0); assert.ok(b.items.every((e: any) => e.date_from === "publication")); }],
    ["/api/events?date_from=clause&country=LBY", (b) => { assert.ok(b.total > 0); assert.ok(b.items.every((e: any) => e.date_from === "clause")); }],
    ["/api/series?date_from=sentence", (b) => assert.ok(b.series.length > 0)],
    ["/api/network?date_from=publication", (b) => assert.ok(b.nodes.length > 0)],
  ];
  for (const [path, check] of ok) {
    it(`GET ${path}`, async () => {
      const res = await fx.app().request(path);
      assert.equal(res.status, 200, await res.clone().text());
      assert.match(res.headers.get("content-type") ?? "", /application\/json/);
      check(await json(res));
    });
  }

  it("one article carries its coding and links its events to stored events", async () => {
    const list = await json(await fx.app().request("/api/articles"));
    const withEvents = list.items.find((a: any) => a.events > 0);
    const res = await fx.app().request(`/api/articles/${withEvents.id}`);
    assert.equal(res.status, 200);
    const b = await json(res);
    assert.ok(b.article.text.length > 100);
    assert.ok(b.events.length > 0 && b.actors.length > 0);
    const local = b.events[0].id;
    assert.equal(typeof b.stored_events[local], "string");
    const one = await fx.app().request(`/api/events/${encodeURIComponent(b.stored_events[local])}`);
    assert.equal(one.status, 200);
    assert.equal((await json(one)).id, b.stored_events[local]);
  });

  const bad: readonly [string, number, string][] = [
    ["/api/events?from=yesterday", 400, "invalid_input"],
    ["/api/events?limit=0", 400, "invalid_input"],
    ["/api/events?limit=5000", 400, "invalid_input"],
    ["/api/events?cameo=abc", 400, "invalid_input"],
    ["/api/events?bogus=1", 400, "invalid_input"],
    ["/api/series?by=weather", 400, "invalid_input"],
    ["/api/events?date_from=tomorrow", 400, "invalid_input"],
    ["/api/events?date_from=Publication", 400, "invalid_input"],
    ["/api/network?date_from=unknown", 400, "invalid_input"],
    ["/api/search", 400, "invalid_input"],
    ["/api/articles/nope", 404, "not_found"],
    ["/api/articles/%3Cscript%3E", 400, "invalid_input"],
    ["/api/events/nope", 404, "not_found"],
    ["/api/nothing-here", 404, "not_found"],
  ];
  it("date_from: the three sources split the dated events, and a bad value says which values there are", async () => {
    const total = async (q: string): Promise<number> => (await json(await fx.app().request(`/api/events?limit=1${q}`))).total;
    const all = await total("");
    const parts = [await total("&date_from=clause"), await total("&date_from=sentence"), await total("&date_from=publication")];
    assert.ok(parts.every((n) => n > 0), String(parts));
    const undated = (await json(await fx.app().request("/api/events?limit=1000"))).items.filter((e: any) => e.date === null).length;
    assert.equal(parts.reduce((a, b) => a + b, 0) + undated, all);
    const res = await fx.app().request("/api/events?date_from=tomorrow");
    assert.equal(res.status, 400);
    assert.equal((await json(res)).error.message, "invalid query: date_from: one of clause, sentence, publication");
    const spec = await json(await fx.app().request("/api/openapi.json"));
    const param = spec.paths["/api/events"].get.parameters.find((p: any) => p.name === "date_from");
    assert.deepEqual(param?.schema?.enum, ["clause", "sentence", "publication"]);
  });

  for (const [path, status, code] of bad) {
    it(`GET ${path} → ${status}`, async () => {
      const res = await fx.app().request(path);
      assert.equal(res.status, status);
      assert.equal((await json(res)).error.code, code);
    });
  }
});

describe("security headers", () => {
  it("sends a strict CSP and no-sniff on API and pages", async () => {
    for (const path of ["/api/events", "/api/openapi.json"]) {
      const res = await fx.app().request(path);
      const csp = res.headers.get("content-security-policy") ?? "";
      assert.match(csp, /default-src 'self'/);
      assert.match(csp, /script-src 'self'/);
      assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
      assert.match(csp, /require-trusted-types-for 'script'/);
      assert.equal(res.headers.get("x-content-type-options"), "nosniff");
      assert.equal(res.headers.get("x-frame-options"), "DENY");
    }
  });
});
