/**
 * Datelines of pasted web pages: a line that states when the article appeared, and sometimes by whom —
 * "Harbour Courier, November 30, 2026", "Updated 3:41 PM EST, Mon November 30, 2026", "30 Nov 2026",
 * "2026-11-30", "Published 30 November 2026 · Updated 1 December 2026". Only a whole line of this shape is a
 * dateline; a body sentence that starts with a date is not.
 */
import { isOutletName, isReadingAid } from "./names.ts";
import { isoIfValid } from "./published.ts";

export interface DatePart {
  /** "updated" for "Updated …"/"Last modified …": a later day than publication, used only when nothing else is */
  readonly kind: "published" | "updated";
  /** offsets of the date phrase (weekday, date, time) within the part's text */
  readonly start: number;
  readonly end: number;
  /** YYYY-MM-DD */
  readonly date: string;
}

const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const DAY = String.raw`\d{1,2}(?:st|nd|rd|th)?`;
const DATE = String.raw`(?:${MONTH}\s+${DAY},?\s+\d{4}|${DAY}\s+${MONTH},?\s+\d{4}|\d{4}-\d{2}-\d{2})`;
const WEEKDAY = String.raw`(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?`;
/** time-zone abbreviations that follow a clock time on news pages */
const ZONE = String.raw`(?:GMT|UTC|BST|WET|WEST|CET|CEST|EET|EEST|MSK|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AKST|HST|AST|IST|PKT|WAT|CAT|EAT|SAST|GST|JST|KST|AEST|AEDT|ET|PT|CT|MT)(?:\s?[+-]\d{1,2}(?::?\d{2})?)?`;
const TIME = String.raw`(?:\d{1,2}(?:[:.]\d{2}){1,2}(?:\s?[ap]\.?\s?m\.?)?|\d{1,2}\s?[ap]\.?\s?m\.?)(?:\s*\(?${ZONE}\)?)?`;
const PREFIX = String.raw`(?:(?:first\s+|last\s+)?(published|updated|posted|modified|released)(?:\s+(?:on|at))?\s*:?\s*)?`;

/** A whole part: an optional "Published"/"Updated" word, then a date with an optional weekday and clock time. */
const DATE_PART = new RegExp(
  String.raw`^${PREFIX}((?:${TIME}\s*,?\s*)?(?:${WEEKDAY}\s*)?(${DATE})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?(?:\s*,?\s*(?:at\s+)?${TIME})?)\s*$`,
  "iu",
);

/** A date phrase anywhere in a line, as DATE_PART reads it (for bylines that carry one). */
export const DATE_PHRASE = new RegExp(
  String.raw`${PREFIX}(?:${TIME}\s*,?\s*)?(?:${WEEKDAY}\s*)?${DATE}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?(?:\s*,?\s*(?:at\s+)?${TIME})?`,
  "giu",
);

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** YYYY-MM-DD of a DATE match ("November 30, 2026", "30 Nov. 2026", "2026-11-30"), or null when no such day exists. */
function dayOf(date: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (iso !== null) return isoIfValid(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const month = MONTHS.indexOf((/\p{L}+/u.exec(date)?.[0] ?? "").slice(0, 3).toLowerCase()) + 1;
  const [day, year] = (date.match(/\d+/g) ?? []).map(Number);
  return month > 0 && day !== undefined && year !== undefined ? isoIfValid(year, month, day) : null;
}

/**
 * The date a part of a dateline states, or null when the part is not (only) a date.
 *
 * @example datePart("Updated 3:41 PM EST, Mon November 30, 2026") // { kind: "updated", date: "2026-11-30", start: 8, end: 42 }
 */
export function datePart(text: string): DatePart | null {
  const m = DATE_PART.exec(text);
  if (m === null) return null;
  const date = dayOf(m[3] as string);
  if (date === null) return null;
  const phrase = m[2] as string;
  const start = text.indexOf(phrase, m[1] === undefined ? 0 : (m[1] as string).length);
  const word = m[1]?.toLowerCase();
  return { kind: word === "updated" || word === "modified" ? "updated" : "published", start, end: start + phrase.length, date };
}

/** Separators between the parts of a dateline or byline: bars, middle dots, bullets, and dashes set in spaces. */
export const PART_SEPARATOR = /\s*[|·•]\s*|\s+[–—-]\s+/gu;

/**
 * Splits a line into parts at separators and before a second "Updated"/"Published" word, with offsets.
 *
 * @example lineParts("Published 30 Nov 2026 Updated 1 Dec 2026").map((p) => p.text) // ["Published 30 Nov 2026", "Updated 1 Dec 2026"]
 */
export function lineParts(line: string): { text: string; start: number }[] {
  const parts: { text: string; start: number }[] = [];
  const cut = new RegExp(`${PART_SEPARATOR.source}|(?<!\\b(?:first|last))\\s+(?=(?:last\\s+|first\\s+)?(?:updated|published|posted|modified)\\b)`, "giu");
  let start = 0;
  for (let m = cut.exec(line); m !== null; m = cut.exec(line)) {
    if (m.index > start) parts.push({ text: line.slice(start, m.index), start });
    start = m.index + m[0].length;
    if (m[0].length === 0) cut.lastIndex++;
  }
  if (start < line.length) parts.push({ text: line.slice(start), start });
  return parts;
}

export interface Dateline {
  /** the outlet named before the date ("Harbour Courier, November 30, 2026"), offsets into the line */
  readonly outlet: readonly [number, number] | null;
  readonly dates: readonly DatePart[];
}

const shift = (d: DatePart, by: number): DatePart => ({ ...d, start: d.start + by, end: d.end + by });

/**
 * Reads a line made only of dates, an outlet and reading aids ("5 min read"), or null when it holds anything
 * else. Offsets are into `line`.
 *
 * @example readDateline("Harbour Courier, November 30, 2026") // { outlet: [0, 15], dates: [{ date: "2026-11-30", … }] }
 */
export function readDateline(line: string): Dateline | null {
  let outlet: readonly [number, number] | null = null;
  const dates: DatePart[] = [];
  for (const part of lineParts(line)) {
    const date = datePart(part.text);
    if (date !== null) { dates.push(shift(date, part.start)); continue; }
    const comma = /^([^,]+),\s*/.exec(part.text);
    const after = comma === null ? null : datePart(part.text.slice(comma[0].length));
    if (comma !== null && after !== null && outlet === null && isOutletName(comma[1] as string)) {
      outlet = [part.start, part.start + (comma[1] as string).trimEnd().length];
      dates.push(shift(after, part.start + comma[0].length));
      continue;
    }
    if (isReadingAid(part.text) || isRelativeTime(part.text)) continue;
    if (outlet === null && isOutletName(part.text)) { outlet = [part.start, part.start + part.text.length]; continue; }
    return null;
  }
  return dates.length > 0 ? { outlet, dates } : null;
}

/**
 * A time stated relative to the moment the page was viewed ("2 hours ago", "Updated 5 minutes ago"): no date
 * can come of it (the reader has no clock), and it is not body.
 *
 * @example isRelativeTime("Updated 2 hours ago") === true
 */
export function isRelativeTime(text: string): boolean {
  return /^(?:(?:last\s+)?(?:updated|published|posted|modified)\s*:?\s*)?(?:(?:\d+|an?|one)\s+(?:sec(?:ond)?|min(?:ute)?|h(?:ou)?r|day|week|month)s?\s+ago|just now|yesterday|today)$/i.test(text.trim());
}
