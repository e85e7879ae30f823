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

/** Where the side tables hold a page's total: one country's events (agg_series) or one CAMEO root's (agg_facets). */
export type SideTotal = { readonly table: "series"; readonly country: string } | { readonly table: "facets"; readonly kind: "root"; readonly key: string };

/**
 * The side table that counts the events a page filter matches, or null (count the events). The whole store's count
 * is left to the database, which counts an index as fast.
 */
export function sideTotalFilter(filter: EventFilter): SideTotal | null {
  const { limit: _limit, offset: _offset, after: _after, ...rest } = filter;
  const side = sideTableFilter(rest);
  if (side) return side.country === "" ? null : { table: "series", country: side.country };
  const set = Object.entries(rest).filter(([, v]) => v !== undefined && v !== "" && v !== false);
  // a two-digit CAMEO prefix is a root: "19" matches every 19x code, and only those
  if (set.length === 1 && set[0]![0] === "cameo" && /^\d{2}$/.test(String(set[0]![1]))) return { table: "facets", kind: "root", key: String(set[0]![1]) };
  return null;
}

/** The SQL of a side-table total (one parameter, written `?` here: PostgreSQL's caller swaps in `$1`). */
export function sideTotalSql(t: SideTotal): { readonly sql: string; readonly param: string } {
  return t.table === "series"
    ? { sql: "SELECT coalesce(sum(n), 0) AS n FROM agg_series WHERE country = ?", param: t.country }
    : { sql: "SELECT coalesce(sum(n), 0) AS n FROM agg_facets WHERE kind = 'root' AND key = ?", param: t.key };
}
