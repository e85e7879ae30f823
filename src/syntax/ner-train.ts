/**
 * Training the entity tagger from sentences with gold spans (GUM train, see gum-entities.ts) and following it on
 * held-out sentences. Deterministic: a fixed seed drives the shuffles. Tags and hints are inputs, computed once per
 * sentence by the caller, so the tagger and the dictionaries used are the caller's choice.
 */
import { trainBeamSentence } from "./ner-beam.ts";
import { nerValues, type NerValues } from "./ner-features.ts";
import type { WordClasses } from "./ner-classes.ts";
import type { NerHints } from "./ner-hints.ts";
import { BIO, type NerScheme } from "./ner-scheme.ts";
import { ENTITY_TYPES, type EntitySpan } from "./ner-spans.ts";
import { nerScores, emptyNerCounts, addSpans, type NerScores } from "./ner-score.ts";
import { recognise, trainNerSentence, type NerModel } from "./ner.ts";
import { PerceptronTrainer } from "./perceptron.ts";
import { seededRandom, shuffled } from "./random.ts";
import type { SparseModel } from "./sparse-model.ts";

export interface NerExample {
  readonly forms: readonly string[];
  readonly upos: readonly string[];
  readonly hints: NerHints;
  readonly spans: readonly EntitySpan[];
}

export interface NerTraining {
  readonly epochs: number;
  readonly seed: number;
  /** share of the largest weight under which a feature is dropped when freezing (see PerceptronTrainer.freeze) */
  readonly prune?: number;
  /** BIO (the default) or BILOU */
  readonly scheme?: NerScheme;
  /** beam width of structured training (ner-beam.ts); 1, the default, trains the greedy decoder */
  readonly beam?: number;
  /** word classes to read (ner-classes.ts); the model must then be run with the same */
  readonly classes?: WordClasses | null;
  /** called after each epoch with the frozen model */
  readonly onEpoch?: (epoch: number, model: SparseModel, trainAccuracy: number) => void;
  readonly progress?: (done: number, total: number, note: string) => void;
}

export function trainNer(examples: readonly NerExample[], opts: NerTraining): SparseModel {
  if (opts.epochs < 1) throw new Error("ner train: need at least one epoch");
  const scheme = opts.scheme ?? BIO;
  const trainer = new PerceptronTrainer(scheme.labels.length);
  const random = seededRandom(opts.seed);
  const width = opts.beam ?? 1;
  const prepared: { v: NerValues; gold: number[] }[] = examples.map((e) => ({
    v: nerValues(e.forms, e.upos, e.hints, undefined, opts.classes ?? null), gold: scheme.toClasses(e.forms.length, e.spans),
  }));
  const total = opts.epochs * prepared.length;
  let done = 0;
  let model: SparseModel | null = null;
  for (let e = 0; e < opts.epochs; e++) {
    let right = 0, tokens = 0;
    for (const p of shuffled(prepared, random)) {
      right += width > 1 ? trainBeamSentence(trainer, scheme, p.v, p.gold, width) : trainNerSentence(trainer, scheme, p.v, p.gold);
      tokens += p.v.n;
      if (++done % 500 === 0) opts.progress?.(done, total, `epoch ${e + 1} train acc ${(right / tokens).toFixed(4)}`);
    }
    if (opts.onEpoch || e === opts.epochs - 1) {
      model = trainer.freeze(scheme.labels, opts.prune ?? 0);
      opts.onEpoch?.(e + 1, model, right / Math.max(1, tokens));
    }
  }
  opts.progress?.(total, total, "done");
  if (!model) throw new Error("ner train: no model");
  return model;
}

/** Exact-span scores of the model over examples (PER, ORG, LOC). */
export function evaluateNer(model: NerModel, examples: readonly NerExample[]): NerScores {
  const acc = emptyNerCounts();
  for (const e of examples) addSpans(acc, e.spans, recognise(model, e.forms, e.upos, e.hints));
  return nerScores(acc, ENTITY_TYPES);
}
