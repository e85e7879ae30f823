/**
 * Tagging and parsing one sentence's words with the loaded models: the one function the pipeline stage,
 * `parley parse` and `parley eval-parse` share.
 */
import type { SyntaxModels } from "./models.ts";
import { parse } from "./parser.ts";
import { tag } from "./tagger.ts";
import { valuesOf } from "./parser-features.ts";
import { wordValues, type WordValues } from "./words.ts";

export interface SentenceParse {
  readonly upos: readonly string[];
  readonly xpos: readonly string[];
  /** 0-based index of each word's head within the sentence, -1 for the root */
  readonly heads: readonly number[];
  readonly deprels: readonly string[];
  /** the words' hashed values (words.ts), for the entity tagger to reuse */
  readonly words: WordValues;
}

export function parseWords(models: SyntaxModels, forms: readonly string[]): SentenceParse {
  const words = wordValues(forms);
  if (forms.length === 0) return { upos: [], xpos: [], heads: [], deprels: [], words };
  const t = tag(models.tagger, forms, words);
  const p = parse(models.transitions, models.labeler, valuesOf(forms, t.upos, t.xpos, words), forms.length);
  return { upos: t.upos, xpos: t.xpos, heads: p.heads, deprels: p.deprels, words };
}
