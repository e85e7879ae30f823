/**
 * Turns an article's text and its coded spans (actors, events, quotes, dates, places) into flat text segments,
 * each knowing which spans cover it, so overlapping highlights need no nested markup. All text goes in as text.
 */

export type Kind = "actor" | "event" | "quote" | "date" | "place" | "sentence";

export interface Span { readonly start: number; readonly end: number; readonly kind: Kind; readonly ref: string; readonly title?: string }

const ABBREV = /(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Sgt|Capt|St|Jr|Sr|Prof|Gov|Sen|Rep|Amb|No|vs|etc|Inc|Co)|\b[A-Z]|(?:[A-Z]\.)+[A-Z])\.$/;

/** Offsets where sentences start: after . ! ? (and closing quotes) followed by space and a capital, and after line breaks. */
export function sentenceStarts(text: string): number[] {
  const starts = [0];
  const re = /([.!?]["”’')\]]*)[ \t]+(?=["“‘(]?[A-Z0-9])|\n+[ \t]*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[1] && ABBREV.test(text.slice(Math.max(0, m.index - 8), m.index + 1))) continue;
    starts.push(m.index + m[0].length);
  }
  return starts;
}

/** The sentence holding [start, end), widened to whole sentences when the span crosses a boundary. */
export function sentenceAround(starts: readonly number[], textLength: number, start: number, end: number): [number, number] {
  let a = 0;
  for (const s of starts) if (s <= start) a = s; else break;
  let b = textLength;
  for (const s of starts) if (s >= Math.max(end, start + 1)) { b = s; break; }
  return [a, b];
}

export interface Segment { readonly start: number; readonly end: number; readonly spans: readonly Span[] }

/** Splits [0, length) at every span edge; spans outside the text are dropped. */
export function segments(length: number, spans: readonly Span[]): Segment[] {
  const ok = spans.filter((s) => s.start >= 0 && s.end <= length && s.end > s.start);
  const cuts = [...new Set([0, length, ...ok.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!, end = cuts[i + 1]!;
    out.push({ start, end, spans: ok.filter((s) => s.start <= start && s.end >= end) });
  }
  return out;
}
