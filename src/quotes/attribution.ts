/**
 * Finds the attribution clause of a direct quote: after it ("…," said Haftar / "…," Haftar said / "…," according to
 * X) or before it (Haftar said: "…" / , Haftar said, "…"). Only the text between the quote and the nearest
 * boundary (another quote, a line break, the end of a sentence) is searched.
 */
import type { QuoteSpan } from "./marks.ts";
import type { Clause } from "./speaker.ts";
import { alternation, DIRECT_VERBS } from "./verbs.ts";

const VERBS = alternation(DIRECT_VERBS);
/** a speech verb anywhere in the clause after a quote */
const VERB_RE = new RegExp(`\\b(?:${VERBS})\\b`, "i");
/** a speech verb near the end of the clause before a quote, e.g. `Haftar told reporters on Monday:` */
const VERB_BEFORE_RE = new RegExp(`\\b(?:${VERBS})\\b(?:[^"\\u201C\\u201D.!?:]{0,45})?[:,]?\\s*(?:that\\s*)?$`, "i");
const QUOTE_MARK = /["\u201C\u201D\u201E\u00AB\u00BB]/;
const MAX_WINDOW = 160;

/** The clause after the closing mark, when the quote ends the way attributed quotes do (comma, ? or !). */
export function clauseAfter(text: string, span: QuoteSpan): Clause | null {
  if (span.runsOn) return null;
  const inner = text.slice(span.start, span.close - 1).trimEnd();
  if (inner.endsWith(".")) return null; // "… end." Next sentence. — a new sentence, not an attribution
  const from = span.close;
  const rest = text.slice(from, from + MAX_WINDOW);
  let limit = rest.length;
  const stop = rest.search(/\n|[.!?;](?=\s|$)/);
  if (stop >= 0) limit = stop;
  const nextQuote = rest.search(QUOTE_MARK);
  if (nextQuote >= 0 && nextQuote < limit) limit = nextQuote;
  const window = rest.slice(0, limit);
  const verb = VERB_RE.exec(window);
  if (!verb || verb.index > 70) return null;
  return { start: from, end: from + limit, verbStart: from + verb.index, verbEnd: from + verb.index + verb[0].length };
}

/** The clause before the opening mark, when it ends in a speech verb (Haftar said: / He added that). */
export function clauseBefore(text: string, span: QuoteSpan, floor: number): Clause | null {
  const lookFrom = Math.max(floor, span.open - MAX_WINDOW);
  const before = text.slice(lookFrom, span.open);
  const boundary = Math.max(before.lastIndexOf("\n"), lastSentenceEnd(before));
  const from = lookFrom + boundary + 1;
  const window = text.slice(from, span.open);
  const match = VERB_BEFORE_RE.exec(window);
  if (!match) return null;
  const verb = VERB_RE.exec(match[0]);
  const verbStart = from + match.index + (verb?.index ?? 0);
  return { start: from, end: span.open, verbStart, verbEnd: verbStart + (verb?.[0].length ?? 0) };
}

function lastSentenceEnd(s: string): number {
  let last = -1;
  for (const m of s.matchAll(/[.!?](?=\s)/g)) last = m.index;
  return last;
}
