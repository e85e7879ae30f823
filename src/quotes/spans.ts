/**
 * Binary searches over spans in text order, for the quotes stage: the direct quotes (non-overlapping, sorted) and
 * the sentences. Each lookup is O(log n), so a text with thousands of quotes is not quadratic.
 */
import type { Sentence } from "../doc.ts";

export type Span = readonly [number, number];

export interface SpanIndex {
  /** spans whose end lies in [from, to], in text order */
  endsIn(from: number, to: number): Span[];
  /** true when some span overlaps [start, end) */
  overlaps(start: number, end: number): boolean;
}

/** First index whose span ends after `at` (spans sorted and non-overlapping, so ends are sorted too). */
function firstEndingAfter(spans: readonly Span[], at: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid] as Span)[1] <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** @example spanIndex([[0, 10], [20, 30]]).overlaps(5, 6) === true */
export function spanIndex(spans: readonly Span[]): SpanIndex {
  return {
    endsIn(from, to) {
      const out: Span[] = [];
      for (let i = firstEndingAfter(spans, from - 1); i < spans.length && (spans[i] as Span)[1] <= to; i++) out.push(spans[i] as Span);
      return out;
    },
    overlaps(start, end) {
      const s = spans[firstEndingAfter(spans, start)];
      return s !== undefined && s[0] < end;
    },
  };
}

/** Index (in `sentences`, sorted by start) of the sentence holding offset `at`, or -1. */
export function sentenceAt(sentences: readonly Sentence[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid] as Sentence;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
