/**
 * Scores tags and trees on gold words (no tokenization involved): UPOS accuracy, UAS, and LAS on the universal
 * part of the label (CoNLL 2018's LAS) and on the whole label. Used to follow training on the dev sets;
 * `parley eval-parse` scores from raw text instead.
 */
import type { ConlluSentence } from "./conllu.ts";

export interface GoldWordScores {
  words: number;
  upos: number;
  uas: number;
  las: number;
  lasFull: number;
}

export function emptyScores(): GoldWordScores {
  return { words: 0, upos: 0, uas: 0, las: 0, lasFull: 0 };
}

export const universal = (deprel: string): string => deprel.split(":")[0] as string;

/** Adds one sentence: `heads` are 0-based head indices (-1 root), as the parser gives them. */
export function addSentence(acc: GoldWordScores, gold: ConlluSentence, upos: readonly string[], heads: readonly number[], deprels: readonly string[]): void {
  gold.words.forEach((w, k) => {
    acc.words++;
    if (upos[k] === w.upos) acc.upos++;
    if ((heads[k] as number) + 1 === w.head) {
      acc.uas++;
      if (universal(deprels[k] ?? "") === universal(w.deprel)) acc.las++;
      if (deprels[k] === w.deprel) acc.lasFull++;
    }
  });
}

export function ratios(acc: GoldWordScores): { upos: number; uas: number; las: number; lasFull: number } {
  const d = Math.max(1, acc.words);
  return { upos: acc.upos / d, uas: acc.uas / d, las: acc.las / d, lasFull: acc.lasFull / d };
}
