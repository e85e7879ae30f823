/**
 * Unicode and whitespace normal form of the clean text: NFC, one space between words, one "\n" between
 * paragraphs, hard-wrapped lines joined. Quotes and dashes are kept as written. The traced forms keep each
 * character's source in the input (traced.ts); the string forms are the same steps without sources.
 */
import { joinTraced, nfcTraced, replaceTraced, sliceTraced, traceInput, trimTraced, type Traced } from "./traced.ts";

// No-break and typographic spaces become plain spaces; zero-width characters and soft hyphens go.
const SPACES = /[\t\u000b\u000c\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g;
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const SENTENCE_END = /[.!?:;"”’)\]]$/;

/**
 * Splits traced text at line breaks ("\n", "\r\n" or "\r"), breaks left out.
 *
 * @example splitTracedLines(traceInput("a\r\nb")).map((l) => l.text) // ["a", "b"]
 */
export function splitTracedLines(t: Traced): Traced[] {
  const lines: Traced[] = [];
  const breaks = /\r\n?|\n/g;
  let start = 0;
  for (let m = breaks.exec(t.text); m !== null; m = breaks.exec(t.text)) {
    lines.push(sliceTraced(t, start, m.index));
    start = m.index + m[0].length;
  }
  lines.push(sliceTraced(t, start));
  return lines;
}

/** One line (no line breaks) after NFC and whitespace normalisation, trimmed, with its sources. */
export function normaliseTracedLine(line: Traced): Traced {
  let t = nfcTraced(line);
  t = replaceTraced(t, INVISIBLE, () => []);
  t = replaceTraced(t, SPACES, () => [" "]);
  return trimTraced(replaceTraced(t, / {2,}/g, () => [" "]));
}

/** Trimmed lines after NFC and whitespace normalisation, with their sources. */
export function normaliseTracedLines(raw: Traced): Traced[] {
  return splitTracedLines(raw).map(normaliseTracedLine);
}

/** Splits text into trimmed, non-empty lines after NFC and whitespace normalisation. */
export function normaliseLines(raw: string): string[] {
  return normaliseTracedLines(traceInput(raw)).map((line) => line.text);
}

/** Paragraphs of normalised traced lines, as toParagraphs splits them; a joined hard wrap becomes a space. */
export function tracedLineParagraphs(lines: readonly Traced[]): Traced[] {
  const paragraphs: Traced[] = [];
  let current: Traced | null = null;
  for (const line of lines) {
    if (line.text === "") {
      if (current !== null) paragraphs.push(current);
      current = null;
    } else if (current !== null && !SENTENCE_END.test(current.text) && /^\p{Ll}/u.test(line.text)) {
      current = joinTraced([current, line], " ");
    } else {
      if (current !== null) paragraphs.push(current);
      current = line;
    }
  }
  if (current !== null) paragraphs.push(current);
  return paragraphs;
}

/**
 * Paragraphs of a plain text: blank lines separate paragraphs; a line that does not end a sentence and is
 * followed by one starting in lower case is a hard wrap and is joined to it.
 *
 * @example toParagraphs("One line\nwrapped here.\n\nNext.") // ["One line wrapped here.", "Next."]
 */
export function toParagraphs(raw: string): string[] {
  return tracedLineParagraphs(normaliseTracedLines(traceInput(raw))).map((p) => p.text);
}

/** Joins paragraphs into the clean text every offset refers to. */
export function joinParagraphs(paragraphs: readonly string[]): string {
  return paragraphs.filter((p) => p !== "").join("\n");
}

/** joinParagraphs for traced paragraphs. */
export function joinTracedParagraphs(paragraphs: readonly Traced[]): Traced {
  return joinTraced(paragraphs.filter((p) => p.text !== ""), "\n");
}
