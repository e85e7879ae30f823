/**
 * Compiles converted PETRARCH patterns into a VerbLexicon (src/events/lexicon.ts), and lays one lexicon over
 * another: with "add", the dictionary's patterns are tried before ours for the same head word.
 */
import type { VerbLexicon } from "../events/lexicon.ts";
import type { IntentTable } from "../events/intent.ts";
import type { VerbPattern } from "../events/pattern.ts";
import type { DictPattern } from "./convert-verbs.ts";

/**
 * Patterns that share their heads array (all the patterns of one verb) are indexed once per head word; the
 * list for a word is put together and sorted the first time it is asked for. Large dictionaries (Phoenix: a
 * few hundred forms per verb block) load fast this way.
 */
export function compileLexicon(patterns: readonly DictPattern[], intents: IntentTable = new Map()): VerbLexicon {
  const groups = new Map<readonly string[], DictPattern[]>();
  for (const p of patterns) {
    const g = groups.get(p.heads);
    if (g) g.push(p);
    else groups.set(p.heads, [p]);
  }
  const index = new Map<string, DictPattern[][]>();
  for (const [heads, list] of groups) {
    for (const head of heads) {
      const at = index.get(head);
      if (at) at.push(list);
      else index.set(head, [list]);
    }
  }
  const ready = new Map<string, readonly VerbPattern[]>();
  return {
    byHead(word) {
      const done = ready.get(word);
      if (done) return done;
      const lists = index.get(word);
      if (!lists) return undefined;
      const all = lists.length === 1 ? [...lists[0]!] : lists.flat();
      all.sort((a, b) => b.specificity - a.specificity);
      ready.set(word, all);
      return all;
    },
    size: patterns.length,
    intents,
  };
}

/** Their patterns first, then ours; our intent table (what promised actions become) and words of judgement are kept. */
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
    evaluations: ours.evaluations,
  };
}
