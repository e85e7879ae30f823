/**
 * Tagging and parsing one sentence's words with the loaded models: the one function the pipeline stage,
 * `parley parse` and `parley eval-parse` share.
 */
import type { SyntaxModels } from "./models.ts";
import { parse } from "./parser.ts";
import { tag } from "./tagger.ts";
import { valuesOf } from "./parser-features.ts";

export interface SentenceParse {
  readonly upos: readonly string[];
  readonly xpos: readonly string[];
  /** 0-based index of each word's head within the sentence, -1 for the root */
  readonly heads: readonly number[];
  readonly deprels: readonly string[];
}

export function parseWords(models: SyntaxModels, forms: readonly string[]): SentenceParse {
  if (forms.length === 0) return { upos: [], xpos: [], heads: [], deprels: [] };
  const t = tag(models.tagger, forms);
  const p = parse(models.transitions, models.labeler, valuesOf(forms, t.upos, t.xpos), forms.length);
  return { upos: t.upos, xpos: t.xpos, heads: p.heads, deprels: p.deprels };
}
