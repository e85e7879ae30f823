/**
 * The side tables both backends keep beside `events` so the dashboard's aggregates are read, not scanned: what one
 * new event adds to them. Stored events never change what is counted here once written (a merge only adds a mention),
 * and no event is deleted, so each new event adds one set of cells, in the transaction that stores it, and the tables
 * always equal a recount over `events` (test/store/side-tables.test.ts checks that after random ingests and a crash).
 *
 * - series cells: per country ('' for every event; each of the event's countries, upper-cased), how the series counts
 *   it (negated, not placed on a day, or placed on `day`) and its three labels ('' where it has none);
 * - facet cells: its PLOVER type, ACLED type, CAMEO root and each of its countries, as the summary counts them;
 * - network cells (non-negated events only): each actor on each side, each source × target pair with its Goldstein
 *   score and the event's place in the store's order (the pairs keep their first five events as samples).
 */
import type { EventRow } from "./rows.ts";
import { UNDATED } from "./cursor.ts";

export type SeriesState = "n" | "u" | "p";

export interface SeriesCell {
  readonly country: string;
  readonly state: SeriesState;
  /** the day for placed events, else 0 */
  readonly day: number;
  readonly quad: number;
  readonly plover: string;
  readonly acled: string;
}

export interface FacetCell { readonly kind: "plover" | "acled" | "root" | "country"; readonly key: string }

export interface ActorCell { readonly key: string; readonly code: string; readonly name: string; readonly country: string | null }

export interface PairCell {
  readonly key: string;
  readonly sc: string; readonly sn: string; readonly tc: string; readonly tn: string;
  readonly goldstein: number;
  /** the event's order key and storage number; `dup` tells apart one pair written twice on one event */
  readonly k: number; readonly seq: number; readonly id: string; readonly dup: number;
}

export interface AggregateCells {
  readonly series: readonly SeriesCell[];
  readonly facets: readonly FacetCell[];
  readonly actors: readonly ActorCell[];
  readonly pairs: readonly PairCell[];
}

/** how many first events of a pair are kept as its sample (network.ts shows five) */
export const PAIR_SAMPLE = 5;

interface Side { readonly code?: unknown; readonly name?: unknown; readonly country?: unknown }
const text = (v: unknown): string => (typeof v === "string" ? v : v === undefined || v === null ? "" : String(v));

/** The countries of an event's `countries` column (" LBY TUR "), as stored. */
export const countriesOf = (countries: string): string[] => countries.split(" ").filter((c) => c !== "");

/**
 * What a new event row adds to the side tables; `seq` is its storage number.
 *
 * @example cellsOf(eventRow(id, key, day, ev), 17).facets // [{ kind: "root", key: "19" }, { kind: "country", key: "LBY" }]
 */
export function cellsOf(row: EventRow, seq: number): AggregateCells {
  const placed = row.date_precision === "day" && row.day !== null && row.date !== null && row.date.length === 10;
  const state: SeriesState = row.negated ? "n" : placed ? "p" : "u";
  const labels = { quad: row.quad_class, plover: row.plover ?? "", acled: row.acled_type ?? "" };
  const countries = countriesOf(row.countries);
  const seriesCountries = ["", ...new Set(countries.map((c) => c.toUpperCase()))];
  const series = seriesCountries.map((country): SeriesCell => ({ country, state, day: state === "p" ? row.day! : 0, ...labels }));
  const facets: FacetCell[] = [];
  if (row.plover) facets.push({ kind: "plover", key: row.plover });
  if (row.acled_type) facets.push({ kind: "acled", key: row.acled_type });
  if (row.root) facets.push({ kind: "root", key: row.root });
  for (const c of countries) facets.push({ kind: "country", key: c });
  if (row.negated) return { series, facets, actors: [], pairs: [] };
  const source = JSON.parse(row.source) as Side[];
  const target = JSON.parse(row.target) as Side[];
  const actors = [...source, ...target].map((a): ActorCell => {
    const code = text(a.code), name = text(a.name), country = typeof a.country === "string" ? a.country : null;
    return { key: JSON.stringify([code, name, country]), code, name, country };
  });
  const k = row.day ?? UNDATED;
  const seen = new Map<string, number>();
  const pairs = source.flatMap((s) => target.map((t): PairCell => {
    const sc = text(s.code), sn = text(s.name), tc = text(t.code), tn = text(t.name);
    const key = JSON.stringify([sc, sn, tc, tn]);
    const dup = seen.get(key) ?? 0;
    seen.set(key, dup + 1);
    return { key, sc, sn, tc, tn, goldstein: row.goldstein, k, seq, id: row.id, dup };
  }));
  return { series, facets, actors, pairs };
}
