/**
 * Compiles converted PETRARCH patterns into a VerbLexicon (src/events/lexicon.ts), and lays one lexicon over
 * another: with "add", the dictionary's patterns are tried before ours for the same head word.
 */
import type { VerbLexicon } from "../events/lexicon.ts";
import type { IntentTable } from "../events/intent.ts";
import type { VerbPattern } from "../events/pattern.ts";
import type { DictPattern } from "./convert-verbs.ts";

export function compileLexicon(patterns: readonly DictPattern[], intents: IntentTable = new Map()): VerbLexicon {
  const index = new Map<string, DictPattern[]>();
  for (const p of patterns) {
    for (const head of p.heads) {
      const list = index.get(head);
      if (list) list.push(p);
      else index.set(head, [p]);
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.specificity - a.specificity);
  return { byHead: (w) => index.get(w), size: patterns.length, intents };
}

/** Their patterns first, then ours; our intent table (what promised actions become) is kept. */
export function layerLexicons(theirs: VerbLexicon, ours: VerbLexicon): VerbLexicon {
  const cache = new Map<string, readonly VerbPattern[] | undefined>();
  return {
    byHead(word) {
      if (cache.has(word)) return cache.get(word);
      const a = theirs.byHead(word);
      const b = ours.byHead(word);
      const list = a && b ? [...a, ...b] : a ?? b;
      cache.set(word, list);
      return list;
    },
    size: theirs.size + ours.size,
    intents: ours.intents,
  };
}
