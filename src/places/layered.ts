/**
 * Our own table in front of the world gazetteer: a name gives our entries and the world's (the world's were
 * derived without the places our table lists, see world/derive.ts), so namesakes across both are all candidates.
 */
import type { Gazetteer } from "../resources.ts";

/**
 * One Gazetteer over both; `country()` and `entries` are our table's.
 *
 * @example layered(loadGazetteer(), loadWorldGazetteer()).lookup("tripoli") // Libya's and Lebanon's (ours), Tripoli, US (world)
 */
export function layered(hand: Gazetteer, world: Gazetteer): Gazetteer {
  return Object.freeze({
    lookup(key: string) {
      const ours = hand.lookup(key);
      const theirs = world.lookup(key);
      if (!theirs?.length) return ours;
      if (!ours?.length) return theirs;
      return Object.freeze([...ours, ...theirs]);
    },
    isPrefix: (words: string) => (hand.isPrefix?.(words) ?? true) || (world.isPrefix?.(words) ?? true),
    get maxPhraseWords() { return Math.max(hand.maxPhraseWords, world.maxPhraseWords); },
    country: (iso3: string) => hand.country(iso3),
    ...(hand.entries ? { entries: hand.entries } : {}),
  });
}
