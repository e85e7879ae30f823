/**
 * Tagging and parsing sentences' words with the loaded models: the functions the pipeline stage, `parley parse`
 * and `parley eval-parse` share.
 */
import type { SyntaxModels } from "./models.ts";
import { parse } from "./parser.ts";
import { tag, type Tagged } from "./tagger.ts";
import { valuesOf } from "./parser-features.ts";
import { asPastTense, fragmentParticiple } from "./fragment.ts";
import { wordValues, type WordValues } from "./words.ts";

export interface SentenceParse {
  readonly upos: readonly string[];
  readonly xpos: readonly string[];
  /** 0-based index of each word's head within the sentence, -1 for the root */
  readonly heads: readonly number[];
  readonly deprels: readonly string[];
  /** the words' hashed values (words.ts), for the entity tagger to reuse */
  readonly words: WordValues;
  /** each word's index in the vocabulary of the models' word classes (-1 outside it), null without them; for reuse too */
  readonly vocab: readonly number[] | null;
}

const NO_TAGS: Tagged = { upos: [], xpos: [] };

/**
 * Tags every sentence, then parses every sentence: one model at a time over a whole article keeps that model's
 * most used weights in the processor's cache, where tagging and parsing each sentence in turn would have the two
 * models evict each other. Sentences are independent, so the results are those of one sentence at a time.
 */
export function parseSentences(models: SyntaxModels, sentences: readonly (readonly string[])[]): SentenceParse[] {
  const words = sentences.map((forms) => wordValues(forms));
  const tags = sentences.map((forms, k) => (forms.length === 0 ? NO_TAGS : tag(models.tagger, forms, words[k])));
  const classes = models.classes;
  return sentences.map((forms, k) => {
    const w = words[k] as WordValues, t = tags[k] as Tagged;
    if (forms.length === 0) return { upos: [], xpos: [], heads: [], deprels: [], words: w, vocab: classes ? [] : null };
    const vocab = classes ? forms.map((f) => classes.indexOf(f)) : null;
    const p = parse(models.transitions, models.labeler, valuesOf(forms, t.upos, t.xpos, classes, w, vocab), forms.length);
    // a clause the tagger read as a noun with a participle is read again with the verb in the past (fragment.ts),
    // and kept where the verb then heads the sentence
    const v = fragmentParticiple(forms, t, p);
    if (v >= 0) {
      const past = asPastTense(t, v);
      const q = parse(models.transitions, models.labeler, valuesOf(forms, past.upos, past.xpos, classes, w, vocab), forms.length);
      if (q.heads[v] === -1) return { upos: past.upos, xpos: past.xpos, heads: q.heads, deprels: q.deprels, words: w, vocab };
    }
    return { upos: t.upos, xpos: t.xpos, heads: p.heads, deprels: p.deprels, words: w, vocab };
  });
}

/** Tags and parses one sentence's words. */
export function parseWords(models: SyntaxModels, forms: readonly string[]): SentenceParse {
  return parseSentences(models, [forms])[0] as SentenceParse;
}
