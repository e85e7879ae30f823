/**
 * Whether a match of the world gazetteer is a whole name in the text and not a piece of a longer one: "Salem" in
 * "Mount Salem", "Santa Fe" in "Santa Fe High School", "Kara" in "Kara-Balta", "Sector" in "Sector 24", "Kansas
 * City" read off "a Kansas city". Our own table's names are checked by the stop lists instead (match.ts).
 */
import type { Token } from "../doc.ts";
import { DIVISION_WORDS } from "./cues.ts";
import { LOWER_ARTICLES, OPENERS } from "./stoplist.ts";

const capitalised = (s: string): boolean => /^\p{Lu}/u.test(s);
const isWord = (t: Token | undefined): t is Token => t !== undefined && t.key !== "";
/** Lower-case words a multiword name may hold: "Kralupy nad Vltavou", "Bir al Abd", "Dera Ismail Khan" */
const MAX_INNER_LOWER = 3;

/**
 * True when tokens `i`..`j` (inclusive; the sentence spans `first`..`end` - 1) hold a whole name; `common` marks a
 * name that is also an English word, which must not modify a noun after it ("the Northern part").
 *
 * @example wholeName(tokens, 3, 3, 0, 6, false) // "a chemical spill near Mount Salem": "Salem" → false
 */
export function wholeName(tokens: readonly Token[], i: number, j: number, first: number, end: number, common: boolean): boolean {
  const at = (k: number): Token | undefined => (k >= first && k < end ? tokens[k] : undefined);
  const head = tokens[i];
  const last = tokens[j];
  if (!head || !last) return false;
  if (i === j && LOWER_ARTICLES.has(head.text)) return false;
  // a piece of a hyphenated compound: "Kara-Balta", "Wisconsin-Milwaukee", "al-Norfolk"
  const before = at(i - 1);
  const after = at(j + 1);
  if (before?.text === "-" && before.end === head.start) return false;
  if (after?.text === "-" && after.start === last.end) return false;
  // a capitalised word before it, other than a sentence's capitalised opener ("In Reading, ...")
  if (isWord(before) && capitalised(before.text)) {
    const opener = at(i - 2) === undefined && OPENERS.has(before.lower);
    if (!opener) return false;
  }
  // a capitalised word or a number after it, other than a division word ("Tottori Prefecture")
  if (isWord(after) && (/^\d/.test(after.text) || (capitalised(after.text) && !DIVISION_WORDS.has(after.lower)))) return false;
  if (common && isWord(after) && !capitalised(after.text) && after.pos === "NOUN") return false;
  for (let k = i + 1; k <= j; k++) {
    const t = tokens[k];
    if (!isWord(t) || capitalised(t.text) || t.text.length <= MAX_INNER_LOWER) continue;
    if (!(k === j && DIVISION_WORDS.has(t.lower))) return false;
  }
  return true;
}
