/** Facet counts as both backends return them: most frequent first, ties by key. */
import type { Facet } from "./types.ts";

export function sortFacets(facets: readonly Facet[]): Facet[] {
  return [...facets].sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

/**
 * Counts per space-separated set of keys (the events' `countries` column, grouped) → counts per key.
 *
 * @example splitCombos([{ key: " LBY TUR ", count: 2 }, { key: " LBY ", count: 1 }]) // LBY 3, TUR 2
 */
export function splitCombos(combos: readonly Facet[]): Facet[] {
  const m = new Map<string, number>();
  for (const c of combos) for (const k of c.key.split(" ")) if (k) m.set(k, (m.get(k) ?? 0) + c.count);
  return sortFacets([...m].map(([key, count]) => ({ key, count })));
}
