/**
 * Keyset paging over events. Both backends order events by `coalesce(day, UNDATED), seq` (dated events by day,
 * undated ones last, ties in storage order), which an index covers; a cursor is the last row's key, so the next page
 * starts right after it however many rows came before (no OFFSET scan) and stays stable while new events arrive.
 */

/** the order key of an undated event: after every real day number */
export const UNDATED = 2_147_483_647;

/** The SQL order key of the events table aliased `e`; the indexes in both migrations are on exactly this. */
export const ORDER_KEY = `coalesce(e.day, ${UNDATED})`;

/** @example cursorOf(19052, 7) === "19052.7" */
export function cursorOf(key: number, seq: number): string {
  return `${key}.${seq}`;
}

/** The key a cursor names, or null when it is not one of ours. */
export function parseCursor(cursor: string): { readonly key: number; readonly seq: number } | null {
  const m = /^(-?\d{1,10})\.(\d{1,15})$/.exec(cursor);
  if (!m) return null;
  const key = Number(m[1]);
  const seq = Number(m[2]);
  return Number.isSafeInteger(key) && Number.isSafeInteger(seq) ? { key, seq } : null;
}

/** The default and the largest page of events. */
export const PAGE_DEFAULT = 100;
export const PAGE_MAX = 1000;

/** A requested page size within bounds: a missing or non-positive one is the default. */
export function pageSize(limit: number | undefined): number {
  return limit && limit > 0 ? Math.min(PAGE_MAX, Math.floor(limit)) : PAGE_DEFAULT;
}
