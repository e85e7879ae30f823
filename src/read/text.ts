/**
 * Plain and Markdown-ish text, with character references such as "&amp;" decoded (entities.ts): the header at
 * the top (header.ts: front matter, "Title:"/"Published:" lines, or the headline, byline and dateline of a pasted
 * web page), then the body. Every character of the body and of each header field keeps its source in the input
 * (traced.ts), so offsets map back to what the user pasted.
 */
import type { Paragraph } from "./boilerplate.ts";
import { decodeTracedEntities } from "./entities.ts";
import { readHeader } from "./header.ts";
import type { HeaderField } from "./header-line.ts";
import { stripTracedMarkdown } from "./markdown.ts";
import { normaliseTracedLine, splitTracedLines, tracedLineParagraphs } from "./normalize.ts";
import { sliceTraced, sourceOf, traceInput } from "./traced.ts";

export interface Extracted {
  readonly title: string | null;
  readonly author: string | null;
  readonly source: string | null;
  /** the date as written; normalised later */
  readonly published: string | null;
  readonly url: string | null;
  readonly paragraphs: readonly Paragraph[];
  /** where each header field was read, as offsets into the input (plain text only) */
  readonly spans?: Partial<Record<HeaderField, readonly [number, number]>>;
}

/**
 * Reads header lines and body paragraphs from plain or Markdown text; `givenTitle` is the caller's title, if any.
 *
 * @example extractText("Title: Talks\nBy Jane Doe\n\nThe talks began.").title === "Talks"
 */
export function extractText(raw: string, givenTitle: string | null = null): Extracted {
  let input = traceInput(raw);
  if (raw.startsWith("\ufeff")) input = sliceTraced(input, 1);
  const lines = splitTracedLines(decodeTracedEntities(input)).map(normaliseTracedLine);
  const { fields, body } = readHeader(lines, givenTitle);
  const paragraphs: Paragraph[] = [];
  for (const p of tracedLineParagraphs(body)) {
    const { line, linkShare } = stripTracedMarkdown(p);
    if (line.text !== "") paragraphs.push({ text: line.text, linkShare, traced: line });
  }
  const spans: Partial<Record<HeaderField, readonly [number, number]>> = {};
  for (const f of Object.values(fields)) spans[f.field] = sourceOf(f.value, 0, f.value.text.length);
  const value = (field: HeaderField): string | null => fields[field]?.written ?? null;
  return {
    title: value("title"), author: value("author"), source: value("source"),
    published: value("published"), url: value("url"), paragraphs, spans,
  };
}
