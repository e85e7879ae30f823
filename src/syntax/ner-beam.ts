/**
 * Beam decoding for the entity tagger: keeps the `width` best label sequences (sum of the perceptron's scores)
 * left to right instead of one, so a name's first label may be revised by what follows. With width 1 it is the
 * greedy decoder. Only label sequences the scheme allows are kept. Training (trainBeamSentence) is the structured
 * perceptron with early update (Collins & Roark 2004): when the gold prefix falls out of the beam, the weights move
 * toward the gold prefix and away from the best one in the beam, and the sentence ends there.
 */
import { nerFeatures, nerLabelFeatures, nerTokenFeatures, NER_FEATURES, type NerValues } from "./ner-features.ts";
import type { NerScheme } from "./ner-scheme.ts";
import type { PerceptronTrainer } from "./perceptron.ts";

export interface NerScorer {
  readonly classes: number;
  score(feats: Uint32Array, n: number, out: Float64Array): void;
}

const START = 0xffff;

interface Hyp {
  readonly score: number;
  readonly cls: number;
  readonly prev: Hyp | null;
  readonly p2: number;
}

/** The labels of `h`'s sequence, first to last (`length` of them). */
function labels(h: Hyp | null, length: number): number[] {
  const out = new Array<number>(length);
  for (let i = length - 1; i >= 0 && h; i--, h = h.prev) out[i] = h.cls;
  return out;
}

/**
 * The best label sequence found with a beam of `width`; `stepped(i, beam)` sees the beam after each token and may
 * stop the search by returning false (training's early update).
 */
function search(scorer: NerScorer, scheme: NerScheme, v: NerValues, width: number, stepped?: (i: number, beam: readonly Hyp[]) => boolean): Hyp[] {
  const feats = new Uint32Array(NER_FEATURES);
  const base = new Float64Array(scorer.classes);
  const scores = new Float64Array(scorer.classes);
  let beam: Hyp[] = [{ score: 0, cls: START, prev: null, p2: START }];
  for (let i = 0; i < v.n; i++) {
    // the token's own features are scored once; only those reading the previous labels differ by hypothesis
    scorer.score(feats, nerTokenFeatures(v, i, feats), base);
    const next: Hyp[] = [];
    for (const h of beam) {
      scorer.score(feats, nerLabelFeatures(v, i, h.cls, h.p2, feats), scores);
      const p = h.cls === START ? -1 : h.cls;
      for (let c = 0; c < scorer.classes; c++) {
        if (scheme.allowed(p, c)) next.push({ score: h.score + (base[c] as number) + (scores[c] as number), cls: c, prev: h, p2: h.cls });
      }
    }
    // stable sort: ties keep the earlier hypothesis and the lower class, as the greedy decoder does
    next.sort((a, b) => b.score - a.score);
    beam = next.slice(0, width);
    if (stepped && !stepped(i, beam)) break;
  }
  return beam;
}

/** The best label sequence found with a beam of `width`. */
export function beamDecode(scorer: NerScorer, scheme: NerScheme, v: NerValues, width: number): Uint8Array {
  return Uint8Array.from(labels(search(scorer, scheme, v, width)[0] ?? null, v.n));
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
  const beam = search(trainer, scheme, v, width, (i, b) => {
    if (b.some((h) => h.cls === gold[i] && labels(h, i + 1).every((c, t) => c === gold[t]))) return true;
    violated = i;
    return false;
  });
  const length = violated >= 0 ? violated + 1 : v.n;
  const guess = labels(beam[0] ?? null, length);
  if (guess.some((c, t) => c !== gold[t])) {
    nudgeSequence(trainer, v, gold, length, 1);
    nudgeSequence(trainer, v, guess, length, -1);
  }
  for (let i = 0; i < v.n; i++) trainer.tick();
  let right = 0;
  for (let i = 0; i < length; i++) if (guess[i] === gold[i]) right++;
  return right;
}
