/**
 * What one line at the top of a text says: a keyed header ("Title: …", "Published: …", a "# heading"), a
 * byline, a dateline or an outlet of its own (fields stated by the page), debris of the page ("Share this
 * article", an image, "5 min read"), or something else (a headline, a standfirst, the body).
 */
import { boilerplateRule } from "./boilerplate.ts";
import { readByline, type Span } from "./byline.ts";
import { isRelativeTime, readDateline, type DatePart } from "./dateline.ts";
import { stripTracedMarkdown } from "./markdown.ts";
import { isMasthead, isReadingAid } from "./names.ts";
import { sliceTraced, type Traced } from "./traced.ts";

export type HeaderField = "title" | "author" | "source" | "published" | "url";

export interface FieldFound {
  readonly field: HeaderField;
  /** the value with its sources in the input */
  readonly value: Traced;
  /** 0 for a keyed header; higher ranks give way to lower ones (an "Updated" date to a "Published" one) */
  readonly rank: number;
  /** the value as the later steps read it: for dates, YYYY-MM-DD or the date as written */
  readonly written: string;
}

export type LineReading =
  | { readonly kind: "keyed"; readonly found: FieldFound }
  | { readonly kind: "stated"; readonly found: readonly FieldFound[] }
  | { readonly kind: "debris" }
  | { readonly kind: "other"; readonly stripped: Traced };

const HEADER_KEYS: Readonly<Record<string, HeaderField>> = {
  title: "title", headline: "title", author: "author", authors: "author", by: "author", byline: "author",
  source: "source", publisher: "source", site: "source", published: "published", date: "published",
  dated: "published", "publication date": "published", url: "url", link: "url",
};

const KEY_VALUE = /^([A-Za-z][A-Za-z ]{1,20}?)\s*:\s*(.+)$/d;
const HEADING = /^#{1,6}\s+\S/;
/** The longest line read as a byline, dateline or masthead. */
const MAX_STATED_LENGTH = 200;

const found = (field: HeaderField, value: Traced, rank: number, written = value.text): FieldFound => ({ field, value, rank, written });
const part = (t: Traced, [start, end]: Span): Traced => sliceTraced(t, start, end);

function keyed(line: Traced): FieldFound | null {
  const kv = KEY_VALUE.exec(line.text);
  const field = kv === null ? undefined : HEADER_KEYS[(kv[1] as string).trim().toLowerCase()];
  if (kv !== null && field !== undefined) {
    // the value without one quote mark on either side (the line is trimmed, so the value ends the line)
    const [start] = kv.indices?.[2] ?? [0];
    const quoted = /^(["']?)(.*?)["']?$/s.exec(line.text.slice(start)) as RegExpExecArray;
    const from = start + (quoted[1] as string).length;
    const t = sliceTraced(line, from, from + (quoted[2] as string).length);
    if (field === "title") return found(field, stripTracedMarkdown(t).line, 0);
    if (field === "published") {
      // "Published: 1 Dec 2026 · Updated 2 Dec 2026": the publication date, not the whole value
      const dates = readDateline(t.text)?.dates ?? [];
      const best = dates.find((d) => d.kind === "published") ?? dates[0];
      if (best !== undefined) return found(field, sliceTraced(t, best.start, best.end), 0, best.date);
    }
    return found(field, t, 0);
  }
  if (HEADING.test(line.text)) return found("title", stripTracedMarkdown(line).line, 0);
  return null;
}

const dateFound = (t: Traced, d: DatePart): FieldFound =>
  found("published", sliceTraced(t, d.start, d.end), d.kind === "updated" ? 2 : 1, d.date);

/**
 * Reads one trimmed line. `underHeader` is true once a title or header line was read above it: only there is an
 * outlet alone on its line taken as the outlet.
 *
 * @example readHeaderLine(traceInput("By Jane Roe, Reuters"), false).kind === "stated"
 */
export function readHeaderLine(line: Traced, underHeader: boolean): LineReading {
  const key = keyed(line);
  if (key !== null) return { kind: "keyed", found: key };
  const { line: stripped } = stripTracedMarkdown(line);
  const text = stripped.text;
  // bylines, datelines and mastheads are short; a long line is a headline, a standfirst or the body
  if (text.length > MAX_STATED_LENGTH) return boilerplateRule(text) !== null ? { kind: "debris" } : { kind: "other", stripped };
  if (text === "" || isReadingAid(text) || isRelativeTime(text) || boilerplateRule(text) !== null) return { kind: "debris" };
  const strippedKey = keyed(stripped);
  if (strippedKey !== null) return { kind: "keyed", found: strippedKey };
  const byline = readByline(text);
  if (byline !== null) {
    return { kind: "stated", found: [
      ...(byline.author ? [found("author", part(stripped, byline.author), 0)] : []),
      ...(byline.outlet ? [found("source", part(stripped, byline.outlet), 2)] : []),
      ...byline.dates.map((d) => dateFound(stripped, d)),
    ] };
  }
  const dateline = readDateline(text);
  if (dateline !== null) {
    return { kind: "stated", found: [
      ...(dateline.outlet ? [found("source", part(stripped, dateline.outlet), 1)] : []),
      ...dateline.dates.map((d) => dateFound(stripped, d)),
    ] };
  }
  if (underHeader && isMasthead(text)) return { kind: "stated", found: [found("source", stripped, 2)] };
  return { kind: "other", stripped };
}
