/**
 * Part-of-speech tagger: a greedy left-to-right averaged perceptron over the word's form, affixes and shape, its
 * neighbours, and the two tags already chosen. Each class is a "UPOS|XPOS" pair, so one pass gives both the
 * universal tag (for the output) and the Penn tag (a finer feature for the parser).
 */
import { f1, f2, f3 } from "./hash.ts";
import { rival, type PerceptronTrainer } from "./perceptron.ts";
import type { SparseModel } from "./sparse-model.ts";
import { PAD, wordValues, type WordValues } from "./words.ts";

export const TAGGER_FEATURES = 26;
/** the class index used for "no tag yet" before the sentence */
const START = 0xffff;

/** Writes the features of word `i` given the previous two classes into `out`; returns how many. */
export function taggerFeatures(v: WordValues, i: number, p1: number, p2: number, out: Uint32Array): number {
  const k = i + PAD;
  const w = v.norm;
  let n = 0;
  out[n++] = f1(0, 0);
  out[n++] = f1(1, w[k] as number);
  out[n++] = f1(2, v.suf1[k] as number);
  out[n++] = f1(3, v.suf2[k] as number);
  out[n++] = f1(4, v.suf3[k] as number);
  out[n++] = f1(5, v.suf4[k] as number);
  out[n++] = f1(6, v.pre1[k] as number);
  out[n++] = f1(7, v.shape[k] as number);
  out[n++] = f1(8, w[k - 1] as number);
  out[n++] = f1(9, w[k - 2] as number);
  out[n++] = f1(10, w[k + 1] as number);
  out[n++] = f1(11, w[k + 2] as number);
  out[n++] = f1(12, p1);
  out[n++] = f1(13, p2);
  out[n++] = f2(14, p1, p2);
  out[n++] = f2(15, p1, w[k] as number);
  out[n++] = f1(16, v.suf3[k - 1] as number);
  out[n++] = f1(17, v.suf3[k + 1] as number);
  out[n++] = f2(18, v.shape[k] as number, v.shape[k + 1] as number);
  out[n++] = f2(19, v.shape[k - 1] as number, v.shape[k] as number);
  out[n++] = f2(20, w[k] as number, w[k + 1] as number);
  out[n++] = f2(21, w[k - 1] as number, w[k] as number);
  out[n++] = f2(22, i === 0 ? 1 : 0, v.shape[k] as number);
  out[n++] = f1(23, v.suf2[k + 2] as number);
  out[n++] = f3(24, p1, w[k] as number, v.suf3[k + 1] as number);
  out[n++] = f2(25, v.pre3[k] as number, v.suf3[k] as number);
  return n;
}

export interface Tagged {
  readonly upos: readonly string[];
  readonly xpos: readonly string[];
}

const splitLabels = new WeakMap<SparseModel, readonly (readonly [string, string])[]>();

/** The model's "UPOS|XPOS" classes split once per model. */
function labelPairs(model: SparseModel): readonly (readonly [string, string])[] {
  let pairs = splitLabels.get(model);
  if (!pairs) {
    pairs = model.labels.map((label) => {
      const bar = label.indexOf("|");
      return bar < 0 ? [label, "_"] as const : [label.slice(0, bar), label.slice(bar + 1)] as const;
    });
    splitLabels.set(model, pairs);
  }
  return pairs;
}

/** Positions in taggerFeatures' output of the four features that read nothing but the previous two classes. */
const HISTORY = [0, 12, 13, 14] as const;

/**
 * Per model, the scores of those four features (the bias, p1, p2 and the pair: about a quarter of the weights a
 * word adds up, as they are among the commonest features), summed once per class pair the first time it is
 * needed. Scores are integer sums, so starting from these rows gives the same scores as adding the four features
 * for every word.
 */
const historyRows = new WeakMap<SparseModel, Map<number, Int32Array>>();

/** The history row of classes `p1`, `p2`; `feats` holds taggerFeatures' output for them. */
function historyRow(model: SparseModel, p1: number, p2: number, feats: Uint32Array): Int32Array {
  let rows = historyRows.get(model);
  if (!rows) historyRows.set(model, (rows = new Map()));
  const key = p1 * 0x10000 + p2;
  let row = rows.get(key);
  if (!row) {
    row = new Int32Array(model.classes);
    model.score(Uint32Array.from(HISTORY, (at) => feats[at] as number), HISTORY.length, row);
    rows.set(key, row);
  }
  return row;
}

/** Tags one sentence's words with a trained model; `v` are the words' values, when already hashed. */
export function tag(model: SparseModel, forms: readonly string[], v: WordValues = wordValues(forms)): Tagged {
  const feats = new Uint32Array(TAGGER_FEATURES);
  const scores = new Int32Array(model.classes);
  const pairs = labelPairs(model);
  const upos: string[] = [];
  const xpos: string[] = [];
  let p1 = START, p2 = START;
  for (let i = 0; i < forms.length; i++) {
    const n = taggerFeatures(v, i, p1, p2, feats);
    scores.set(historyRow(model, p1, p2, feats));
    // the last four features take the history ones' places; the rest are added in any order (integer sums)
    for (let h = 0; h < HISTORY.length; h++) feats[HISTORY[h] as number] = feats[n - 1 - h] as number;
    model.add(feats, n - HISTORY.length, scores);
    let best = 0;
    for (let c = 1; c < scores.length; c++) if ((scores[c] as number) > (scores[best] as number)) best = c;
    const pair = pairs[best] as readonly [string, string];
    upos.push(pair[0]);
    xpos.push(pair[1]);
    p2 = p1;
    p1 = best;
  }
  return { upos, xpos };
}

/** One training pass over a sentence: tags greedily and updates on each mistake. Returns the number right. */
export function trainTaggerSentence(trainer: PerceptronTrainer, forms: readonly string[], gold: readonly number[]): number {
  const v = wordValues(forms);
  const feats = new Uint32Array(TAGGER_FEATURES);
  const scores = new Float64Array(trainer.classes);
  let p1 = START, p2 = START, right = 0;
  for (let i = 0; i < forms.length; i++) {
    const n = taggerFeatures(v, i, p1, p2, feats);
    trainer.score(feats, n, scores);
    let best = 0;
    for (let c = 1; c < scores.length; c++) if ((scores[c] as number) > (scores[best] as number)) best = c;
    const truth = gold[i] as number;
    const wrong = rival(scores, truth);
    if (wrong >= 0) trainer.update(feats, n, truth, wrong);
    trainer.tick();
    if (best === truth) right++;
    p2 = p1;
    p1 = best;
  }
  return right;
}
