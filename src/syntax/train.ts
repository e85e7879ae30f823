/**
 * Training the tagger and the parser from CoNLL-U sentences. Deterministic: a fixed seed drives every shuffle and
 * every exploration choice. The parser learns from tags predicted by taggers that did not see the sentence
 * (k-fold jackknifing), as it will meet them in use.
 */
import type { ConlluSentence } from "./conllu.ts";
import type { WordClasses } from "./ner-classes.ts";
import { PerceptronTrainer } from "./perceptron.ts";
import { valuesOf } from "./parser-features.ts";
import { trainParserSentence, type TrainCounts } from "./parser.ts";
import { seededRandom, shuffled } from "./random.ts";
import type { SparseModel } from "./sparse-model.ts";
import { tag, trainTaggerSentence } from "./tagger.ts";

export interface Progress {
  (phase: string, done: number, total: number, note?: string): void;
}

const tagLabel = (upos: string, xpos: string): string => `${upos}|${xpos}`;

/** The tag classes of a treebank, in first-seen order. */
export function tagClasses(sentences: readonly ConlluSentence[]): string[] {
  const seen = new Set<string>();
  for (const s of sentences) for (const w of s.words) seen.add(tagLabel(w.upos, w.xpos));
  return [...seen];
}

/** The dependency labels of a treebank, "root" first. */
export function labelClasses(sentences: readonly ConlluSentence[]): string[] {
  const seen = new Set<string>(["root"]);
  for (const s of sentences) for (const w of s.words) seen.add(w.deprel);
  return [...seen];
}

export function trainTagger(sentences: readonly ConlluSentence[], classes: readonly string[], epochs: number, seed: number, progress?: Progress, phase = "tagger"): SparseModel {
  const index = new Map(classes.map((c, i) => [c, i]));
  const trainer = new PerceptronTrainer(classes.length);
  const random = seededRandom(seed);
  const total = epochs * sentences.length;
  let done = 0;
  for (let e = 0; e < epochs; e++) {
    let right = 0, words = 0;
    for (const s of shuffled(sentences, random)) {
      const forms = s.words.map((w) => w.form);
      const gold = s.words.map((w) => index.get(tagLabel(w.upos, w.xpos)) ?? 0);
      right += trainTaggerSentence(trainer, forms, gold);
      words += forms.length;
      if (++done % 500 === 0) progress?.(phase, done, total, `epoch ${e + 1} train acc ${(right / words).toFixed(4)}`);
    }
  }
  progress?.(phase, total, total);
  return trainer.freeze(classes);
}

export interface TaggedSentence {
  readonly sentence: ConlluSentence;
  readonly upos: readonly string[];
  readonly xpos: readonly string[];
}

/** Tags of each training sentence from a tagger trained on the other folds. */
export function jackknifeTags(sentences: readonly ConlluSentence[], classes: readonly string[], folds: number, epochs: number, seed: number, progress?: Progress): TaggedSentence[] {
  const out: TaggedSentence[] = new Array(sentences.length);
  for (let f = 0; f < folds; f++) {
    const train = sentences.filter((_, i) => i % folds !== f);
    const model = trainTagger(train, classes, epochs, seed + f, progress, `tags ${f + 1}/${folds}`);
    sentences.forEach((s, i) => {
      if (i % folds !== f) return;
      const t = tag(model, s.words.map((w) => w.form));
      out[i] = { sentence: s, upos: t.upos, xpos: t.xpos };
    });
  }
  return out;
}

export interface ParserModels {
  readonly transitions: SparseModel;
  readonly labeler: SparseModel;
}

export interface ParserTraining {
  readonly epochs: number;
  readonly seed: number;
  /** called after each epoch with the frozen models, e.g. to score the dev set */
  readonly onEpoch?: (epoch: number, models: ParserModels, counts: TrainCounts) => void;
  readonly progress?: Progress;
  readonly prune?: number;
  /** the word classes the parser's features read (parser-classes.ts); none: no word-class features */
  readonly classes?: WordClasses | null;
}

export function trainParser(data: readonly TaggedSentence[], labels: readonly string[], opts: ParserTraining): ParserModels {
  const index = new Map(labels.map((l, i) => [l, i]));
  const moves = new PerceptronTrainer(3);
  const arcs = new PerceptronTrainer(labels.length);
  const random = seededRandom(opts.seed);
  const prepared = data.map((d) => {
    const words = d.sentence.words;
    const gold = new Int32Array(words.length + 1);
    const goldLabels = new Int32Array(words.length + 1);
    words.forEach((w, k) => { gold[k + 1] = w.head; goldLabels[k + 1] = index.get(w.deprel) ?? 0; });
    return { values: valuesOf(words.map((w) => w.form), d.upos, d.xpos, opts.classes ?? null), gold, goldLabels };
  });
  const rootLabel = index.get("root") ?? 0;
  let models: ParserModels | null = null;
  const total = opts.epochs * prepared.length;
  let done = 0;
  for (let e = 0; e < opts.epochs; e++) {
    const counts: TrainCounts = { moves: 0, movesRight: 0, arcs: 0, labelsRight: 0 };
    const explore = e === 0 ? 0 : 0.9;
    for (const p of shuffled(prepared, random)) {
      trainParserSentence(moves, arcs, p.values, p.gold, p.goldLabels, rootLabel, explore, random, counts);
      if (++done % 500 === 0) opts.progress?.("parser", done, total, `epoch ${e + 1} moves ${(counts.movesRight / counts.moves).toFixed(4)} labels ${(counts.labelsRight / Math.max(1, counts.arcs)).toFixed(4)}`);
    }
    if (opts.onEpoch || e === opts.epochs - 1) {
      models = { transitions: moves.freeze(["SHIFT", "LEFT", "RIGHT"], opts.prune ?? 0), labeler: arcs.freeze(labels, opts.prune ?? 0) };
      opts.onEpoch?.(e + 1, models, counts);
    }
  }
  if (!models) throw new Error("train: no epochs");
  return models;
}
