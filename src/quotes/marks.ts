/**
 * Finds direct-speech spans: text between paired double quote marks, straight (") or curly (“ ”, „ ”, « »).
 * A quote may span sentences. An opening mark left unclosed at a paragraph break is closed there when the next
 * paragraph opens with a quote mark again (the newspaper convention for quotes running over paragraphs);
 * otherwise the stray mark is ignored.
 */

/** One pair of quote marks and the trimmed text between them. */
export interface QuoteSpan {
  /** offset of the opening mark */
  readonly open: number;
  /** offset just past the closing mark (or the paragraph end for a run-on quote) */
  readonly close: number;
  /** trimmed quoted text, without marks and without a trailing comma */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** true when the quote was cut at a paragraph break and continues in the next paragraph */
  readonly runsOn: boolean;
}

/** The marks as UTF-16 code units: the scan below reads every character of the text by its code. */
const NEWLINE = 0x0a;
const STRAIGHT = 0x22;
const isOpener = (c: number): boolean => c === 0x201c || c === 0x201e || c === 0x00ab;
const isCloser = (c: number): boolean => c === 0x201d || c === 0x00bb;
const QUOTE_CHAR = /["\u201C\u201D\u201E\u00AB\u00BB]/;

/**
 * @example findQuoteSpans('He said: "We will sign." Then he left.')[0]?.text === "We will sign."
 */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let openAt = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === NEWLINE && openAt >= 0) {
      // the first non-space character after the break (found without copying the rest of the text)
      let k = i + 1;
      while (k < text.length && /\s/.test(text[k] as string)) k++;
      if (k < text.length && QUOTE_CHAR.test(text[k] as string)) pushSpan(spans, text, openAt, i, true);
      openAt = -1;
      continue;
    }
    if (ch === STRAIGHT) {
      if (openAt < 0) openAt = i;
      else { pushSpan(spans, text, openAt, i + 1, false); openAt = -1; }
    } else if (isOpener(ch)) {
      openAt = i;
    } else if (isCloser(ch) && openAt >= 0) {
      pushSpan(spans, text, openAt, i + 1, false);
      openAt = -1;
    }
  }
  if (openAt >= 0) {
    const tail = text.slice(openAt + 1);
    if (tail.trim().length > 0 && !QUOTE_CHAR.test(tail)) pushSpan(spans, text, openAt, text.length, true);
  }
  return spans;
}

function pushSpan(spans: QuoteSpan[], text: string, open: number, close: number, runsOn: boolean): void {
  const innerEnd = runsOn ? close : close - 1;
  let start = open + 1;
  let end = innerEnd;
  while (start < end && /\s/.test(text[start] ?? "")) start++;
  while (end > start && /[\s,]/.test(text[end - 1] ?? "")) end--;
  if (end <= start) return;
  spans.push({ open, close, start, end, text: text.slice(start, end), runsOn });
}

/** Number of words in a string. */
export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
