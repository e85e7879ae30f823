/**
 * Lays an imported knowledge base over ours ("add" mode): for a phrase both know, the imported entries win;
 * otherwise whichever knows it answers. Country names (kb.country) stay ours.
 */
import type { KnowledgeBase } from "../resources.ts";

export function layerKnowledgeBases(theirs: KnowledgeBase, ours: KnowledgeBase): KnowledgeBase {
  return Object.freeze({
    lookup: (key: string) => theirs.lookup(key) ?? ours.lookup(key),
    maxPhraseWords: Math.max(theirs.maxPhraseWords, ours.maxPhraseWords),
    isAcronym: (key: string) => (theirs.lookup(key) ? theirs.isAcronym?.(key) ?? false : ours.isAcronym?.(key) ?? false),
    country: (iso3: string) => ours.country(iso3),
    countries: ours.countries,
  });
}
