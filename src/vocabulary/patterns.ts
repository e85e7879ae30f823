/**
 * The vocabulary's words as verb patterns: one word (or verb + particle) per pattern, flagged `noun` for nouns,
 * with the flags arguments.tsv gives the code, a specificity below any hand-written pattern's (so ours win), and
 * the origin that lets an event say it was coded from the WordNet vocabulary.
 */
import type { PatternElement, PatternFlag, VerbPattern } from "../events/pattern.ts";
import { categoryOf, type Vocabulary } from "./load.ts";
import { verbForms } from "../dictionaries/inflect.ts";

/** a noun's regular plural, for words the lemmatizer does not know ("demobilizations") */
const plural = (n: string) => (/(s|x|z|ch|sh)$/.test(n) ? `${n}es` : /[^aeiou]y$/.test(n) ? `${n.slice(0, -1)}ies` : `${n}s`);

/** hand-written patterns have at least one required word, specificity 11 or more */
export const VOCABULARY_SPECIFICITY = 5;

export function vocabularyPatterns(v: Vocabulary): VerbPattern[] {
  const out: VerbPattern[] = [];
  for (const e of v.entries) {
    if (!v.on.has(categoryOf(e))) continue;
    const words = e.lemma.split("_");
    // the head in its regular forms too: wink-nlp gives an unknown word ("liberated") as its own lemma
    const first = e.pos === "v" ? verbForms(words[0]!) : [words[0]!, plural(words[0]!)];
    const elements: PatternElement[] = words.map((w, i) => ({ kind: "word", words: new Set(i ? [w] : first), optional: false }));
    const flags = new Set<PatternFlag>([...(v.flags.get("*") ?? []), ...(v.flags.get(e.code) ?? [])]);
    if (e.pos === "n") flags.add("noun");
    out.push({
      code: e.code, source: words.join(" "), heads: first, elements, flags,
      specificity: VOCABULARY_SPECIFICITY + elements.length - 1,
      vocabulary: { lexicon: "wordnet", seed: e.seed, relation: e.relation, pos: e.pos },
    });
  }
  return out;
}
