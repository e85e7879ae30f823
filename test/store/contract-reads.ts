/**
 * The read half of the storage contract: pages, cursors and the aggregates the database computes. Every aggregate is
 * checked against the same numbers computed in JS over every stored event (reference.ts), on a varied set of
 * articles: several CAMEO roots, negated, undated and month-dated events, shared and self-facing actors.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import type { CodedEvent } from "../../src/types.ts";
import type { EventFilter, Store, StoredEvent } from "../../src/store/types.ts";
import { timeSeries } from "../../src/server/series.ts";
import { actorNetwork } from "../../src/server/network.ts";
import { ACTORS, PORTVILLE, article, event, record, ref } from "./fixtures.ts";
import { referenceFacets, referenceNetwork, referenceSeries, sideMatches } from "./reference.ts";

const nor = ref(ACTORS.nor!), mil = ref(ACTORS.norMil!), reb = ref(ACTORS.reb!), egy = ref(ACTORS.med!);
const CAIRO = { name: "Cairo", country: "EGY", admin1: null, lat: 30, lon: 31 };

/** Event i of a made-up month of reports: kinds, sides, dates and places vary with i. */
function varied(i: number): CodedEvent {
  const kinds = [
    { cameo: "190", cameo_name: "Use conventional military force", plover: "ASSAULT", acled: { event_type: "Battles", sub_event_type: "Armed clash" }, goldstein: -10, quad_class: 4 },
    { cameo: "040", cameo_name: "Consult", plover: "CONSULT", acled: null, goldstein: 1, quad_class: 1 },
    { cameo: "0871", cameo_name: "Declare ceasefire", plover: "CONCEDE", acled: { event_type: "Strategic developments", sub_event_type: "Agreement" }, goldstein: 5, quad_class: 2 },
    { cameo: "112", cameo_name: "Accuse", plover: "ACCUSE", acled: null, goldstein: -2, quad_class: 3 },
    { cameo: "195", cameo_name: "Employ aerial weapons", plover: null, acled: { event_type: "Explosions/Remote violence", sub_event_type: "Air/drone strike" }, goldstein: -9.5, quad_class: 4 },
  ] as const;
  const sides: [CodedEvent["source"], CodedEvent["target"]][] = [
    [[mil], [reb]], [[egy], [nor, reb]], [[mil, reb], [egy]], [[reb], [mil]],
    // one actor spelled two ways, and an actor facing itself
    [[{ ...mil, name: "Norland  Army" }], [reb]], [[nor], [nor]],
  ];
  const [source, target] = sides[i % sides.length]!;
  const day = String(1 + ((i * 7) % 27)).padStart(2, "0");
  const date = i % 11 === 5 ? null : `2031-0${1 + (i % 3)}-${day}`;
  return event({
    id: `e${i}`, ...kinds[i % kinds.length]!, source, target, negated: i % 9 === 4,
    date, date_precision: date === null ? null : i % 13 === 6 ? "month" : "day",
    date_from: date === null ? null : (["clause", "sentence", "publication"] as const)[i % 3]!,
    location: i % 4 === 3 ? CAIRO : i % 10 === 7 ? null : PORTVILLE, span: [0, 10], sentence: 0,
  });
}

/** 30 articles, each with one to three events of its own (distinct days and kinds keep most from merging). */
async function fill(store: Store): Promise<void> {
  let n = 0;
  for (let a = 0; a < 30; a++) {
    const events = Array.from({ length: 1 + (a % 3) }, () => varied(n++)).map((e, j) => ({ ...e, id: `e${j}` }));
    const published = a % 8 === 7 ? null : `2031-0${1 + (a % 3)}-${String(1 + (a % 27)).padStart(2, "0")}`;
    await store.putArticle(record(article({ id: `r${String(a).padStart(2, "0")}`, text: `Report ${a} from the front: ${"word ".repeat(a)}end.`,
      published, source: `Outlet ${a % 4}`, events })));
  }
}

const FILTERS: EventFilter[] = [
  {}, { country: "EGY" }, { actor: "NORREB" }, { cameo: "19" }, { from: "2031-02-01", to: "2031-02-28" }, { plover: "consult" },
  { source: "NORMIL" }, { target: "front" }, { source: "egy", target: "NOR" },
  { date_from: "publication" }, { date_from: "clause", country: "EGY" },
];

export function readContract(name: string, makeStore: () => Promise<Store>): void {
  const withStore = (title: string, fn: (store: Store, all: readonly StoredEvent[]) => Promise<void>): void => {
    test(`${name}: ${title}`, async () => {
      const store = await makeStore();
      try { await fill(store); await fn(store, await store.events()); } finally { await store.close(); }
    });
  };
  const matching = (all: readonly StoredEvent[], f: EventFilter, store: Store) => async (): Promise<StoredEvent[]> => {
    const { source, target, ...rest } = f;
    const base = await store.events(rest);
    return base.filter((e) => (!source || sideMatches(e.source, source)) && (!target || sideMatches(e.target, target)));
  };

  withStore("pages events by cursor through every event once, in the store's order, with the filter's total", async (store, all) => {
    assert.ok(all.length > 40, `${all.length} events`);
    for (const filter of FILTERS) {
      const expected = await matching(all, filter, store)();
      const seen: string[] = [];
      let after: string | undefined;
      for (let pages = 0; pages < 100; pages++) {
        const page = await store.eventPage({ ...filter, limit: 7, ...(after ? { after } : {}) });
        assert.equal(page.total, expected.length, JSON.stringify(filter));
        assert.ok(page.items.length <= 7);
        seen.push(...page.items.map((e) => e.id));
        if (page.next === null) break;
        after = page.next;
      }
      assert.deepEqual(seen, expected.map((e) => e.id), JSON.stringify(filter));
    }
  });

  withStore("pages by offset like slicing the whole list; a bad cursor throws; the default page is bounded", async (store, all) => {
    const page = await store.eventPage({ limit: 5, offset: 12 });
    assert.deepEqual(page.items.map((e) => e.id), all.slice(12, 17).map((e) => e.id));
    assert.deepEqual(page.items, all.slice(12, 17));
    const last = await store.eventPage({ limit: 5, offset: all.length - 2 });
    assert.equal(last.items.length, 2);
    assert.equal(last.next, null);
    assert.equal((await store.eventPage()).items.length, Math.min(100, all.length));
    await assert.rejects(store.eventPage({ after: "not-a-cursor" }), /cursor/);
  });

  withStore("a cursor keeps its place while new events are stored before and after it", async (store, all) => {
    const first = await store.eventPage({ limit: 10 });
    await store.putArticle(record(article({ id: "late", text: "A late report of fighting before the year began.",
      events: [event({ id: "x1", cameo: "193", date: "2030-12-31" }), event({ id: "x2", cameo: "193", date: "2031-12-31" })] })));
    const second = await store.eventPage({ limit: 10, after: first.next! });
    assert.deepEqual(second.items.map((e) => e.id), all.slice(10, 20).map((e) => e.id));
    assert.equal(second.total, all.length + 2);
  });

  withStore("filters by where the date came from exactly as filtering every event does", async (store, all) => {
    for (const from of ["clause", "sentence", "publication"] as const) {
      const expected = all.filter((e) => e.date_from === from);
      assert.ok(expected.length > 3, `${expected.length} ${from}`);
      assert.deepEqual(await store.events({ date_from: from }), expected, from);
    }
    assert.ok(all.some((e) => e.date === null && e.date_from === null));
  });

  withStore("gets one event by id", async (store, all) => {
    for (const e of [all[0]!, all[all.length - 1]!, all[17]!]) assert.deepEqual(await store.getEvent(e.id), e);
    assert.equal(await store.getEvent("nope"), null);
  });

  withStore("counts the time series in the database exactly as counting every event does", async (store, all) => {
    for (const by of ["quad", "plover", "acled"] as const) {
      for (const filter of FILTERS) {
        const events = await matching(all, filter, store)();
        assert.deepEqual(timeSeries(await store.eventSeries(filter, by), by), referenceSeries(events, by), `${by} ${JSON.stringify(filter)}`);
      }
    }
    const s = timeSeries(await store.eventSeries({}, "quad"), "quad");
    assert.ok(s.skipped.negated > 0 && s.skipped.undated > 0 && s.series.length === 4, JSON.stringify(s.skipped));
  });

  withStore("builds the actor network from database counts exactly as from every event", async (store, all) => {
    const canonical = (n: ReturnType<typeof actorNetwork>) => ({
      nodes: n.nodes,
      edges: [...n.edges].sort((a, b) => b.events - a.events || a.source.localeCompare(b.source) || a.target.localeCompare(b.target)),
    });
    for (const filter of FILTERS) {
      for (const size of [2, 3, 60]) {
        const events = await matching(all, filter, store)();
        assert.deepEqual(canonical(actorNetwork(await store.eventNetwork(filter), size)), canonical(referenceNetwork(events, size)),
          `${size} ${JSON.stringify(filter)}`);
      }
    }
    const net = actorNetwork(await store.eventNetwork({}), 60);
    assert.ok(net.nodes.some((n) => n.id === "NORMIL:norland army" && n.events > 5), "two spellings of the army are one node");
    assert.ok(net.edges.every((e) => e.source !== e.target), "no self edges");
  });

  withStore("counts the summary facets in the database exactly as counting every event does", async (store, all) => {
    assert.deepEqual(await store.eventFacets(), referenceFacets(all));
  });

  withStore("lists articles newest first, undated last, with their coded counts, paged by the database", async (store) => {
    const page = await store.listArticles({ limit: 100, offset: 0 });
    assert.equal(page.total, 30);
    const dated = page.items.filter((a) => a.published !== null);
    assert.deepEqual(dated.map((a) => a.published), dated.map((a) => a.published).sort().reverse());
    assert.deepEqual(page.items.slice(dated.length).map((a) => a.id), ["r07", "r15", "r23"]);
    const one = page.items.find((a) => a.id === "r05")!;
    assert.deepEqual({ ...one }, { id: "r05", title: null, source: "Outlet 1", published: "2031-03-06", url: null, story: "r05",
      near_duplicate_of: null, events: 3, actors: 4, quotes: 1, ceasefires: 0 });
    assert.deepEqual((await store.listArticles({ limit: 4, offset: 10 })).items, page.items.slice(10, 14));
  });

  withStore("counts and pages actors in the database", async (store) => {
    const all = await store.actors();
    assert.equal(await store.countActors(), all.length);
    assert.deepEqual(await store.actors({ limit: 2, offset: 1 }), all.slice(1, 3));
    assert.deepEqual(await store.actors({ offset: 2 }), all.slice(2));
    assert.equal(await store.countActors({ country: "EGY" }), 1);
  });
}
