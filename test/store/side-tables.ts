/**
 * What the side-table tests of both backends share (issue 11, reads under ingest): random articles to ingest (merges,
 * negations, undated and month-dated events, actors without a country, one actor on both sides, duplicates), and the
 * check that every aggregate the side tables answer equals the same aggregate recounted over every stored event.
 */
import assert from "node:assert/strict";
import type { CodedEvent } from "../../src/types.ts";
import type { ArticleRecord, EventFacets, EventFilter, NetworkCounts, SeriesBy, SeriesCounts } from "../../src/store/types.ts";
import { ACTORS, PORTVILLE, article, event, record, ref } from "./fixtures.ts";

/** A small deterministic generator (mulberry32), so a failure can be replayed from its seed. */
export { seededRandom as random } from "../../src/syntax/random.ts";

const KINDS = [
  { cameo: "190", cameo_name: "Use conventional military force", plover: "ASSAULT", acled: { event_type: "Battles", sub_event_type: "Armed clash" }, goldstein: -10, quad_class: 4 },
  { cameo: "040", cameo_name: "Consult", plover: "CONSULT", acled: null, goldstein: 1, quad_class: 1 },
  { cameo: "0871", cameo_name: "Declare ceasefire", plover: "CONCEDE", acled: { event_type: "Strategic developments", sub_event_type: "Agreement" }, goldstein: 5, quad_class: 2 },
  { cameo: "112", cameo_name: "Accuse", plover: null, acled: null, goldstein: -2.1, quad_class: 3 },
  { cameo: "195", cameo_name: "Employ aerial weapons", plover: "", acled: { event_type: "Explosions/Remote violence", sub_event_type: "Air/drone strike" }, goldstein: -9.5, quad_class: 4 },
] as const;
const nor = ref(ACTORS.nor!), mil = ref(ACTORS.norMil!), reb = ref(ACTORS.reb!), egy = ref(ACTORS.med!);
const stateless = { actor: "a9", name: "Unnamed gunmen", code: "", country: null };
const SIDES: [CodedEvent["source"], CodedEvent["target"]][] = [
  [[mil], [reb]], [[egy], [nor, reb]], [[mil, reb], [egy]], [[reb], [mil]], [[stateless], [mil]], [[nor], [nor]], [[mil, mil], [reb]],
];
const PLACES = [PORTVILLE, { name: "Cairo", country: "EGY", admin1: null, lat: 30, lon: 31 }, null];

/** `n` random articles of one to four events; about one in ten repeats an earlier one (a duplicate). */
export function randomRecords(rand: () => number, n: number, tag: string): ArticleRecord[] {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const out: ArticleRecord[] = [];
  for (let i = 0; i < n; i++) {
    if (out.length > 0 && rand() < 0.1) { out.push(pick(out)); continue; }
    const events = Array.from({ length: 1 + Math.floor(rand() * 4) }, (_, j) => {
      const [source, target] = pick(SIDES);
      const r = rand();
      const day = String(1 + Math.floor(rand() * 20)).padStart(2, "0");
      const date = r < 0.1 ? null : r < 0.2 ? "2031-04" : `2031-04-${day}`;
      return event({ id: `e${j}`, ...pick(KINDS), source, target, negated: rand() < 0.12, date,
        date_precision: date === null ? null : date.length === 7 ? "month" : "day", location: pick(PLACES) });
    });
    out.push(record(article({ id: `${tag}${i}`, text: `Dispatch ${tag}${i}: shelling and talks near the coast, ${Math.floor(rand() * 1e9)} said.`,
      published: `2031-04-${String(1 + (i % 28)).padStart(2, "0")}`, source: `Desk ${i % 5}`, events })));
  }
  return out;
}

/** One backend's aggregates both ways: from the side tables, and recounted over the events. */
export interface BothWays {
  readonly countries: string[];
  series(country: string, by: SeriesBy): Promise<{ side: SeriesCounts; scan: SeriesCounts }>;
  network(): Promise<{ side: NetworkCounts; scan: NetworkCounts }>;
  facets(): Promise<{ side: EventFacets; scan: EventFacets }>;
  /** a page's total for a filter: as the page reads it (from a side table where one holds it), and counted */
  total(filter: EventFilter): Promise<{ side: number; scan: number }>;
}

/** Sorted, with Goldstein sums rounded to 1e-9 (added in another order, a float sum can differ in its last bits). */
function canonicalNetwork(n: NetworkCounts): unknown {
  const key = (x: unknown) => JSON.stringify(x);
  return {
    actors: [...n.actors].map((a) => ({ ...a })).sort((a, b) => key(a).localeCompare(key(b))),
    pairs: [...n.pairs].map((p) => ({ ...p, goldstein_sum: Math.round(p.goldstein_sum * 1e9) / 1e9 }))
      .sort((a, b) => key([a.source, a.target]).localeCompare(key([b.source, b.target]))),
  };
}

/** Every aggregate the side tables answer equals its recount; returns how many were compared. */
export async function assertSideTablesEqualRecount(both: BothWays): Promise<number> {
  let compared = 0;
  for (const country of ["", ...both.countries]) {
    for (const by of ["quad", "plover", "acled"] as const) {
      const { side, scan } = await both.series(country, by);
      assert.deepEqual(side, scan, `series by ${by} of ${country || "every event"}`);
      compared++;
    }
  }
  const n = await both.network();
  assert.ok(n.scan.pairs.length > 0, "the recount found pairs");
  assert.deepEqual(canonicalNetwork(n.side), canonicalNetwork(n.scan), "network");
  const f = await both.facets();
  assert.deepEqual(f.side, f.scan, "facets");
  const filters: EventFilter[] = [...both.countries.map((country) => ({ country })), ...["19", "04", "08", "11", "99"].map((cameo) => ({ cameo }))];
  for (const filter of filters) {
    const t = await both.total(filter);
    assert.equal(t.side, t.scan, `total of ${JSON.stringify(filter)}`);
  }
  return compared + 2 + filters.length;
}
