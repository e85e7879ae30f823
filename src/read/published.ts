/**
 * Publication dates as written in headers and meta tags, normalised to YYYY-MM-DD.
 */
import * as chrono from "chrono-node";

const pad = (n: number): string => String(n).padStart(2, "0");

/** YYYY-MM-DD when the day exists, else null. */
export function isoIfValid(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/**
 * Normalises a written date ("2020-01-13", "2020-01-13T08:00:00Z", "January 13, 2020", "13 Jan 2020") to
 * YYYY-MM-DD; null when no full date (year, month and day) is stated.
 *
 * @example normaliseDate("January 13, 2020") === "2020-01-13"
 */
export function normaliseDate(written: string | null | undefined): string | null {
  const text = written?.trim() ?? "";
  if (text === "") return null;
  // ISO dates keep the calendar day the publisher wrote, whatever the time zone after it.
  const iso = /^(\d{4})-?(\d{2})-?(\d{2})(?:$|[T\s])/.exec(text) ?? /^(\d{4})\/(\d{1,2})\/(\d{1,2})\b/.exec(text);
  if (iso !== null) return isoIfValid(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const parsed = chrono.strict.parse(text, new Date(2000, 0, 1, 12))[0];
  if (parsed === undefined) return null;
  const s = parsed.start;
  if (!s.isCertain("year") || !s.isCertain("month") || !s.isCertain("day")) return null;
  return isoIfValid(s.get("year") ?? 0, s.get("month") ?? 0, s.get("day") ?? 0);
}
