/**
 * A cheap English check: English prose is dense with function words, and written in Latin script.
 */

/** The 50 most common English function words. */
const FUNCTION_WORDS = new Set([
  "the", "of", "and", "to", "a", "in", "is", "that", "for", "it", "was", "on", "with", "as", "he", "be", "by", "at",
  "are", "his", "from", "this", "have", "an", "they", "not", "but", "had", "has", "which", "were", "or", "their",
  "been", "its", "will", "said", "who", "we", "would", "she", "her", "there", "after", "more", "also", "i", "you",
  "all", "can",
]);

/** Below this share of function words (on texts of at least MIN_WORDS words) a text is not English. */
const MIN_SHARE = 0.03;
const MIN_WORDS = 20;

export interface LanguageVerdict {
  readonly english: boolean;
  /** what was measured, for the issue message */
  readonly detail: string;
}

/**
 * Judges whether `text` is English.
 *
 * @example judgeEnglish("The talks were held in Geneva on Monday and the ...").english === true
 */
export function judgeEnglish(text: string): LanguageVerdict {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (letters >= 20 && latin / letters < 0.5) {
    return { english: false, detail: `${Math.round((100 * latin) / letters)}% of letters are Latin script` };
  }
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < MIN_WORDS) return { english: true, detail: `${words.length} words, too few to judge` };
  let hits = 0;
  for (const w of words) if (FUNCTION_WORDS.has(w)) hits++;
  const share = hits / words.length;
  const detail = `${(100 * share).toFixed(1)}% of ${words.length} words are common English function words`;
  return { english: share >= MIN_SHARE, detail };
}
