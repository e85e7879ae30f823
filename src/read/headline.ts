/**
 * Whether the first line of a pasted text has the shape of a headline rather than of a sentence: short, one
 * piece, starting with a capital, a digit or a quote mark, and not closed by a full stop or a comma. The shape
 * alone is not enough for the reader to take it as the title (header.ts asks for a byline or dateline after it,
 * or a paragraph of its own with body below), but a line of another shape is never a title.
 */

const MAX_LENGTH = 200;
const MAX_WORDS = 30;

/**
 * @example looksLikeHeadline("Rebels and army agree truce in Northland") === true
 * @example looksLikeHeadline("Rebels and army agreed a truce on Sunday, mediators said.") === false
 */
export function looksLikeHeadline(text: string): boolean {
  const t = text.trim();
  if (t.length < 3 || t.length > MAX_LENGTH || t.split(/\s+/).length > MAX_WORDS) return false;
  if (!/^[\p{Lu}\d"“‘'«]/u.test(t) || !/\p{L}{2}/u.test(t)) return false;
  // a sentence ends in a full stop (an ellipsis is a headline's); a comma, colon or semicolon leaves it open
  if (/[,;:]$/.test(t) || (/\.$/.test(t) && !/(?:\.\.\.|…)$/.test(t))) return false;
  // a line that ends in an article, a conjunction or a preposition that is no particle ("fight on") goes on in the next one
  if (/\s(?:a|an|the|and|or|but|of|to|for|from|with|that)$/i.test(t)) return false;
  // two sentences are a paragraph (a full stop after a short word is an abbreviation: "Gen. Haftar")
  if (/\p{Ll}{3,}[.!?]["”’]?\s+["“‘]?\p{Lu}/u.test(t)) return false;
  return true;
}
