/** Events per day, split by quad class, PLOVER type or ACLED type: the overview chart's data. */
import type { StoredEvent } from "../store/types.ts";

export type SeriesBy = "quad" | "plover" | "acled";

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
const MAX_DAYS = 3660;
const DAY_MS = 86_400_000;

function label(e: StoredEvent, by: SeriesBy): { key: string; label: string } | null {
  if (by === "quad") return { key: String(e.quad_class), label: QUAD_LABELS[String(e.quad_class)] ?? `Quad ${e.quad_class}` };
  if (by === "plover") return e.plover ? { key: e.plover, label: e.plover } : null;
  return e.acled ? { key: e.acled.event_type, label: e.acled.event_type } : null;
}

/**
 * Negated events ("declined to sign") are evidence but not occurrences, so they are not counted. Only events dated
 * to the day are placed: a month-precision date would pile up on the 1st.
 *
 * @example timeSeries(await store.events({ country: "LBY" }), "quad").series[0].counts
 */
export function timeSeries(events: readonly StoredEvent[], by: SeriesBy): TimeSeries {
  let undated = 0, negated = 0, unlabelled = 0;
  const placed: { day: number; key: string; label: string }[] = [];
  for (const e of events) {
    if (e.negated) { negated++; continue; }
    const t = e.date && e.date_precision === "day" ? Date.parse(`${e.date}T00:00:00Z`) : NaN;
    if (Number.isNaN(t)) { undated++; continue; }
    const l = label(e, by);
    if (!l) { unlabelled++; continue; }
    placed.push({ day: Math.floor(t / DAY_MS), ...l });
  }
  const skipped = { undated, negated, unlabelled };
  if (placed.length === 0) return { by, days: [], series: [], skipped };
  let first = Math.min(...placed.map((p) => p.day));
  const last = Math.max(...placed.map((p) => p.day));
  first = Math.max(first, last - MAX_DAYS + 1);
  const days = Array.from({ length: last - first + 1 }, (_, i) => new Date((first + i) * DAY_MS).toISOString().slice(0, 10));
  const byKey = new Map<string, { key: string; label: string; counts: number[]; total: number }>();
  for (const p of placed) {
    if (p.day < first) continue;
    let s = byKey.get(p.key);
    if (!s) { s = { key: p.key, label: p.label, counts: new Array<number>(days.length).fill(0), total: 0 }; byKey.set(p.key, s); }
    s.counts[p.day - first] = (s.counts[p.day - first] ?? 0) + 1;
    s.total++;
  }
  const series = [...byKey.values()].sort((a, b) => (by === "quad" ? a.key.localeCompare(b.key) : b.total - a.total || a.key.localeCompare(b.key)));
  return { by, days, series, skipped };
}

/** True when some actor on the side matches: a code prefix (RUS, LBYMIL) or a word of the name. */
export function sideMatches(side: StoredEvent["source"], needle: string): boolean {
  const code = needle.toUpperCase();
  const word = needle.toLowerCase();
  return side.some((a) => a.code.startsWith(code) || a.name.toLowerCase().includes(word));
}
