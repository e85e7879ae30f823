/**
 * The top of a plain text: a YAML front-matter block, keyed header lines ("Title:", "Published:", a "# heading"),
 * or what a web page pasted as text starts with — a headline, a standfirst, a byline, a dateline, an outlet and
 * the page's debris between them. What is read here is the header; the rest is the body, in order (a standfirst
 * between the headline and the byline stays body).
 *
 * A first line is taken as the title only when it has a headline's shape (headline.ts) and either a byline,
 * dateline or keyed header follows it, or it is short and stands as a paragraph of its own with body below (or,
 * where the caller gave a title, it is that title): a text that starts with a sentence keeps it.
 */
import { looksLikeHeadline } from "./headline.ts";
import { readHeaderLine, type FieldFound, type HeaderField } from "./header-line.ts";
import { isMasthead } from "./names.ts";
import { trimTraced, type Traced } from "./traced.ts";

export interface HeaderRead {
  readonly fields: Partial<Record<HeaderField, FieldFound>>;
  /** the body's lines, in order, blank lines kept */
  readonly body: readonly Traced[];
}

/** Lines (not counting blank ones) the header of a pasted page may span, debris included: real ones take a dozen. */
const MAX_HEADER_LINES = 40;
/** Lines a front-matter block may span before its closing "---"; a longer one is no header block. */
const MAX_FRONT_MATTER_LINES = 60;
const YAML_LINE = /^(?:[\w][\w .-]*:(?:\s|$)|-\s|#|\s)/;

/**
 * True when line `at` opens a YAML front-matter block: "---", then key: value lines (or YAML list items,
 * comments, blanks), then a closing "---" within MAX_FRONT_MATTER_LINES. Without the closing line the text is
 * not front matter, and reading it as such would swallow the whole body.
 */
function isFrontMatter(lines: readonly string[], at: number): boolean {
  if ((lines[at] ?? "").trim() !== "---") return false;
  let keys = 0;
  for (let j = at + 1; j < lines.length && j <= at + MAX_FRONT_MATTER_LINES; j++) {
    const line = lines[j] as string;
    if (line.trim() === "---") return keys > 0;
    if (line.trim() === "") continue;
    if (!YAML_LINE.test(line)) return false;
    if (/^[\w]/.test(line)) keys++;
  }
  return false;
}

/** Keeps the better of two findings of one field: the lower rank, else the first. */
function keep(fields: Partial<Record<HeaderField, FieldFound>>, f: FieldFound): void {
  const had = fields[f.field];
  if (had === undefined || f.rank < had.rank) fields[f.field] = f;
}

function readFrontMatter(lines: readonly Traced[], open: number): HeaderRead {
  const fields: Partial<Record<HeaderField, FieldFound>> = {};
  let j = open + 1;
  for (; j < lines.length; j++) {
    const line = trimTraced(lines[j] as Traced);
    if (line.text === "---") { j++; break; }
    const reading = readHeaderLine(line, false);
    if (reading.kind === "keyed" && fields[reading.found.field] === undefined) fields[reading.found.field] = reading.found;
  }
  return { fields, body: lines.slice(j) };
}

/**
 * Splits the lines of a text into its header fields and its body. With a title `given` by the caller, a headline
 * with no byline or dateline under it is the title only when it is that title; otherwise it is the body's lead.
 *
 * @example readHeader(splitTracedLines(traceInput("Truce holds\nBy Jane Roe\n\nThe truce held."))).fields.author?.value.text === "Jane Roe"
 */
export function readHeader(lines: readonly Traced[], given: string | null = null): HeaderRead {
  const texts = lines.map((l) => l.text);
  let i = 0;
  while (i < lines.length && (texts[i] as string).trim() === "") i++;
  if (isFrontMatter(texts, i)) return readFrontMatter(lines, i);
  // A "---" that opens no front-matter block is a rule (or a dash line) before the text: step over it.
  if ((texts[i] ?? "").trim() === "---") i++;
  const fields: Partial<Record<HeaderField, FieldFound>> = {};
  const keyedFields = new Set<HeaderField>();
  let headline: { at: number; value: Traced } | null = null;
  let masthead: Traced | null = null;
  let lastHeader = -1;
  let pending: number[] = [];
  const standfirst: number[] = [];
  let first = true;
  let seen = 0;
  for (let j = i; j < lines.length; j++) {
    const line = trimTraced(lines[j] as Traced);
    if (line.text === "") continue;
    if (++seen > MAX_HEADER_LINES) break;
    const reading = readHeaderLine(line, headline !== null || lastHeader >= 0);
    if (reading.kind === "debris") continue;
    if (reading.kind === "other") {
      if (first && looksLikeHeadline(reading.stripped.text)) headline = { at: j, value: reading.stripped };
      else if (headline !== null && masthead === null && lastHeader < 0 && pending.length === 0 &&
        isMasthead(headline.value.text, true) && looksLikeHeadline(reading.stripped.text)) {
        // the site's name above the headline: "The Lakeport Gazette", then the headline
        masthead = headline.value;
        headline = { at: j, value: reading.stripped };
      } else if ((headline !== null || lastHeader >= 0) && pending.length === 0) pending.push(j);
      else break;
      first = false;
      continue;
    }
    first = false;
    if (reading.kind === "keyed") {
      // a field keyed twice (a second heading) is body
      if (keyedFields.has(reading.found.field)) break;
      keyedFields.add(reading.found.field);
      keep(fields, reading.found);
    } else {
      for (const f of reading.found) keep(fields, f);
    }
    lastHeader = j;
    standfirst.push(...pending);
    pending = [];
  }
  let end = lastHeader;
  if (headline !== null) {
    const taken = lastHeader > headline.at ||
      (given === null ? words(headline.value.text) <= MAX_ALONE_WORDS && standsAlone(lines, headline.at) : sameTitle(headline.value.text, given));
    if (taken && fields.title === undefined) {
      fields.title = { field: "title", value: headline.value, rank: 1, written: headline.value.text };
      if (masthead !== null) keep(fields, { field: "source", value: masthead, rank: 2, written: masthead.text });
      end = Math.max(end, headline.at);
    } else if (lastHeader > headline.at) {
      standfirst.unshift(headline.at);
    }
  }
  if (end < 0) return { fields, body: lines.slice(i) };
  return { fields, body: [...standfirst.map((j) => lines[j] as Traced), ...lines.slice(end + 1)] };
}

/**
 * The most words of a headline taken without a byline or dateline under it: headlines are short, and a longer
 * line with no full stop is more likely a lead or a standfirst that lost its punctuation.
 */
const MAX_ALONE_WORDS = 12;

const words = (text: string): number => text.trim().split(/\s+/).length;
const comparable = (text: string): string => text.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
const sameTitle = (a: string, b: string): boolean => comparable(a) === comparable(b);

/** A headline with no byline or dateline under it is the title when a blank line or debris follows, then body. */
function standsAlone(lines: readonly Traced[], at: number): boolean {
  const next = lines[at + 1];
  if (next === undefined) return false;
  if (next.text.trim() !== "" && readHeaderLine(trimTraced(next), true).kind !== "debris") return false;
  for (let j = at + 1, seen = 0; j < lines.length && seen <= MAX_HEADER_LINES; j++) {
    const line = trimTraced(lines[j] as Traced);
    if (line.text === "") continue;
    if (readHeaderLine(line, true).kind === "other") return true;
    seen++;
  }
  return false;
}
