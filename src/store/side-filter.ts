/**
 * Which event filters the side tables answer (aggregate-cells.ts): none at all, or one country alone (a plain code,
 * as the API's ISO alpha-3 parameter is). Any other filter is counted over the events themselves.
 */
import type { EventFilter } from "./types.ts";

/** `{ country: "" }` for every event, `{ country: "LBY" }` for one country's events, or null. */
export function sideTableFilter(filter: EventFilter): { readonly country: string } | null {
  const set = Object.entries(filter).filter(([, v]) => v !== undefined && v !== "" && v !== false);
  if (set.length === 0) return { country: "" };
  if (set.length > 1 || set[0]![0] !== "country") return null;
  const country = String(set[0]![1]).toUpperCase();
  // a code with LIKE's wildcards or spaces in it is matched as the events' filter matches it
  return /^[A-Z0-9]{1,8}$/.test(country) ? { country } : null;
}
