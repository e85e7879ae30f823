/**
 * A cheap English check: English prose is dense with English function words, other languages with their own,
 * and English is written in Latin script. Telegraphic English (tables, "Shr loss 22 cts vs 18 cts") has few
 * function words of any language and passes.
 */

/** The 50 most common English function words. */
const ENGLISH_WORDS = new Set([
  "the", "of", "and", "to", "a", "in", "is", "that", "for", "it", "was", "on", "with", "as", "he", "be", "by", "at",
  "are", "his", "from", "this", "have", "an", "they", "not", "but", "had", "has", "which", "were", "or", "their",
  "been", "its", "will", "said", "who", "we", "would", "she", "her", "there", "after", "more", "also", "i", "you",
  "all", "can",
]);

/**
 * Common function words of Spanish, French, German, Italian, Portuguese and Dutch that are not also English words
 * ("per", "do", "den" are left out).
 */
const OTHER_WORDS = new Set([
  "el", "la", "los", "las", "de", "del", "y", "que", "en", "un", "una", "por", "con", "para", "es", "se", "su", "lo",
  "como", "más", "pero", "sus", "fue", "este", "esta", "entre", "cuando", "sobre", "le", "les", "des", "du", "et",
  "est", "une", "qui", "dans", "pour", "pas", "sur", "au", "aux", "avec", "ce", "il", "elle", "sont", "ont", "été",
  "der", "das", "und", "ist", "nicht", "ein", "eine", "zu", "dem", "von", "mit", "sich", "auf", "für", "im",
  "auch", "wird", "wurde", "sind", "nach", "bei", "di", "che", "non", "sono", "della", "gli", "não",
  "uma", "da", "dos", "het", "een", "van", "dat", "niet", "voor", "zijn",
]);

/** A text is not English when other languages' function words make up at least this share and outnumber English's. */
const MIN_OTHER_SHARE = 0.03;
const MIN_WORDS = 20;
const SAMPLE = 3000;

export interface LanguageVerdict {
  readonly english: boolean;
  /** what was measured, for the issue message */
  readonly detail: string;
}

const percent = (n: number, of: number): string => `${((100 * n) / of).toFixed(1)}%`;

/** Code points of a well-formed string (a surrogate pair counts once). */
function codePoints(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}

/**
 * How many code points of `text` `other` leaves out: the count of /\p{…}/gu matches, without a string per match.
 * Lone surrogates are not letters of any script, so they go with the rest.
 */
const countOf = (text: string, other: RegExp): number => codePoints(text.replace(other, ""));

/**
 * Judges whether `text` is English.
 *
 * @example judgeEnglish("The talks were held in Geneva on Monday and the ...").english === true
 */
export function judgeEnglish(full: string): LanguageVerdict {
  // a few thousand characters tell the language as well as the whole of a long text does
  const text = full.length > SAMPLE ? full.slice(0, SAMPLE) : full;
  const letters = countOf(text, /\P{L}+/gu);
  const latin = countOf(text, /\P{Script=Latin}+/gu);
  if (letters >= 20 && latin / letters < 0.5) {
    return { english: false, detail: `only ${percent(latin, letters)} of ${letters} letters are Latin script` };
  }
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < MIN_WORDS) return { english: true, detail: `${words.length} words, too few to judge` };
  let english = 0;
  let other = 0;
  for (const w of words) {
    if (ENGLISH_WORDS.has(w)) english++;
    else if (OTHER_WORDS.has(w)) other++;
  }
  const detail = `${percent(english, words.length)} of ${words.length} words are English function words, ` +
    `${percent(other, words.length)} are other languages'`;
  return { english: !(other > english && other / words.length >= MIN_OTHER_SHARE), detail };
}
