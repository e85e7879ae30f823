/**
 * Groups events by where they were reported for the map: towns, regions and provinces become spots (circles at
 * their coordinates); country-level places become areas, because a country's coordinates are only its centroid
 * (Russia's lies in Siberia) and say nothing about where in the country something happened.
 */
import type { StoredEvent } from "./api.ts";

type Location = NonNullable<StoredEvent["location"]>;

export interface Spot { key: string; name: string; lat: number; lon: number; events: StoredEvent[] }
export interface CountryArea { key: string; name: string; lat: number | null; lon: number | null; events: StoredEvent[] }

/** Country-level: `precision: "country"`, or, on records stored before precision existed, no admin1. */
export const isCountryLevel = (l: Location): boolean => (l.precision === undefined ? l.admin1 === null : l.precision === "country");

const byCount = <T extends { events: StoredEvent[] }>(a: T, b: T): number => b.events.length - a.events.length;

/** Events at places finer than a country, one spot per coordinate, most events first. */
export function spots(events: readonly StoredEvent[]): Spot[] {
  const m = new Map<string, Spot>();
  for (const e of events) {
    const l = e.location;
    if (!l || l.lat === null || l.lon === null || isCountryLevel(l)) continue;
    const key = `${l.lat.toFixed(2)},${l.lon.toFixed(2)}`;
    const spot = m.get(key) ?? { key, name: l.name, lat: l.lat, lon: l.lon, events: [] };
    spot.events.push(e);
    m.set(key, spot);
  }
  return [...m.values()].sort(byCount);
}

/** Events placed only at a country, one area per country, most events first. */
export function countryAreas(events: readonly StoredEvent[]): CountryArea[] {
  const m = new Map<string, CountryArea>();
  for (const e of events) {
    const l = e.location;
    if (!l || !isCountryLevel(l)) continue;
    const key = l.country ?? l.name;
    const area = m.get(key) ?? { key, name: l.name, lat: l.lat, lon: l.lon, events: [] };
    area.events.push(e);
    m.set(key, area);
  }
  return [...m.values()].sort(byCount);
}
