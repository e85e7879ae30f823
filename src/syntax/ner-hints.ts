/**
 * Dictionary hints for the entity tagger: which tokens of a sentence start, continue, end or make up a phrase of
 * the actor knowledge base (countries, demonyms, capitals, IGOs/NGOs, agents, people, groups) and of the place
 * gazetteer (countries, regions, admin1, cities), found by greedy longest match over the sentence with the
 * dictionaries' own phrase key. The hints are small integer codes (0 = none) the tagger turns into features, so a
 * name no dictionary knows is still found from its shape and context, and a known one gets a push.
 *
 * @example
 * const hints = nerHints(["Khalifa", "Haftar", "met", "in", "Moscow"], { kb: loadKnowledgeBase(), gazetteer: loadGazetteer() });
 * hints.kb[0] !== 0 && hints.place[4] !== 0
 */
import { phraseKey } from "../actors/kb/key.ts";
import type { Gazetteer, KbEntryKind, KnowledgeBase } from "../resources.ts";

export interface NerHintSources {
  readonly kb?: KnowledgeBase | null;
  readonly gazetteer?: Gazetteer | null;
}

export interface NerHints {
  /**
   * per token: 0, or 4 × (group + 1) + position (0 one-word phrase, 1 first, 2 inner, 3 last word). Kinds are
   * grouped by the entity type they suggest (person; IGO/NGO/group; country/capital; demonym; agent; every place
   * kind is one group), since a coarse hint is seen often enough in training to earn a weight.
   */
  readonly kb: Uint8Array;
  readonly place: Uint8Array;
}

const KB_KINDS: readonly KbEntryKind[] = ["person", "igo", "ngo", "group", "country", "capital", "demonym", "agent"];
const KB_GROUPS: readonly number[] = [0, 1, 1, 1, 2, 2, 3, 4];
const PLACE_KINDS = ["country", "admin1", "city", "region"] as const;
const PLACE_GROUPS: readonly number[] = [0, 0, 0, 0];

interface Dictionary {
  lookup(key: string): readonly { readonly kind: string }[] | undefined;
  readonly maxPhraseWords: number;
  isPrefix?(words: string): boolean;
  isAcronym?(key: string): boolean;
}

const isUpper = (s: string): boolean => s === s.toUpperCase() && s !== s.toLowerCase();
/** A short lower-case word ("us", "un", "uk") is a pronoun or a typo far more often than an acronym. */
const shortLower = (form: string): boolean => form.length <= 3 && form === form.toLowerCase();

/** A phrase the dictionary knows only as an acronym ("UN", "ISIS"), written here with some word not in capitals. */
function acronymOff(dict: Dictionary, phrase: string, forms: readonly string[], i: number, j: number): boolean {
  if (dict.isAcronym?.(phrase) !== true) return false;
  for (let t = i; t <= j; t++) if (!isUpper(forms[t] as string)) return true;
  return false;
}

/**
 * Marks the longest matches of `dict` in `out`; `kinds` orders the kinds (first listed wins when several apply),
 * `groups` gives each kind's group.
 */
function mark(keys: readonly string[], forms: readonly string[], dict: Dictionary, kinds: readonly string[], groups: readonly number[], out: Uint8Array): void {
  const n = keys.length;
  let i = 0;
  while (i < n) {
    let bestEnd = -1, bestKind = -1;
    let phrase = "";
    for (let j = i; j < n && j - i < dict.maxPhraseWords; j++) {
      const k = keys[j] as string;
      if (k === "") break;
      phrase = j === i ? k : `${phrase} ${k}`;
      const entries = dict.lookup(phrase);
      // (the acronym test is pure and only matters for a phrase the dictionary has: asked only then)
      if (entries && !(j === i && shortLower(forms[i] as string)) && !acronymOff(dict, phrase, forms, i, j)) {
        let kind = -1;
        for (const e of entries) {
          const at = kinds.indexOf(e.kind);
          if (at >= 0 && (kind < 0 || at < kind)) kind = at;
        }
        if (kind >= 0) { bestEnd = j + 1; bestKind = kind; }
      }
      if (dict.isPrefix && !dict.isPrefix(phrase)) break;
    }
    if (bestEnd < 0) { i++; continue; }
    const base = 4 * ((groups[bestKind] as number) + 1);
    if (bestEnd - i === 1) out[i] = base;
    else for (let t = i; t < bestEnd; t++) out[t] = base + (t === i ? 1 : t === bestEnd - 1 ? 3 : 2);
    i = bestEnd;
  }
}

/**
 * The knowledge-base and gazetteer hints of one sentence's tokens; a missing dictionary gives all zeros. `keys` are
 * the forms' phrase keys (phraseKey), when already known (every Token has its own).
 */
export function nerHints(forms: readonly string[], sources: NerHintSources, keys: readonly string[] = forms.map(phraseKey)): NerHints {
  const kb = new Uint8Array(forms.length);
  const place = new Uint8Array(forms.length);
  if (!sources.kb && !sources.gazetteer) return { kb, place };
  if (sources.kb) mark(keys, forms, sources.kb, KB_KINDS, KB_GROUPS, kb);
  if (sources.gazetteer) mark(keys, forms, sources.gazetteer, PLACE_KINDS, PLACE_GROUPS, place);
  return { kb, place };
}
