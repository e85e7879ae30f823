/**
 * Dates in news text, resolved against the publication date with chrono-node, then corrected for news:
 * a bare weekday or a date without a year is placed by its clause's tense (see correct()), and an amount of time
 * ("in two months of negotiations") is a duration, not a date.
 */
import * as chrono from "chrono-node";
import type { ParsedResult } from "chrono-node";
import type { DatePrecision } from "../types.ts";
import { clauseTense, type Tense } from "./tense.ts";
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

/** The candidate nearest to `pivot` on the side the tense calls for; ties go to the past, as news is told. */
function pick(candidates: readonly Date[], pivot: Date, tense: Tense): Date | undefined {
  const t = pivot.getTime();
  if (tense === "past") return candidates.filter((c) => c.getTime() <= t).at(-1);
  if (tense === "future") return candidates.find((c) => c.getTime() >= t);
  return [...candidates].sort((a, b) => Math.abs(a.getTime() - t) - Math.abs(b.getTime() - t) || a.getTime() - b.getTime())[0];
}

const REASON: Record<Tense, string> = {
  past: "read as past (past-tense clause)",
  future: "read as future (future-tense clause)",
  unknown: "nearest to publication (no tense marker)",
};

/**
 * Places a weekday or a yearless date on the side of `ref` its clause's tense calls for: past tense → the most
 * recent one on or before publication, future → the next one on or after it, no marker → the nearest one.
 * Months compare with the publication month, so "in December" in a December article is that December either way.
 */
function correct(r: ParsedResult, date: Date, ref: Date, tense: Tense, precision: DatePrecision): [Date, string | null] {
  const s = r.start;
  if (s.isCertain("year") || EXPLICIT_DIRECTION.test(r.text)) return [date, null];
  let candidates: Date[];
  let pivot = ref;
  if (s.isCertain("weekday") && !s.isCertain("day")) {
    candidates = [-7, 0, 7].map((d) => new Date(date.getTime() + d * DAY_MS));
  } else if (s.isCertain("month")) {
    const month = date.getUTCMonth() + 1;
    const day = precision === "day" ? date.getUTCDate() : 1;
    if (precision !== "day") pivot = utc(ref.getUTCFullYear(), ref.getUTCMonth() + 1, 1);
    // four years each way, so that 29 February has a candidate; dates that roll over (29 Feb 2021) are dropped
    candidates = [-4, -3, -2, -1, 0, 1, 2, 3, 4]
      .map((k) => utc(ref.getUTCFullYear() + k, month, day))
      .filter((c) => c.getUTCMonth() + 1 === month);
  } else {
    return [date, null];
  }
  const chosen = pick(candidates, pivot, tense) ?? date;
  return chosen.getTime() === date.getTime() ? [date, null] : [chosen, REASON[tense]];
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
  // chrono sometimes keeps the comma after a date ("on Monday,", "March,"), which is a clause boundary.
  const surface = r.text.replace(/[\s,;:]+$/, "");
  let date = utc(s.get("year") ?? 1970, s.get("month") ?? 1, s.get("day") ?? 1);
  let corrected: string | null = null;
  if (reference !== null) {
    const tense = clauseTense(text, r.index, r.index + surface.length);
    [date, corrected] = correct(r, date, reference, tense, precision);
  }
  if (precision === "week") date = monday(/\bthis week\b/i.test(r.text) && reference !== null ? reference : date);
  if (precision === "month") date = utc(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
  if (precision === "year") date = utc(date.getUTCFullYear(), 1, 1);
  return { date: iso(date), precision, index: r.index, text: surface, corrected };
}

/**
 * Every date phrase in `text`. With a null reference only absolute dates (with a year) are returned.
 *
 * @example findDates("He arrived on Monday.", new Date("2020-01-15"))[0]?.date === "2020-01-13"
 */
const DURATION = /^(?:for|within|over|during|about|nearly|almost|some|after)\s/i;
const RELATIVE_TO_EVENT = /\b(?:after|later|before|earlier)$/i;
/** "two months" followed by "of …" ("in two months of negotiations") measures something: a duration. */
const AMOUNT = /\b(?:minutes?|hours?|days?|weeks?|months?|years?|decades?)$/i;
const OF_AFTER = /^\s+of\b/i;
const isAmountOf = (r: ParsedResult, text: string): boolean =>
  AMOUNT.test(r.text) && OF_AFTER.test(text.slice(r.index + r.text.length));

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
    if (DURATION.test(r.text) || RELATIVE_TO_EVENT.test(r.text) || isAmountOf(r, text)) continue;
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
