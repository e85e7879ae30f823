/**
 * Whether a place is a whole country. Its coordinates are then the country's centroid (Russia's lies in Siberia),
 * which says nothing about where in the country something happened: maps should shade or list such places, not
 * pin them like towns.
 */
import type { Place } from "../types.ts";

/**
 * True for a country-level place: `precision: "country"`, or, on records stored before `precision` existed, a
 * place without admin1 (countries are the only gazetteer rows without one; see data/places/README.md).
 *
 * @example isCountryLevel({ name: "Russia", country: "RUS", admin1: null, lat: 61.5, lon: 105.3, precision: "country" }) === true
 */
export function isCountryLevel(p: Place): boolean {
  return p.precision === undefined ? p.admin1 === null : p.precision === "country";
}
