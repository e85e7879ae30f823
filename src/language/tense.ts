/**
 * Is a date mentioned in a future clause? News is told in the past tense, so a bare weekday or month is read as
 * the most recent one unless its own clause says otherwise ("talks will resume on Friday").
 */

const FUTURE = /\b(?:will|won['’]t|shall|is due|are due|due to|to be held|scheduled|expected to|plans? to|planned for|set to|going to|next|upcoming|coming|is to|are to|would)\b|['’]ll\b/i;
/** Clause boundaries: the marker must sit in the same clause as the date. */
const BOUNDARY_SOURCE = String.raw`[,;:()\u2014"“”]|\b(?:that|said|says|and|but|after|before|when|while|which)\b`;
const BOUNDARIES = new RegExp(BOUNDARY_SOURCE, "gi");
const FIRST_BOUNDARY = new RegExp(BOUNDARY_SOURCE, "i");

function afterLastBoundary(text: string): string {
  let cut = 0;
  for (const m of text.matchAll(BOUNDARIES)) cut = (m.index ?? 0) + m[0].length;
  return text.slice(cut);
}

function beforeFirstBoundary(text: string): string {
  const m = FIRST_BOUNDARY.exec(text);
  return m === null ? text : text.slice(0, m.index);
}

/**
 * True when the clause around `text.slice(start, end)` is clearly about the future.
 *
 * @example isFutureClause("Talks will resume on Friday.", 18, 27) === true
 */
export function isFutureClause(text: string, start: number, end: number): boolean {
  const before = afterLastBoundary(text.slice(Math.max(0, start - 80), start));
  const after = beforeFirstBoundary(text.slice(end, end + 40));
  const words = after.trim().split(/\s+/).slice(0, 4).join(" ");
  return FUTURE.test(before.trim().split(/\s+/).slice(-8).join(" ")) || FUTURE.test(words);
}
