/**
 * Beam decoding for the entity tagger: keeps the `width` best label sequences (sum of the perceptron's scores)
 * left to right instead of one, so a name's first label may be revised by what follows. With width 1 it is the
 * greedy decoder. Only label sequences the scheme allows are kept. Training (trainBeamSentence) is the structured
 * perceptron with early update (Collins & Roark 2004): when the gold prefix falls out of the beam, the weights move
 * toward the gold prefix and away from the best one in the beam, and the sentence ends there.
 */
import { nerFeatures, NER_FEATURES, type NerValues } from "./ner-features.ts";
import { frozenSteps, plainSteps, type NerSteps } from "./ner-rows.ts";
import type { NerScheme } from "./ner-scheme.ts";
import type { PerceptronTrainer } from "./perceptron.ts";
import { Slab } from "./slab.ts";
import { SparseModel } from "./sparse-model.ts";

/**
 * What the beam scores with: the frozen model (integer scores in an Int32Array) or the trainer (Float64Array).
 * The buffer type is the scorer's, so that each scores into one kind of array.
 */
export interface NerScorer<B extends Float64Array | Int32Array = Float64Array | Int32Array> {
  readonly classes: number;
  /** a zeroed buffer of one score per class, of the kind score() writes */
  scoreBuffer(): B;
  score(feats: Uint32Array, n: number, out: B): void;
}

const START = 0xffff;

/**
 * The search's feature buffer, made once: a typed array of more than 64 bytes costs about a microsecond to make and
 * collect. search() writes it before each read and never runs nested.
 */
const SEARCH_FEATS = new Uint32Array(NER_FEATURES);

/**
 * The hypotheses kept after each token, without an object per hypothesis: the j-th best after token i is at
 * i * width + j, with its label, its score and the index (after token i - 1) of the hypothesis it extends.
 */
class Lattice {
  readonly width: number;
  readonly cls: Uint8Array;
  readonly from: Int32Array;
  readonly score: Float64Array;
  /** how many hypotheses were kept after each token */
  readonly size: Int32Array;

  constructor(n: number, width: number) {
    this.width = width;
    const slab = new Slab(Slab.size(n * width, 8) + Slab.size(n * width, 4) + Slab.size(n, 4) + Slab.size(n * width, 1));
    this.score = slab.float64(n * width);
    this.from = slab.int32(n * width);
    this.size = slab.int32(n);
    this.cls = slab.uint8(n * width);
  }

  /** The labels of hypothesis `j` after token `i`, first to last (i + 1 of them). */
  labels(i: number, j: number): number[] {
    const out = new Array<number>(i + 1);
    for (let t = i; t >= 0; t--) {
      const at = t * this.width + j;
      out[t] = this.cls[at] as number;
      j = this.from[at] as number;
    }
    return out;
  }
}

/** `allowed(prev, c)` of the scheme as a table: row prev + 1 (row 0 before the sentence), column c. */
function allowedTable(scheme: NerScheme, classes: number): Uint8Array {
  const table = new Uint8Array((classes + 1) * classes);
  for (let p = -1; p < classes; p++) for (let c = 0; c < classes; c++) table[(p + 1) * classes + c] = scheme.allowed(p, c) ? 1 : 0;
  return table;
}

/**
 * The best label sequences found with a beam of `width`; `stepped(i, lattice)` sees the hypotheses after each
 * token and may stop the search by returning false (training's early update). Returns the lattice and the last
 * token searched (-1 for an empty sentence).
 *
 * Each token's candidates (every hypothesis extended by every allowed label, in that order) are kept in a sorted
 * list of at most `width`: a candidate goes after every kept one that scores at least as much, so ties keep the
 * earlier hypothesis and the lower class, exactly as a stable sort of all candidates cut to `width` would.
 */
function search<B extends Float64Array | Int32Array>(
  scorer: NerScorer<B>, scheme: NerScheme, v: NerValues, width: number, steps: NerSteps<B>, stepped?: (i: number, lattice: Lattice) => boolean,
): { lattice: Lattice; last: number } {
  const classes = scorer.classes;
  const feats = SEARCH_FEATS;
  const base = scorer.scoreBuffer();
  /** per hypothesis of the token before: its label scores, and the two labels they were scored after */
  const labelScores = Array.from({ length: width }, () => scorer.scoreBuffer());
  const scoredP1 = new Int32Array(width), scoredP2 = new Int32Array(width);
  const allowed = allowedTable(scheme, classes);
  const lat = new Lattice(v.n, width);
  const { cls, from, score, size } = lat;
  let last = -1;
  for (let i = 0; i < v.n; i++) {
    // the token's own features are scored once; only those reading the previous labels differ by hypothesis
    steps.token(v, i, feats, base);
    const here = i * width, before = here - width;
    const hyps = i === 0 ? 1 : (size[i - 1] as number);
    let kept = 0;
    for (let j = 0; j < hyps; j++) {
      const p1 = i === 0 ? START : (cls[before + j] as number);
      const p2 = i <= 1 ? START : (cls[before - width + (from[before + j] as number)] as number);
      const hScore = i === 0 ? 0 : (score[before + j] as number);
      // the label features read only the two labels before: hypotheses that end alike share their scores
      let same = 0;
      while (same < j && (scoredP1[same] !== p1 || scoredP2[same] !== p2)) same++;
      const scores = labelScores[same] as B;
      if (same === j) {
        steps.labels(v, i, p1, p2, feats, scores);
        scoredP1[j] = p1;
        scoredP2[j] = p2;
      } else {
        scoredP1[j] = -1;
      }
      const row = (p1 === START ? 0 : p1 + 1) * classes;
      for (let c = 0; c < classes; c++) {
        if (allowed[row + c] === 0) continue;
        const s = hScore + (base[c] as number) + (scores[c] as number);
        let at = kept;
        while (at > 0 && (score[here + at - 1] as number) < s) at--;
        if (at >= width) continue;
        for (let k = Math.min(kept, width - 1); k > at; k--) {
          score[here + k] = score[here + k - 1] as number;
          cls[here + k] = cls[here + k - 1] as number;
          from[here + k] = from[here + k - 1] as number;
        }
        score[here + at] = s;
        cls[here + at] = c;
        from[here + at] = j;
        if (kept < width) kept++;
      }
    }
    size[i] = kept;
    last = i;
    if (stepped && !stepped(i, lat)) break;
  }
  return { lattice: lat, last };
}

/** The best label sequence found with a beam of `width`. */
export function beamDecode<B extends Float64Array | Int32Array>(scorer: NerScorer<B>, scheme: NerScheme, v: NerValues, width: number): Uint8Array {
  // a frozen model scores through cached rows (ner-rows.ts); its score buffers are Int32Arrays, so B is one here
  const steps = scorer instanceof SparseModel ? (frozenSteps(scorer, v.classes) as unknown as NerSteps<B>) : plainSteps(scorer);
  const { lattice, last } = search(scorer, scheme, v, width, steps);
  return Uint8Array.from(last < 0 ? [] : lattice.labels(last, 0));
}

/** Moves the weights by `delta` for each label of `seq[0..length)` under its own history. */
function nudgeSequence(trainer: PerceptronTrainer, v: NerValues, seq: readonly number[], length: number, delta: number): void {
  const feats = new Uint32Array(NER_FEATURES);
  let p1 = START, p2 = START;
  for (let i = 0; i < length; i++) {
    const c = seq[i] as number;
    trainer.nudge(feats, nerFeatures(v, i, p1, p2, feats), c, delta);
    p2 = p1;
    p1 = c;
  }
}

/** One structured training pass over a sentence with a beam of `width`. Returns the tokens right. */
export function trainBeamSentence(trainer: PerceptronTrainer, scheme: NerScheme, v: NerValues, gold: readonly number[], width: number): number {
  let violated = -1;
  const { lattice, last } = search(trainer, scheme, v, width, plainSteps(trainer), (i, lat) => {
    for (let j = 0; j < (lat.size[i] as number); j++) {
      if (lat.cls[i * width + j] === gold[i] && lat.labels(i, j).every((c, t) => c === gold[t])) return true;
    }
    violated = i;
    return false;
  });
  const length = violated >= 0 ? violated + 1 : v.n;
  const guess = last < 0 ? [] : lattice.labels(last, 0);
  if (guess.some((c, t) => c !== gold[t])) {
    nudgeSequence(trainer, v, gold, length, 1);
    nudgeSequence(trainer, v, guess, length, -1);
  }
  for (let i = 0; i < v.n; i++) trainer.tick();
  let right = 0;
  for (let i = 0; i < length; i++) if (guess[i] === gold[i]) right++;
  return right;
}
