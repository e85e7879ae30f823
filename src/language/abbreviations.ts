/**
 * Abbreviations after which a full stop does not end a sentence. wink-nlp keeps most of them as one token
 * ("Gen.", "U.S.") but still sometimes starts a sentence after them; these rules undo that.
 */

/** Titles and ranks: always followed by a name, never end a sentence. */
const TITLES = new Set([
  "mr.", "mrs.", "ms.", "dr.", "prof.", "rev.", "sen.", "rep.", "gov.", "pres.", "amb.", "hon.", "sec.",
  "gen.", "lt.", "col.", "maj.", "capt.", "cpt.", "sgt.", "cpl.", "pvt.", "adm.", "brig.", "cmdr.", "lt.-gen.",
  "st.", "mt.", "ft.", "fr.", "sr.", "jr.", "messrs.", "sheikh.",
]);

/** Abbreviations that end a sentence only when no number follows ("Jan. 5", "No. 10", "Art. 5"). */
const BEFORE_NUMBER = new Set([
  "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
  "no.", "nos.", "art.", "vol.", "p.", "pp.", "ch.", "sec.", "para.",
]);

const INITIALISM = /^(?:\p{Lu}\.){2,}$/u;
const SHORT_ABBREVIATION = /^\p{L}{1,5}\.$/u;

/**
 * True when a sentence break between `prev` (the last token of a sentence) and `next` (the first token of the
 * next) should be undone.
 *
 * @example keepsSentenceGoing("Gen.", "Haftar", "PROPN") === true
 */
export function keepsSentenceGoing(prev: string, next: string, nextPos: string): boolean {
  const lower = prev.toLowerCase();
  if (TITLES.has(lower)) return true;
  if (prev.length < 2 || !prev.endsWith(".")) return false;
  if (/^\d/.test(next) && BEFORE_NUMBER.has(lower)) return true;
  // A sentence never starts in lower case, so a lower-case word after an abbreviation continues it.
  if (/^\p{Ll}/u.test(next) && (BEFORE_NUMBER.has(lower) || INITIALISM.test(prev) || SHORT_ABBREVIATION.test(prev))) {
    return true;
  }
  // "U.S. Secretary of State": an initialism followed by a name continues; "the U.S. The ..." ends.
  return INITIALISM.test(prev) && nextPos === "PROPN";
}
