/**
 * Part-of-speech tagger: a greedy left-to-right averaged perceptron over the word's form, affixes and shape, its
 * neighbours, and the two tags already chosen. Each class is a "UPOS|XPOS" pair, so one pass gives both the
 * universal tag (for the output) and the Penn tag (a finer feature for the parser).
 */
import { rival, type PerceptronTrainer } from "./perceptron.ts";
import type { SparseModel } from "./sparse-model.ts";
import { RowCache, ValueIds } from "./row-cache.ts";
import { hashTemplates, templates, type Template } from "./templates.ts";
import { PAD, wordValues, type WordValues } from "./words.ts";

export const TAGGER_FEATURES = 26;
/** the class index used for "no tag yet" before the sentence */
const START = 0xffff;

/** Value slots of the tagger's features, filled per word. */
const enum T {
  Zero, W0, Suf1, Suf2, Suf3, Suf4, Pre1, Shape, Wm1, Wm2, W1, W2, P1, P2, Suf3m1, Suf3p1, ShapeP1, ShapeM1, First,
  Suf2p2, Pre3, Count,
}

/** The tagger's features in their order (training and the shipped weights depend on it). */
const ALL: readonly Template[] = [
  [0, T.Zero], [1, T.W0], [2, T.Suf1], [3, T.Suf2], [4, T.Suf3], [5, T.Suf4], [6, T.Pre1], [7, T.Shape],
  [8, T.Wm1], [9, T.Wm2], [10, T.W1], [11, T.W2], [12, T.P1], [13, T.P2], [14, T.P1, T.P2], [15, T.P1, T.W0],
  [16, T.Suf3m1], [17, T.Suf3p1], [18, T.Shape, T.ShapeP1], [19, T.ShapeM1, T.Shape], [20, T.W0, T.W1],
  [21, T.Wm1, T.W0], [22, T.First, T.Shape], [23, T.Suf2p2], [24, T.P1, T.W0, T.Suf3p1], [25, T.Pre3, T.Suf3],
];
/** The four features that read nothing but the previous two classes (the bias, p1, p2 and the pair). */
const HISTORY_NUMBERS: readonly number[] = [0, 12, 13, 14];
/** The features that read nothing but the word's own form (its normalised form and affixes). */
const FORM_NUMBERS: readonly number[] = [1, 2, 3, 4, 5, 6, 25];
/** The features that read nothing but the shapes of the word and its neighbours, and whether it comes first. */
const SHAPE_NUMBERS: readonly number[] = [7, 18, 19, 22];
const TAGGER_TEMPLATES = templates(ALL);
const HISTORY_TEMPLATES = templates(ALL.filter((t) => HISTORY_NUMBERS.includes(t[0])));
const FORM_TEMPLATES = templates(ALL.filter((t) => FORM_NUMBERS.includes(t[0])));
const SHAPE_TEMPLATES = templates(ALL.filter((t) => SHAPE_NUMBERS.includes(t[0])));
/** The rest: the features that read the neighbours' words and affixes, or the previous class with the word. */
const WORD_TEMPLATES = templates(ALL.filter((t) => ![...HISTORY_NUMBERS, ...FORM_NUMBERS, ...SHAPE_NUMBERS].includes(t[0])));

/** Scratch space for the value slots of one word. */
function taggerScratch(): Int32Array {
  return new Int32Array(T.Count);
}

/** Fills the value slots of word `i` given the previous two classes into `x`. */
function fill(v: WordValues, i: number, p1: number, p2: number, x: Int32Array): Int32Array {
  const k = i + PAD;
  const w = v.norm;
  x[T.Zero] = 0; x[T.First] = i === 0 ? 1 : 0; x[T.P1] = p1; x[T.P2] = p2;
  x[T.W0] = w[k] as number; x[T.Wm1] = w[k - 1] as number; x[T.Wm2] = w[k - 2] as number; x[T.W1] = w[k + 1] as number; x[T.W2] = w[k + 2] as number;
  x[T.Suf1] = v.suf1[k] as number; x[T.Suf2] = v.suf2[k] as number; x[T.Suf3] = v.suf3[k] as number; x[T.Suf4] = v.suf4[k] as number;
  x[T.Pre1] = v.pre1[k] as number; x[T.Pre3] = v.pre3[k] as number;
  x[T.Shape] = v.shape[k] as number; x[T.ShapeP1] = v.shape[k + 1] as number; x[T.ShapeM1] = v.shape[k - 1] as number;
  x[T.Suf3m1] = v.suf3[k - 1] as number; x[T.Suf3p1] = v.suf3[k + 1] as number; x[T.Suf2p2] = v.suf2[k + 2] as number;
  return x;
}

/** Writes the features of word `i` given the previous two classes into `out`; returns how many. */
export function taggerFeatures(v: WordValues, i: number, p1: number, p2: number, out: Uint32Array, scratch = taggerScratch()): number {
  return hashTemplates(TAGGER_TEMPLATES, fill(v, i, p1, p2, scratch), out, 0);
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

/**
 * Per model, the scores of the four history features (the bias, p1, p2 and the pair: about a quarter of the
 * weights a word adds up, as they are among the commonest features), summed once per class pair the first time it
 * is needed. Scores are integer sums, so starting from these rows gives the same scores as adding the four
 * features for every word.
 */
const historyRows = new WeakMap<SparseModel, Map<number, Int32Array>>();

/** The history row of classes `p1`, `p2`; `x` holds the word's value slots (fill). */
function historyRow(model: SparseModel, p1: number, p2: number, x: Int32Array): Int32Array {
  let rows = historyRows.get(model);
  if (!rows) historyRows.set(model, (rows = new Map()));
  const key = p1 * 0x10000 + p2;
  let row = rows.get(key);
  if (!row) {
    row = new Int32Array(model.classes);
    const feats = new Uint32Array(HISTORY_NUMBERS.length);
    model.score(feats, hashTemplates(HISTORY_TEMPLATES, x, feats, 0), row);
    rows.set(key, row);
  }
  return row;
}

/**
 * Per model, the summed scores of the form features (FORM_NUMBERS) by word form and of the shape features
 * (SHAPE_NUMBERS) by the shapes they read: these features are the commonest and vote for the most classes, about
 * 70% of the weights a word adds up. A form's values and a shape triple's features are the same wherever they
 * occur, so their rows (row-cache.ts) give the same scores as adding the features for every word.
 */
interface WordRows {
  readonly forms: RowCache<string>;
  readonly shapes: RowCache<number>;
  /** ids of shape values, so that a triple of shapes and the first-word flag make one exact number key */
  readonly shapeIds: ValueIds;
  /**
   * tag()'s scratch space, kept with the model: typed arrays of more than 64 bytes cost about a microsecond each to
   * make and collect, several per sentence otherwise. tag() writes each before reading it and never runs nested.
   */
  readonly feats: Uint32Array;
  readonly scores: Int32Array;
  readonly x: Int32Array;
}

/** Distinct forms and shape keys whose rows are kept (about 3.5 and 0.9 MB with the tagger's 107 classes). */
const FORM_ROWS = 8192;
const SHAPE_ROWS = 2048;
/** Shape ids stay below 2^9: three of them and the first-word flag make a key below 2^28. */
const SHAPE_IDS = 1 << 9;

const wordRowCaches = new WeakMap<SparseModel, WordRows>();

function wordRows(model: SparseModel): WordRows {
  let rows = wordRowCaches.get(model);
  if (!rows) {
    rows = {
      forms: new RowCache(model.classes, FORM_ROWS), shapes: new RowCache(model.classes, SHAPE_ROWS), shapeIds: new ValueIds(SHAPE_IDS),
      feats: new Uint32Array(TAGGER_FEATURES), scores: new Int32Array(model.classes), x: taggerScratch(),
    };
    wordRowCaches.set(model, rows);
  }
  return rows;
}

/** Adds the form and shape features of the word whose value slots are `x` (fill) to `scores`, through their rows. */
function addWordRows(model: SparseModel, rows: WordRows, form: string, x: Int32Array, feats: Uint32Array, scores: Int32Array): void {
  let at = rows.forms.find(form);
  if (at < 0) {
    at = rows.forms.claim(form);
    model.score(feats, hashTemplates(FORM_TEMPLATES, x, feats, 0), rows.forms.row(at));
  }
  rows.forms.addTo(at, scores);
  const ids = rows.shapeIds;
  if (!ids.room(3)) {
    ids.clear();
    rows.shapes.clear();
  }
  const key = (((ids.id(x[T.ShapeM1] as number) * SHAPE_IDS + ids.id(x[T.Shape] as number)) * SHAPE_IDS
    + ids.id(x[T.ShapeP1] as number)) << 1) | (x[T.First] as number);
  at = rows.shapes.find(key);
  if (at < 0) {
    at = rows.shapes.claim(key);
    model.score(feats, hashTemplates(SHAPE_TEMPLATES, x, feats, 0), rows.shapes.row(at));
  }
  rows.shapes.addTo(at, scores);
}

/**
 * Tags one sentence's words with a trained model; `v` are the words' values, when already hashed (they must be
 * wordValues(forms): the form rows are kept by form).
 */
export function tag(model: SparseModel, forms: readonly string[], v: WordValues = wordValues(forms)): Tagged {
  const rows = wordRows(model);
  const { feats, scores, x } = rows;
  const pairs = labelPairs(model);
  const upos: string[] = [];
  const xpos: string[] = [];
  let p1 = START, p2 = START;
  for (let i = 0; i < forms.length; i++) {
    fill(v, i, p1, p2, x);
    scores.set(historyRow(model, p1, p2, x));
    addWordRows(model, rows, forms[i] as string, x, feats, scores);
    model.add(feats, hashTemplates(WORD_TEMPLATES, x, feats, 0), scores);
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
  const x = taggerScratch();
  let p1 = START, p2 = START, right = 0;
  for (let i = 0; i < forms.length; i++) {
    const n = taggerFeatures(v, i, p1, p2, feats, x);
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
