/**
 * The words that name a ceasefire, and the weaker words that refer back to one ("the agreement", "the deal")
 * once the article has named it.
 */

/** ceasefire, cease-fire, truce, armistice, cessation of hostilities, peace deal/agreement/accord */
export const TRUCE_RE =
  /\b(?:cease-?fires?|truces?|armistices?|cessation\s+of\s+(?:hostilities|fighting)|peace\s+(?:deals?|agreements?|accords?|plan))\b/i;

/** words that refer back to a ceasefire already named in the article */
export const ANAPHOR_RE = /\b(?:agreement|deal|accord|document|text|pact|terms|talks)\b/i;

/** True when the sentence names a ceasefire. */
export function namesTruce(sentence: string): boolean {
  return TRUCE_RE.test(sentence);
}

/** True when the sentence names a ceasefire or, in an article that does, refers back to one. */
export function refersToTruce(sentence: string, articleNamesTruce: boolean): boolean {
  return TRUCE_RE.test(sentence) || (articleNamesTruce && ANAPHOR_RE.test(sentence));
}
