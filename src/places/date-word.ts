/**
 * Whether a capitalised word is a date word ("March", "May", "Sunday") rather than the town that shares its
 * spelling: chrono-node, which the dates stage uses too, reads the whole word as a date. The dates stage only keeps
 * the dates it can place, so a month named in a text without a publication date is not among them.
 */
import * as chrono from "chrono-node";

/** Any fixed instant: the question is whether the words are a date, not which one. */
const REFERENCE = new Date(Date.UTC(2000, 0, 1));

/**
 * @example isDateWord("March") === true; isDateWord("Friday Harbor") === false; isDateWord("Reading") === false
 */
export function isDateWord(surface: string): boolean {
  return chrono.parse(surface, REFERENCE).some((r) => r.index === 0 && r.text.length === surface.length);
}
