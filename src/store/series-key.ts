/**
 * What the time series are split by, as SQL over the events table aliased `e` (both backends): the label column,
 * NULL where an event has none, and when an event can be placed on a day. Only events dated to the day are placed:
 * a month-precision date would pile up on the 1st.
 */
import type { SeriesBy } from "./types.ts";

export function seriesKey(by: SeriesBy): string {
  if (by === "quad") return "CAST(e.quad_class AS TEXT)";
  return by === "plover" ? "nullif(e.plover, '')" : "nullif(e.acled_type, '')";
}

/** dated to the day: the day number is there and the date is a whole YYYY-MM-DD */
export const PLACED = "(e.date_precision = 'day' AND e.day IS NOT NULL AND length(e.date) = 10)";
