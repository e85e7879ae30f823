/**
 * The storage contract: every backend runs these cases unchanged (drizzle-style: one suite, one call per driver).
 * `makeStore` returns a fresh, empty store on a real database.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Store } from "../../src/store/types.ts";
import { similarity } from "../../src/ingest/minhash.ts";
import { ceasefireRecords } from "../../src/ingest/ceasefire/load.ts";
import { gdeltRow, GDELT_COLUMNS } from "../../src/store/export/gdelt.ts";
import { acledRow, ACLED_COLUMNS } from "../../src/store/export/acled.ts";
import { eventRow, EVENT_COLUMNS } from "../../src/store/export/events.ts";
import { ACTORS, WIRE, article, ceasefire, event, record } from "./fixtures.ts";
import { readContract } from "./contract-reads.ts";
import { dateFromContract } from "./contract-date-from.ts";
import type { LegacyBackend } from "./legacy-v3.ts";

/** `legacy`, where given, builds databases of an older schema, for the cases that upgrade one in place */
export function storeContract(name: string, makeStore: () => Promise<Store>, legacy?: LegacyBackend): void {
  readContract(name, makeStore);
  dateFromContract(name, makeStore, legacy);
  const withStore = (title: string, fn: (store: Store) => Promise<void>): void => {
    test(`${name}: ${title}`, async () => {
      const store = await makeStore();
      try { await fn(store); } finally { await store.close(); }
    });
  };

  withStore("stores an article with its events, actors, quotes and reads it back", async (store) => {
    const coded = article({ id: "n1", text: WIRE, published: "2031-03-02", source: "Wire A", title: "Clashes in Portville",
      events: [event({ id: "e1" })] });
    const out = await store.putArticle(record(coded));
    assert.deepEqual(out, { status: "stored", id: "n1", events: 1, merged: 0 });
    const back = await store.getArticle("n1");
    assert.equal(back?.text, WIRE);
    assert.equal(back?.coded.events.length, 1);
    assert.equal(back?.coded.article.text, WIRE);
    assert.equal(back?.story, "n1");
    const counts = await store.counts();
    assert.deepEqual(counts, { articles: 1, stories: 1, events: 1, event_mentions: 1, actors: 4, ceasefire_mentions: 0 });
  });

  withStore("changes its data version with every stored article, and only then", async (store) => {
    const v0 = await store.dataVersion();
    assert.equal(await store.dataVersion(), v0);
    await store.events();
    assert.equal(await store.dataVersion(), v0, "a read is not a change");
    await store.putArticle(record(article({ id: "n1", text: WIRE, events: [event({ id: "e1" })] })));
    const v1 = await store.dataVersion();
    assert.notEqual(v1, v0);
    await store.putArticles([record(article({ id: "n2", text: `${WIRE} More.` }))]);
    assert.notEqual(await store.dataVersion(), v1);
  });

  withStore("the same read asked again after a write sees the write", async (store) => {
    await store.putArticle(record(article({ id: "n1", text: WIRE, events: [event({ id: "e1" })] })));
    const reads = () => Promise.all([store.counts(), store.eventPage({ limit: 5 }), store.eventFacets(), store.eventSeries({}, "quad"),
      store.eventNetwork(), store.listArticles({ limit: 5, offset: 0 }), store.countActors()]);
    const before = await reads();
    assert.deepEqual(await reads(), before);
    await store.putArticle(record(article({ id: "n2", text: `${WIRE} Again.`, published: "2031-03-04", actors: [ACTORS.norMil!, ACTORS.reb!, ACTORS.nor!],
      events: [event({ id: "e1", cameo: "193", date: "2031-03-04" })] })));
    const [counts, page, facets, series, network, articles] = await reads();
    assert.equal(counts.events, 2);
    assert.equal(page.total, 2);
    assert.deepEqual(facets.cameo_roots, [{ key: "19", count: 2 }]);
    assert.equal(series.rows.reduce((n, r) => n + r.count, 0), 2);
    assert.equal(network.pairs.reduce((n, p) => n + p.events, 0), 2);
    assert.equal(articles.total, 2);
  });

  withStore("recognises the same content again, by hash and by input hash", async (store) => {
    const r = record(article({ id: "n1", text: WIRE }));
    await store.putArticle(r);
    assert.deepEqual(await store.putArticle({ ...r, coded: { ...r.coded, id: "other" } }), { status: "duplicate", id: "n1" });
    assert.equal(await store.findByHash(r.hash), "n1");
    assert.equal(await store.findByInputHash(r.inputHash), "n1");
    assert.equal(await store.findByHash("nope"), null);
    assert.equal((await store.counts()).articles, 1);
  });

  withStore("keeps a different article that reuses an id, under a suffixed id", async (store) => {
    await store.putArticle(record(article({ id: "n1", text: WIRE })));
    const out = await store.putArticle(record(article({ id: "n1", text: `${WIRE} Later that day the guns fell silent.` })));
    assert.equal(out.status, "stored");
    assert.match(out.id, /^n1~[0-9a-f]{8}$/);
  });

  withStore("links a near-duplicate to the first article's story", async (store) => {
    const first = record(article({ id: "w1", text: WIRE, source: "Wire A" }));
    await store.putArticle(first);
    const copy = record(article({ id: "w2", text: WIRE.replace("residents said", "local people said"), source: "Site B" }));
    const candidates = await store.findSimilar(copy.bands);
    assert.deepEqual(candidates.map((c) => c.id), ["w1"]);
    const sim = similarity(copy.signature, candidates[0]!.signature);
    assert.ok(sim > 0.6, `similarity ${sim}`);
    await store.putArticle({ ...copy, nearDuplicateOf: "w1", similarity: sim });
    const back = await store.getArticle("w2");
    assert.equal(back?.story, "w1");
    assert.equal(back?.near_duplicate_of, "w1");
    assert.equal((await store.counts()).stories, 1);
    const other = record(article({ id: "o1", text: "Talks on grain exports opened in a lakeside town with delegates from six states." }));
    assert.deepEqual(await store.findSimilar(other.bands), []);
  });

  withStore("merges one event reported by several articles, keeping every source sentence", async (store) => {
    const a = article({ id: "a", text: "The army clashed with rebels in Portville on Sunday.", source: "Wire A", published: "2031-03-03",
      url: "https://a.example/1", events: [event({ id: "e1", span: [0, 31] }), event({ id: "e2", cameo: "040", cameo_name: "Consult", plover: "CONSULT", acled: null, goldstein: 1, quad_class: 1, span: [4, 8] })] });
    const b = article({ id: "b", text: "Rebels and soldiers fought near Portville harbour late on Monday.", source: "Paper B", published: "2031-03-04",
      events: [event({ id: "x9", date: "2031-03-03", sentence: 0, span: [0, 26] })] });
    const c = article({ id: "c", text: "A week later the army and the rebels clashed again.", source: "Paper B", published: "2031-03-10",
      events: [event({ id: "e1", date: "2031-03-09" })] });
    await store.putArticle(record(a));
    const outB = await store.putArticle(record(b));
    assert.equal(outB.status === "stored" && outB.merged, 1);
    await store.putArticle(record(c));
    const fights = await store.events({ cameo: "190" });
    assert.equal(fights.length, 2);
    const merged = fights[0]!;
    assert.deepEqual(merged.articles, ["a", "b"]);
    assert.deepEqual(merged.sources, ["Wire A", "Paper B"]);
    assert.equal(merged.num_articles, 2);
    assert.equal(merged.num_sources, 2);
    assert.equal(merged.num_mentions, 2);
    assert.deepEqual(merged.mentions.map((m) => [m.article, m.event, m.sentence, m.span, m.text]), [
      ["a", "e1", 0, [0, 31], "The army clashed with rebels in"],
      ["b", "x9", 0, [0, 26], "Rebels and soldiers fought"],
    ]);
    assert.equal(merged.mentions[0]?.url, "https://a.example/1");
    assert.equal(fights[1]?.articles[0], "c");
    assert.equal((await store.counts()).events, 3);
  });

  withStore("counts a near-duplicate copy as one article of an event, but as another source", async (store) => {
    const ev = [event({ id: "e1" })];
    await store.putArticle(record(article({ id: "w1", text: WIRE, source: "Wire A", events: ev })));
    await store.putArticle(record(article({ id: "w2", text: `${WIRE} (Wire)`, source: "Site B", events: ev }), { nearDuplicateOf: "w1" }));
    const [e] = await store.events();
    assert.equal(e?.num_articles, 1);
    assert.equal(e?.num_sources, 2);
    assert.deepEqual(e?.articles, ["w1", "w2"]);
  });

  withStore("searches article text and titles", async (store) => {
    await store.putArticle(record(article({ id: "w1", text: WIRE, title: "Clashes in Portville" })));
    await store.putArticle(record(article({ id: "g1", text: "Grain talks opened by the lake with six delegations.", title: "Grain talks" })));
    assert.deepEqual((await store.searchArticles("mortar")).map((h) => h.id), ["w1"]);
    assert.deepEqual((await store.searchArticles("grain talks")).map((h) => h.id), ["g1"]);
    assert.deepEqual(await store.searchArticles('"unbalanced (quote'), []);
  });

  withStore("filters events by country, actor, dates, CAMEO, PLOVER, ACLED and text", async (store) => {
    const talks = event({ id: "t1", cameo: "0431", cameo_name: "Host a visit", plover: "CONSULT", acled: null, goldstein: 2.8, quad_class: 1,
      source: [{ actor: "a4", name: "Egypt", code: "EGY", country: "EGY" }], target: [], location: { name: "Cairo", country: "EGY", admin1: null, lat: 30, lon: 31 }, date: "2031-04-01" });
    await store.putArticle(record(article({ id: "w1", text: WIRE, events: [event({ id: "e1" })] })));
    await store.putArticle(record(article({ id: "t", text: "Envoys met in Cairo for talks.", events: [talks] })));
    const ids = async (f: Parameters<Store["events"]>[0]): Promise<string[]> => (await store.events(f)).map((e) => e.articles[0]!);
    const cases: [Parameters<Store["events"]>[0], string[]][] = [
      [{}, ["w1", "t"]], [{ country: "EGY" }, ["t"]], [{ country: "nor" }, ["w1"]], [{ actor: "NORMIL" }, ["w1"]],
      [{ actor: "egypt" }, ["t"]], [{ from: "2031-03-15" }, ["t"]], [{ to: "2031-03-15" }, ["w1"]], [{ cameo: "04" }, ["t"]],
      [{ plover: "assault" }, ["w1"]], [{ acled: "Battles" }, ["w1"]], [{ acled: "armed clash" }, ["w1"]],
      [{ text: "envoys cairo" }, ["t"]], [{ fighting: true }, ["w1"]], [{ article: "t" }, ["t"]], [{ limit: 1 }, ["w1"]],
    ];
    for (const [filter, expected] of cases) assert.deepEqual(await ids(filter), expected, JSON.stringify(filter));
  });

  withStore("aggregates actors across articles", async (store) => {
    await store.putArticle(record(article({ id: "w1", text: WIRE, published: "2031-03-02" })));
    await store.putArticle(record(article({ id: "w2", text: "Other text entirely about the army.", published: "2031-03-09", actors: [ACTORS.norMil!] })));
    const actors = await store.actors();
    assert.equal(actors[0]?.key, "NORMIL:norland army");
    assert.equal(actors[0]?.num_articles, 2);
    assert.equal(actors[0]?.first_seen, "2031-03-02");
    assert.equal(actors[0]?.last_seen, "2031-03-09");
    assert.deepEqual((await store.actors({ country: "EGY" })).map((a) => a.name), ["Egypt"]);
    assert.deepEqual((await store.actors({ name: "front" })).map((a) => a.name), ["Southern Front"]);
  });

  withStore("stores ceasefire mentions with parties resolved and evidence linked to stored events", async (store) => {
    const coded = article({ id: "c1", text: "The army and the Southern Front agreed a truce in Cairo.", published: "2031-03-01",
      events: [event({ id: "e1", cameo: "0871", cameo_name: "Declare ceasefire", plover: "CONCEDE", acled: null, span: [0, 45] })],
      ceasefires: [ceasefire({ declared: "2031-03-01", evidence: ["e1"], terms: ["withdraw to the lines of March"] })] });
    await store.putArticle(record(coded));
    const [m] = await store.ceasefireMentions();
    assert.equal(m?.status, "declared");
    assert.deepEqual(m?.parties.map((p) => p.code), ["NORMIL", "NORREB"]);
    assert.deepEqual(m?.mediators.map((p) => p.name), ["Egypt"]);
    assert.deepEqual(m?.evidence, ["c1/e1"]);
    assert.deepEqual(m?.evidence_text, ["The army and the Southern Front agreed a truc"]);
    assert.deepEqual(m?.terms, ["withdraw to the lines of March"]);
    assert.equal((await store.ceasefireMentions({ country: "EGY" })).length, 0);
  });

  withStore("leaves nothing behind when an article fails mid-transaction", async (store) => {
    const bad = article({ id: "bad", text: WIRE, events: [event({ id: "e1" }), event({ id: "e2", cameo: null as unknown as string })] });
    await assert.rejects(store.putArticle(record(bad)));
    assert.deepEqual(await store.counts(), { articles: 0, stories: 0, events: 0, event_mentions: 0, actors: 0, ceasefire_mentions: 0 });
    assert.equal((await store.searchArticles("mortar")).length, 0);
  });

  withStore("exports stored events as CSV, GDELT and ACLED rows", async (store) => {
    await store.putArticle(record(article({ id: "w1", text: WIRE, source: "Wire A", url: "https://a.example/1", events: [event({ id: "e1" })] })));
    const [e] = await store.events();
    const gdelt = Object.fromEntries(GDELT_COLUMNS.map((c, i) => [c, gdeltRow(e!)[i]]));
    assert.deepEqual({ ...gdelt, GLOBALEVENTID: 1 }, {
      GLOBALEVENTID: 1, SQLDATE: "20310302", Actor1Code: "NORMIL", Actor1Name: "NORLAND ARMY", Actor1CountryCode: "NOR",
      Actor2Code: "NORREB", Actor2Name: "SOUTHERN FRONT", Actor2CountryCode: "NOR", IsRootEvent: 1, EventCode: "190",
      EventBaseCode: "190", EventRootCode: "19", QuadClass: 4, GoldsteinScale: -10, NumMentions: 1, NumSources: 1,
      NumArticles: 1, AvgTone: 0, ActionGeo_FullName: "Portville, Coast, NOR", ActionGeo_CountryCode: "NOR",
      ActionGeo_Lat: 10.5, ActionGeo_Long: 20.25, SOURCEURL: "https://a.example/1",
    });
    const acled = Object.fromEntries(ACLED_COLUMNS.map((c, i) => [c, acledRow(e!, (c3) => (c3 === "NOR" ? "Norland" : undefined))[i]]));
    assert.equal(acled["event_type"], "Battles");
    assert.equal(acled["country"], "Norland");
    assert.equal(acled["inter1"], 1);
    assert.equal(acled["inter2"], 2);
    assert.equal(acled["year"], "2031");
    assert.equal(acled["fatalities"], 0);
    assert.equal(eventRow(e!).length, EVENT_COLUMNS.length);
  });

  withStore("follows a ceasefire across articles: declared, in force, violated, collapsed", async (store) => {
    const put = (id: string, published: string, cf: Parameters<typeof ceasefire>[0], events: ReturnType<typeof event>[] = []) =>
      store.putArticle(record(article({ id, text: `${id}: ${WIRE}`, published, source: `Outlet ${id}`, events, ceasefires: [ceasefire(cf)] })));
    await put("p1", "2031-02-20", { status: "proposed" });
    await put("d1", "2031-03-01", { status: "declared", declared: "2031-03-01", effective: "2031-03-02" });
    await put("f1", "2031-03-03", { status: "in_force", declared: "2031-03-01", effective: "2031-03-02" },
      [event({ id: "x", date: "2031-03-04" }), event({ id: "y", date: "2031-03-04", cameo: "193", span: [1, 9] }), event({ id: "z", date: "2031-02-25" })]);
    await put("z1", "2031-03-10", { status: "collapsed", declared: "2031-03-01" });
    const records = await ceasefireRecords(store);
    assert.equal(records.length, 1);
    const r = records[0]!;
    assert.equal(r.country, "NOR");
    assert.deepEqual(r.parties.map((p) => p.name), ["Norland army", "Southern Front"]);
    assert.deepEqual(r.mediators.map((p) => p.name), ["Egypt"]);
    assert.equal(r.declared, "2031-03-01");
    assert.equal(r.effective, "2031-03-02");
    assert.equal(r.status, "collapsed");
    assert.deepEqual(r.timeline.map((t) => [t.date, t.status]), [
      ["2031-02-20", "proposed"], ["2031-03-01", "declared"], ["2031-03-02", "in_force"], ["2031-03-04", "violated"], ["2031-03-10", "collapsed"],
    ]);
    assert.deepEqual(r.violations, [{ date: "2031-03-04", count: 2 }]);
    assert.deepEqual(r.articles.slice().sort(), ["d1", "f1", "p1", "z1"]);
    assert.deepEqual(await ceasefireRecords(store, { country: "EGY" }), []);
  });
}
