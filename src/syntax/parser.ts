/**
 * Greedy dependency parsing with the arc-hybrid system: a transition classifier picks SHIFT, LEFT or RIGHT, and a
 * label classifier names each arc when it is made (its dependent's subtree is complete then). Training follows the
 * dynamic oracle with exploration (Goldberg and Nivre 2012): after the first epoch the trainer follows its own
 * (possibly wrong) move 90% of the time and still learns the best move from wherever it is.
 */
import { ParseState, RIGHT, SHIFT, moveCost } from "./arc-hybrid.ts";
import { rival, type PerceptronTrainer } from "./perceptron.ts";
import {
  BUFFER_FEATURES, PARSER_FEATURES, STACK_FEATURES, STATE_FEATURES, bufferFeatures, parserFeatures, newStateValues, stackFeatures,
  stateFeatures, type ParserValues, type StateValues,
} from "./parser-features.ts";
import { LABELER_FEATURES, labelerFeatures, scoreArc } from "./label-features.ts";
import { Slab } from "./slab.ts";
import type { SparseModel } from "./sparse-model.ts";

export interface Parsed {
  /** head of each word (0-based index of the head word, or -1 for the root) */
  readonly heads: readonly number[];
  readonly deprels: readonly string[];
}

function bestValid(st: ParseState, scores: Float64Array): number {
  let best = -1;
  for (let m = SHIFT; m <= RIGHT; m++) {
    if (!st.canApply(m)) continue;
    if (best < 0 || (scores[m] as number) > (scores[best] as number)) best = m;
  }
  return best;
}

function argmax(scores: Float64Array | Int32Array, skip: number): number {
  let best = skip === 0 ? 1 : 0;
  for (let c = 0; c < scores.length; c++) if (c !== skip && (scores[c] as number) > (scores[best] as number)) best = c;
  return best;
}

/** The one legal move where there is only one (SHIFT from the root alone, RIGHT once the buffer is empty), else -1. */
function onlyMove(st: ParseState): number {
  let only = -1;
  for (let m = SHIFT; m <= RIGHT; m++) {
    if (!st.canApply(m)) continue;
    if (only >= 0) return -1;
    only = m;
  }
  return only;
}

interface ParseScratch {
  readonly feats: Uint32Array;
  readonly labelScores: Int32Array;
  readonly scratch: StateValues;
}

const scratchOf = new WeakMap<SparseModel, ParseScratch>();

/**
 * parse()'s scratch space, kept per labeler: typed arrays of more than 64 bytes cost about a microsecond each to make
 * and collect, three per sentence otherwise. parse() writes each before reading it and never runs nested.
 */
function parseScratch(labeler: SparseModel): ParseScratch {
  let s = scratchOf.get(labeler);
  if (!s) {
    s = {
      feats: new Uint32Array(Math.max(STATE_FEATURES, STACK_FEATURES, BUFFER_FEATURES, LABELER_FEATURES)),
      labelScores: new Int32Array(labeler.classes), scratch: newStateValues(),
    };
    scratchOf.set(labeler, s);
  }
  return s;
}

/**
 * Parses one sentence of n words; `values` come from parserValues. The buffer's and the stack's feature groups
 * (parser-features.ts) are scored only when what they read changes, and nothing is scored where only one move is
 * legal; scores are integer sums, so this gives the same moves as scoring every feature at every step.
 */
export function parse(transitions: SparseModel, labeler: SparseModel, values: ParserValues, n: number): Parsed {
  const st = new ParseState(n);
  const { feats, labelScores, scratch } = parseScratch(labeler);
  const scores = new Int32Array(3);
  const bufferScores = new Int32Array(3);
  let bufferAt = -1;
  /** per stack depth: the word on top when its stack group was scored (-2: not yet), and those scores */
  const slab = new Slab(4 * Slab.size(n + 2, 4));
  const stackTop = slab.int32(n + 2).fill(-2);
  const stackScores = slab.int32(3 * (n + 2));
  const rootLabel = labeler.labels.indexOf("root");
  /** names the arc to `d` just made (none for a SHIFT, d = 0) */
  const label = (d: number): void => {
    if (d === 0) return;
    const h = st.heads[d] as number;
    if (h === 0 && rootLabel >= 0) st.labels[d] = rootLabel;
    else {
      scoreArc(labeler, st, values, h, d, feats, scratch, labelScores);
      st.labels[d] = argmax(labelScores, rootLabel);
    }
  };
  while (!st.terminal) {
    const forced = onlyMove(st);
    if (forced >= 0) {
      label(st.step(forced));
      continue;
    }
    if (st.b !== bufferAt) {
      bufferAt = st.b;
      transitions.score(feats, bufferFeatures(st, values, feats, 0, scratch), bufferScores);
    }
    const depth = st.sp, top = st.stack[depth - 1] as number, at = 3 * depth;
    if (stackTop[depth] !== top) {
      stackTop[depth] = top;
      transitions.score(feats, stackFeatures(st, values, feats, 0, scratch), scores);
      stackScores[at] = scores[0] as number;
      stackScores[at + 1] = scores[1] as number;
      stackScores[at + 2] = scores[2] as number;
    }
    transitions.score(feats, stateFeatures(st, values, feats, 0, scratch), scores);
    let move = -1, best = 0;
    for (let m = SHIFT; m <= RIGHT; m++) {
      if (!st.canApply(m)) continue;
      const score = (scores[m] as number) + (bufferScores[m] as number) + (stackScores[at + m] as number);
      if (move < 0 || score > best) { move = m; best = score; }
    }
    label(st.step(move));
  }
  const heads: number[] = [];
  const deprels: string[] = [];
  for (let w = 1; w <= n; w++) {
    heads.push((st.heads[w] as number) - 1);
    deprels.push(labeler.labels[st.labels[w] as number] ?? "dep");
  }
  return { heads, deprels };
}

export interface TrainCounts {
  moves: number;
  movesRight: number;
  arcs: number;
  labelsRight: number;
}

/**
 * One training pass over a sentence. `gold[w]` is the gold head of word w (1-based, 0 = root), `goldLabels[w]`
 * its label's class. `explore` in [0, 1) is the chance of following the model's own move; `random` is seeded.
 */
export function trainParserSentence(
  moves: PerceptronTrainer, labels: PerceptronTrainer, values: ParserValues, gold: Int32Array, goldLabels: Int32Array,
  rootLabel: number, explore: number, random: () => number, counts: TrainCounts,
): void {
  const n = gold.length - 1;
  const st = new ParseState(n);
  const feats = new Uint32Array(PARSER_FEATURES);
  const lfeats = new Uint32Array(LABELER_FEATURES);
  const scores = new Float64Array(moves.classes);
  const lscores = new Float64Array(labels.classes);
  const cost = [0, 0, 0];
  const scratch = newStateValues();
  while (!st.terminal) {
    const k = parserFeatures(st, values, feats, scratch);
    moves.score(feats, k, scores);
    let minCost = Infinity;
    for (let m = SHIFT; m <= RIGHT; m++) {
      cost[m] = st.canApply(m) ? moveCost(st, gold, m) : Infinity;
      minCost = Math.min(minCost, cost[m] as number);
    }
    const guess = bestValid(st, scores);
    let truth = -1;
    for (let m = SHIFT; m <= RIGHT; m++) {
      if (cost[m] !== minCost) continue;
      if (truth < 0 || (scores[m] as number) > (scores[truth] as number)) truth = m;
    }
    counts.moves++;
    if (cost[guess] === minCost) counts.movesRight++;
    const worse = rival(scores, truth, (m) => Number.isFinite(cost[m]) && (cost[m] as number) > minCost);
    if (worse >= 0) moves.update(feats, k, truth, worse);
    moves.tick();
    const next = cost[guess] === minCost || random() < explore ? guess : truth;
    const arc = st.apply(next);
    if (!arc) continue;
    const [h, d] = arc;
    if (h === 0) {
      st.labels[d] = rootLabel;
      continue;
    }
    const j = labelerFeatures(st, values, h, d, lfeats, scratch);
    labels.score(lfeats, j, lscores);
    const predicted = argmax(lscores, rootLabel);
    if (gold[d] === h) {
      counts.arcs++;
      const want = goldLabels[d] as number;
      if (predicted === want) counts.labelsRight++;
      const wrong = want === rootLabel ? -1 : rival(lscores, want, (c) => c !== rootLabel);
      if (wrong >= 0) labels.update(lfeats, j, want, wrong);
      labels.tick();
    }
    st.labels[d] = predicted;
  }
}
