/** Events per day, split by quad class, PLOVER type or ACLED type: the overview chart's data, from the store's counts. */
import type { SeriesBy, SeriesCounts } from "../store/types.ts";

export type { SeriesBy } from "../store/types.ts";

export interface TimeSeries {
  readonly by: SeriesBy;
  /** every day from the first to the last dated event, gaps filled with zeros */
  readonly days: readonly string[];
  readonly series: readonly { readonly key: string; readonly label: string; readonly counts: readonly number[]; readonly total: number }[];
  /** events left out: not dated to the day, negated, or without a label of this kind */
  readonly skipped: { readonly undated: number; readonly negated: number; readonly unlabelled: number };
}

export const QUAD_LABELS: Readonly<Record<string, string>> = {
  "1": "Verbal cooperation", "2": "Material cooperation", "3": "Verbal conflict", "4": "Material conflict",
};
/** at most ten years of days: older days are left off the chart */
const MAX_DAYS = 3660;
const DAY_MS = 86_400_000;

const labelOf = (key: string, by: SeriesBy): string => (by === "quad" ? QUAD_LABELS[key] ?? `Quad ${key}` : key);

/**
 * Lays the store's per-day counts out as one row of counts per label over consecutive days. Negated events
 * ("declined to sign") are evidence but not occurrences, so the store does not count them; only events dated to the
 * day are placed.
 *
 * @example timeSeries(await store.eventSeries({ country: "LBY" }, "quad"), "quad").series[0].counts
 */
export function timeSeries(counts: SeriesCounts, by: SeriesBy): TimeSeries {
  const skipped = { undated: counts.undated, negated: counts.negated, unlabelled: counts.unlabelled };
  if (counts.rows.length === 0) return { by, days: [], series: [], skipped };
  let first = Infinity, last = -Infinity;
  for (const r of counts.rows) { first = Math.min(first, r.day); last = Math.max(last, r.day); }
  first = Math.max(first, last - MAX_DAYS + 1);
  const days = Array.from({ length: last - first + 1 }, (_, i) => new Date((first + i) * DAY_MS).toISOString().slice(0, 10));
  const byKey = new Map<string, { key: string; label: string; counts: number[]; total: number }>();
  for (const r of counts.rows) {
    if (r.day < first) continue;
    let s = byKey.get(r.key);
    if (!s) { s = { key: r.key, label: labelOf(r.key, by), counts: new Array<number>(days.length).fill(0), total: 0 }; byKey.set(r.key, s); }
    s.counts[r.day - first] = (s.counts[r.day - first] ?? 0) + r.count;
    s.total += r.count;
  }
  const series = [...byKey.values()].sort((a, b) => (by === "quad" ? a.key.localeCompare(b.key) : b.total - a.total || a.key.localeCompare(b.key)));
  return { by, days, series, skipped };
}
