/**
 * Turns one gazetteer TSV row into a checked GazetteerEntry plus its alternative names, or a message saying what
 * is wrong with it. Column meanings are documented in data/places/README.md.
 */
import type { GazetteerEntry } from "../resources.ts";
import { phraseKey } from "../actors/kb/key.ts";

export const REQUIRED_COLUMNS = ["name", "kind", "country", "lat", "lon"] as const;
export const OPTIONAL_COLUMNS = ["alt", "admin1", "population"] as const;

const KINDS: ReadonlySet<string> = new Set(["country", "admin1", "city", "region"]);
const ISO3 = /^[A-Z]{3}$/;

export interface ParsedRow {
  readonly entry: GazetteerEntry;
  /** the name and every alternative, as written */
  readonly names: readonly string[];
}

function coordinate(text: string, what: string, limit: number): number | string {
  if (!/^-?\d+(\.\d+)?$/.test(text)) return `${what} "${text}" is not a decimal number`;
  const value = Number(text);
  if (value < -limit || value > limit) return `${what} ${value} is outside [-${limit}, ${limit}]`;
  return value;
}

/**
 * Checks one row's cells; returns the entry or an error message (without the FILE:LINE prefix).
 *
 * @example parseRow(new Map([["name","Kyiv"],["alt","Kiev"],["kind","city"],["country","UKR"],
 *   ["admin1","Kyiv"],["lat","50.45"],["lon","30.52"]])) // → { entry: {...}, names: ["Kyiv","Kiev"] }
 */
export function parseRow(cells: ReadonlyMap<string, string>): ParsedRow | string {
  const get = (column: string): string => cells.get(column) ?? "";
  const name = get("name");
  if (!name || !phraseKey(name)) return `name "${name}" is empty or has no letters`;
  const kind = get("kind");
  if (!KINDS.has(kind)) return `kind "${kind}" is not one of country, admin1, city, region`;
  const country = get("country");
  if (!ISO3.test(country)) return `country "${country}" is not an ISO alpha-3 code (three capital letters)`;
  const lat = coordinate(get("lat"), "lat", 90);
  if (typeof lat === "string") return lat;
  const lon = coordinate(get("lon"), "lon", 180);
  if (typeof lon === "string") return lon;
  const popText = get("population");
  const population = popText === "" ? 0 : Number(popText);
  if (!/^\d+$/.test(popText || "0") || !Number.isFinite(population)) {
    return `population "${popText}" is not a whole number`;
  }
  const admin1Text = get("admin1");
  if (kind === "country" && admin1Text) return `a country row has no admin1 (found "${admin1Text}")`;
  if (kind === "city" && !admin1Text) return `a city row needs its admin1`;
  const admin1 = kind === "country" ? null : admin1Text || name;
  const alts = get("alt") === "" ? [] : get("alt").split("|").map((a) => a.trim());
  const badAlt = alts.find((a) => !phraseKey(a));
  if (badAlt !== undefined) return `alternative name "${badAlt}" is empty or has no letters`;
  const kindTyped = kind as GazetteerEntry["kind"];
  const entry: GazetteerEntry = Object.freeze({ name, kind: kindTyped, country, admin1, lat, lon, population });
  return { entry, names: [name, ...alts] };
}
