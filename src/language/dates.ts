/**
 * Dates in news text, resolved against the publication date with chrono-node, then corrected for news:
 * a bare weekday or month without a year is the most recent one on or before the publication date, unless its
 * clause is about the future.
 */
import * as chrono from "chrono-node";
import type { ParsedResult } from "chrono-node";
import type { DatePrecision } from "../types.ts";
import { isFutureClause } from "./tense.ts";
import { yearParser } from "./year-parser.ts";

export interface ResolvedDate {
  /** ISO date YYYY-MM-DD; the first day of the week (Monday), month or year for coarser precisions */
  readonly date: string;
  readonly precision: DatePrecision;
}

export interface FoundDate extends ResolvedDate {
  /** offset of the date phrase in the parsed text */
  readonly index: number;
  readonly text: string;
  /** why the date was moved from chrono's reading, for debug traces; null when it was not */
  readonly corrected: string | null;
}

/** chrono's casual English configuration plus our year parser; a read-only configuration built once. */
const PARSER = (() => {
  const custom = chrono.casual.clone();
  custom.parsers.push(yearParser);
  return custom;
})();

const DAY_MS = 86_400_000;
const TIME_OF_DAY = /\b(?:today|tonight|morning|afternoon|evening|night|noon|midnight|overnight)\b/i;
const EXPLICIT_DIRECTION = /\b(?:last|next|this|past|coming|previous|ago|later|earlier)\b/i;

const iso = (d: Date): string => d.toISOString().slice(0, 10);
const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));
const monday = (d: Date): Date => new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * DAY_MS);

function precisionOf(r: ParsedResult): DatePrecision | null {
  const s = r.start;
  const tags = [...r.tags()].join(" ");
  if (/\bweeks?\b/i.test(r.text)) return "week";
  if (s.isCertain("day") || s.isCertain("weekday") || tags.includes("casualReference") || tags.includes("Casual")) {
    return "day";
  }
  if (s.isCertain("month")) return "month";
  if (s.isCertain("year")) return "year";
  return TIME_OF_DAY.test(r.text) ? "day" : null;
}

/** Moves a weekday or yearless date chrono read forward (or back) to the side of `ref` the clause calls for. */
function correct(r: ParsedResult, date: Date, ref: Date, future: boolean, precision: DatePrecision): [Date, string | null] {
  const s = r.start;
  if (s.isCertain("year") || EXPLICIT_DIRECTION.test(r.text)) return [date, null];
  if (s.isCertain("weekday") && !s.isCertain("day")) {
    if (!future && date > ref) return [new Date(date.getTime() - 7 * DAY_MS), "weekday after publication, read as past"];
    if (future && date < ref) return [new Date(date.getTime() + 7 * DAY_MS), "weekday in a future clause"];
    return [date, null];
  }
  if (s.isCertain("month")) {
    const y = date.getUTCFullYear();
    const shift = (years: number): Date => utc(y + years, date.getUTCMonth() + 1, precision === "day" ? date.getUTCDate() : 1);
    const refMonthStart = utc(ref.getUTCFullYear(), ref.getUTCMonth() + 1, 1);
    const after = precision === "day" ? date > ref : date > refMonthStart;
    const before = precision === "day" ? date < ref : date < refMonthStart;
    if (!future && after) return [shift(-1), "yearless date after publication, read as past"];
    if (future && before) return [shift(1), "yearless date in a future clause"];
  }
  return [date, null];
}

function interpret(r: ParsedResult, text: string, reference: Date | null): FoundDate | null {
  const s = r.start;
  if (/^now$/i.test(r.text)) return null;
  // "may", "march" as verbs: a month name alone must be capitalised.
  if (!s.isCertain("day") && !s.isCertain("year") && /^\p{Ll}+$/u.test(r.text)) return null;
  const precision = precisionOf(r);
  if (precision === null) return null;
  const tags = [...r.tags()].join(" ");
  if (reference === null && (!s.isCertain("year") || /relative|casual/i.test(tags) || EXPLICIT_DIRECTION.test(r.text))) {
    return null;
  }
  let date = utc(s.get("year") ?? 1970, s.get("month") ?? 1, s.get("day") ?? 1);
  let corrected: string | null = null;
  if (reference !== null) {
    const future = isFutureClause(text, r.index, r.index + r.text.length);
    [date, corrected] = correct(r, date, reference, future, precision);
  }
  if (precision === "week") date = monday(/\bthis week\b/i.test(r.text) && reference !== null ? reference : date);
  if (precision === "month") date = utc(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
  if (precision === "year") date = utc(date.getUTCFullYear(), 1, 1);
  // chrono sometimes keeps the comma after a weekday ("on Monday,").
  const surface = r.text.replace(/[\s,;:]+$/, "");
  return { date: iso(date), precision, index: r.index, text: surface, corrected };
}

/**
 * Every date phrase in `text`. With a null reference only absolute dates (with a year) are returned.
 *
 * @example findDates("He arrived on Monday.", new Date("2020-01-15"))[0]?.date === "2020-01-13"
 */
const DURATION = /^(?:for|within|over|during|about|nearly|almost|some|after)\s/i;
const RELATIVE_TO_EVENT = /\b(?:after|later|before|earlier)$/i;

export function findDates(text: string, reference: Date | null): FoundDate[] {
  // chrono needs some instant; with no reference only results with a stated year survive interpret().
  const anchor = reference ?? new Date(0);
  // chrono mixes local-time and timezone-aware arithmetic ("last night" reads local hours), so give it local noon
  // of the reference's calendar day: every component it returns is then on the reference's calendar.
  const localNoon = new Date(anchor.getUTCFullYear(), anchor.getUTCMonth(), anchor.getUTCDate(), 12);
  const results = PARSER.parse(text, localNoon);
  const found: FoundDate[] = [];
  for (const r of results) {
    // durations and offsets from another event ("for 15 years", "a month after") are not days on the calendar
    if (DURATION.test(r.text) || RELATIVE_TO_EVENT.test(r.text)) continue;
    const f = interpret(r, text, reference);
    if (f !== null) found.push(f);
  }
  return found;
}

/**
 * Resolves the first date phrase in `text` against `reference` (the publication date).
 *
 * @example resolveDate("on Monday", new Date("2020-01-15")) // { date: "2020-01-13", precision: "day" }
 */
export function resolveDate(text: string, reference: Date): ResolvedDate | null {
  const first = findDates(text, reference)[0];
  return first === undefined ? null : { date: first.date, precision: first.precision };
}
