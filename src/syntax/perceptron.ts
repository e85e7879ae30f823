/**
 * The averaged perceptron that trains every syntax model (tagger, parser transitions, arc labels, entities).
 * Features are hashed integers (hash.ts); a feature gets a dense row of class weights the first time an update
 * touches it, so features that never mattered cost nothing. Averaging uses the usual trick: keep w and u = Σ t·Δ,
 * the average is w − u / t. `freeze` turns the averaged weights into the compact model the coder ships.
 */
import { SparseModel } from "./sparse-model.ts";

/**
 * The best-scoring class other than `truth` when it scores at least as high as `truth` (a mistake or a tie), else
 * -1. Training on ties too keeps a margin: a tie that the trainer's order happens to break the right way would
 * otherwise be broken the other way by the averaged weights.
 */
export function rival(scores: Float64Array, truth: number, allowed?: (c: number) => boolean): number {
  let best = -1;
  for (let c = 0; c < scores.length; c++) {
    if (c === truth || (allowed && !allowed(c))) continue;
    if (best < 0 || (scores[c] as number) > (scores[best] as number)) best = c;
  }
  return best >= 0 && (scores[best] as number) >= (scores[truth] as number) ? best : -1;
}

export class PerceptronTrainer {
  readonly classes: number;
  private readonly rows = new Map<number, number>();
  private keys: Uint32Array;
  private w: Float32Array;
  private u: Float64Array;
  private used = 0;
  /** the averaging clock: one tick per training example */
  private t = 1;

  constructor(classes: number, initialRows = 1 << 14) {
    if (!Number.isInteger(classes) || classes < 2) throw new Error(`perceptron: need at least two classes, got ${classes}`);
    this.classes = classes;
    this.keys = new Uint32Array(initialRows);
    this.w = new Float32Array(initialRows * classes);
    this.u = new Float64Array(initialRows * classes);
  }

  get features(): number {
    return this.used;
  }

  private row(key: number): number {
    const found = this.rows.get(key);
    if (found !== undefined) return found;
    if (this.used === this.keys.length) this.grow();
    const r = this.used++;
    this.keys[r] = key;
    this.rows.set(key, r);
    return r;
  }

  private grow(): void {
    const cap = this.keys.length * 2;
    const keys = new Uint32Array(cap);
    keys.set(this.keys);
    const w = new Float32Array(cap * this.classes);
    w.set(this.w);
    const u = new Float64Array(cap * this.classes);
    u.set(this.u);
    this.keys = keys;
    this.w = w;
    this.u = u;
  }

  /** A zeroed buffer of one score per class. */
  scoreBuffer(): Float64Array {
    return new Float64Array(this.classes);
  }

  /** Adds each class's current weights over `feats[0..n)` into `out` (which it zeroes first). */
  score(feats: Uint32Array, n: number, out: Float64Array): void {
    out.fill(0);
    const c = this.classes;
    for (let k = 0; k < n; k++) {
      const r = this.rows.get(feats[k] as number);
      if (r === undefined) continue;
      const base = r * c;
      for (let j = 0; j < c; j++) out[j] = (out[j] as number) + (this.w[base + j] as number);
    }
  }

  /** Moves the weights of `feats` toward `truth` and away from `guess` (no-op when they are equal). */
  update(feats: Uint32Array, n: number, truth: number, guess: number): void {
    if (truth === guess) return;
    const c = this.classes;
    const t = this.t;
    for (let k = 0; k < n; k++) {
      const base = this.row(feats[k] as number) * c;
      this.w[base + truth] = (this.w[base + truth] as number) + 1;
      this.u[base + truth] = (this.u[base + truth] as number) + t;
      this.w[base + guess] = (this.w[base + guess] as number) - 1;
      this.u[base + guess] = (this.u[base + guess] as number) - t;
    }
  }

  /** Adds `delta` to class `cls`'s weights of `feats` (a structured update: one side of a sequence's mistake). */
  nudge(feats: Uint32Array, n: number, cls: number, delta: number): void {
    const c = this.classes;
    const t = this.t;
    for (let k = 0; k < n; k++) {
      const at = this.row(feats[k] as number) * c + cls;
      this.w[at] = (this.w[at] as number) + delta;
      this.u[at] = (this.u[at] as number) + delta * t;
    }
  }

  /** Advances the averaging clock; call once per training example. */
  tick(): void {
    this.t++;
  }

  /**
   * The averaged weights as a compact model: 16-bit weights, entries that round to zero dropped, and features
   * whose largest weight is under `prune` (as a share of the largest weight of all) dropped whole.
   */
  freeze(labels: readonly string[], prune = 0): SparseModel {
    if (labels.length !== this.classes) throw new Error(`perceptron: ${labels.length} labels for ${this.classes} classes`);
    const c = this.classes;
    const t = this.t;
    const avg = new Float32Array(this.used * c);
    let max = 0;
    for (let i = 0; i < this.used * c; i++) {
      const v = (this.w[i] as number) - (this.u[i] as number) / t;
      avg[i] = v;
      if (Math.abs(v) > max) max = Math.abs(v);
    }
    const scale = max > 0 ? max / 32767 : 1;
    const floor = prune * max;
    const keys: number[] = [];
    const starts: number[] = [0];
    const cls: number[] = [];
    const vals: number[] = [];
    for (let r = 0; r < this.used; r++) {
      let rowMax = 0;
      for (let j = 0; j < c; j++) rowMax = Math.max(rowMax, Math.abs(avg[r * c + j] as number));
      if (rowMax === 0 || rowMax < floor) continue;
      let kept = 0;
      for (let j = 0; j < c; j++) {
        const q = Math.round((avg[r * c + j] as number) / scale);
        if (q === 0) continue;
        cls.push(j);
        vals.push(q);
        kept++;
      }
      if (kept === 0) continue;
      keys.push(this.keys[r] as number);
      starts.push(cls.length);
    }
    return new SparseModel(labels, Uint32Array.from(keys), Uint32Array.from(starts), Uint16Array.from(cls), Int16Array.from(vals), scale);
  }
}
