/**
 * A WordNet word class for the entity tagger's vocabulary (a column of data/model/clusters.bin): the
 * lexicographer file of the word's most frequent noun sense (noun.person, noun.location, noun.group, noun.time, …),
 * told apart by whether WordNet writes that sense with a capital (a name: "Baghdad", "Hamas") or not ("army").
 * Inflected forms are found through WordNet's own detachment rules (morphy: "soldiers" → "soldier", "fled" is not
 * found, "fighting" → "fight"). Words with no noun sense but a verb sense have one class of their own; words
 * WordNet lacks have class 0.
 *
 * @example
 * wordnetClass(wn, "army");   // 1 + 2 × 14 (noun.group), common noun
 * wordnetClass(wn, "seldom"); // 0: no noun or verb sense
 */
import type { Wordnet } from "../vocabulary/wordnet.ts";

/** 0 = not a WordNet noun or verb; 1 + 2 × lexicographer file (+ 1 for a name); VERB_ONLY for verbs only. */
export const WORDNET_CLASSES = 128;
export const VERB_ONLY = 127;

/** morphy's detachment rules (suffix, replacement), as in WordNet's morph(7WN) */
const NOUN_RULES: readonly [string, string][] = [["s", ""], ["ses", "s"], ["xes", "x"], ["zes", "z"], ["ches", "ch"], ["shes", "sh"], ["men", "man"], ["ies", "y"]];
const VERB_RULES: readonly [string, string][] = [["s", ""], ["ies", "y"], ["es", "e"], ["es", ""], ["ed", "e"], ["ed", ""], ["ing", "e"], ["ing", ""]];

/** The form itself when WordNet lists it in `pos`, else the first base form the rules give that it lists. */
function baseForm(wn: Wordnet, form: string, pos: "n" | "v", rules: readonly [string, string][]): string | null {
  if (wn.sensesOf(form, pos).length > 0) return form;
  for (const [suffix, repl] of rules) {
    if (form.length > suffix.length + 1 && form.endsWith(suffix)) {
      const base = form.slice(0, form.length - suffix.length) + repl;
      if (wn.sensesOf(base, pos).length > 0) return base;
    }
  }
  return null;
}

export function wordnetClass(wn: Wordnet, word: string): number {
  const form = word.replace(/ /g, "_");
  const lemma = baseForm(wn, form, "n", NOUN_RULES);
  const first = lemma ? wn.sensesOf(lemma, "n")[0] : undefined;
  if (first) {
    const synset = wn.synset("n", first.offset);
    if (synset) {
      const w = synset.words.find((x) => x.lemma === lemma);
      return 1 + 2 * synset.lexFile + (w?.proper === true ? 1 : 0);
    }
  }
  return baseForm(wn, form, "v", VERB_RULES) ? VERB_ONLY : 0;
}
