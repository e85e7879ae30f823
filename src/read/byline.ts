/**
 * Bylines of pasted web pages: "By Jane Roe", "By Jane Roe and Amal Stone", "By Jane Roe, Amal Stone and Omar
 * Said", "By Jane Roe, Reuters", "By Jane Roe for The Example Herald", "By Jane Roe | Senior Correspondent |
 * November 30, 2026", "By Reuters Staff". The people are the author; an outlet and a date in the line are read
 * too; a role is passed over. A line with any other part ("By the time the convoy arrived, …") is no byline.
 */
import { DATE_PHRASE, datePart, PART_SEPARATOR, type DatePart } from "./dateline.ts";
import { isOutletName, isPersonName, isReadingAid, isRole } from "./names.ts";

export type Span = readonly [start: number, end: number];

export interface Byline {
  /** the people, "Jane Roe and Amal Stone" as written; null for an agency byline ("By Reuters") */
  readonly author: Span | null;
  readonly outlet: Span | null;
  readonly dates: readonly DatePart[];
}

const BY = /^(?:(?:written|words|story|text)\s+)?by\s*:?\s+/i;
/** Where byline parts meet: a separator, a comma, "and"/"&" between names, "for"/"on" before an outlet or a date. */
const JOINT = new RegExp(`${PART_SEPARATOR.source}|\\s*,\\s*|\\s+(?:and|AND|&)\\s+|\\s+(?:for|FOR|on)\\s+(?:the\\s+)?`, "gu");
const NAME_JOINTS = new Set(["", ",", "and", "&"]);

interface Part { readonly start: number; readonly end: number; readonly text: string; readonly joint: string }

/** The parts of `line` after `from`; the commas inside a date ("November 30, 2026") do not cut it. */
function partsOf(line: string, from: number): Part[] {
  const masked = line.replace(new RegExp(DATE_PHRASE.source, DATE_PHRASE.flags), (d) => d.replace(/[,\s]/g, "\u0001"));
  const parts: Part[] = [];
  const joint = new RegExp(JOINT.source, JOINT.flags);
  joint.lastIndex = from;
  let start = from;
  let before = "";
  for (let m = joint.exec(masked); m !== null; m = joint.exec(masked)) {
    if (m[0].length === 0) { joint.lastIndex++; continue; }
    parts.push({ start, end: m.index, text: line.slice(start, m.index), joint: before });
    before = m[0].trim().toLowerCase().replace(/\s+the$/, "");
    start = m.index + m[0].length;
  }
  parts.push({ start, end: line.length, text: line.slice(start), joint: before });
  return parts.filter((p) => p.text.trim() !== "");
}

/** A name part without trailing role words: "Reuters Staff" → "Reuters". */
function withoutRole(p: Part): Part {
  const m = /^(.*?\S)\s+(\S+(?:\s+\S+)?)$/u.exec(p.text);
  if (m === null || !isRole(m[2] as string)) return p;
  return { ...p, text: m[1] as string, end: p.start + (m[1] as string).length };
}

/**
 * Reads a byline, or null when the line is none. Offsets are into `line`.
 *
 * @example readByline("By Jane Roe, Reuters") // { author: [3, 11], outlet: [13, 20], dates: [] }
 */
export function readByline(line: string): Byline | null {
  const by = BY.exec(line);
  if (by === null) return null;
  const parts = partsOf(line, by[0].length).map(withoutRole);
  let author: [number, number] | null = null;
  let lastAuthor = -2;
  let outlet: Span | null = null;
  const dates: DatePart[] = [];
  for (const [i, p] of parts.entries()) {
    const date = datePart(p.text);
    if (date !== null) { dates.push({ ...date, start: date.start + p.start, end: date.end + p.start }); continue; }
    if (isRole(p.text) || isReadingAid(p.text)) continue;
    if (isPersonName(p.text) && NAME_JOINTS.has(p.joint) && (author === null ? i === 0 : lastAuthor === i - 1)) {
      author = author === null ? [p.start, p.end] : [author[0], p.end];
      lastAuthor = i;
      continue;
    }
    // A single part is an agency byline ("By Reuters"); a first part of several must look like a masthead.
    if (outlet === null && isOutletName(p.text, i === 0 && parts.length > 1)) { outlet = [p.start, p.end]; continue; }
    return null;
  }
  if (author === null && outlet === null) return null;
  return { author, outlet, dates };
}
