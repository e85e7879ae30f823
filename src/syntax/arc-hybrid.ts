/**
 * The arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez and Satta 2011) with its dynamic oracle (Goldberg
 * and Nivre 2013). Words are 1..n, 0 is the root, which starts alone on the stack and may take a dependent only
 * when the buffer is empty, so every parse has one root.
 *   SHIFT  (σ, b|β)      → (σ|b, β)
 *   LEFT   (σ|s0, b|β)   → (σ, b|β)     + arc b → s0
 *   RIGHT  (σ|s1|s0, β)  → (σ|s1, β)    + arc s1 → s0
 * A word leaves the stack only when it gets its head, so its subtree is complete at that moment.
 */

import { Slab } from "./slab.ts";

export const SHIFT = 0;
export const LEFT = 1;
export const RIGHT = 2;
export const MOVES = ["SHIFT", "LEFT", "RIGHT"] as const;

export class ParseState {
  readonly n: number;
  readonly stack: Int32Array;
  sp = 1;
  /** the first word of the buffer; the buffer is b..n, empty when b > n */
  b = 1;
  readonly heads: Int32Array;
  readonly labels: Int32Array;
  /** leftmost and second leftmost, rightmost and second rightmost dependents so far (0: none) */
  readonly lc1: Int32Array;
  readonly lc2: Int32Array;
  readonly rc1: Int32Array;
  readonly rc2: Int32Array;
  readonly nl: Int32Array;
  readonly nr: Int32Array;

  constructor(n: number) {
    this.n = n;
    const slab = new Slab(9 * Slab.size(n + 1, 4));
    this.stack = slab.int32(n + 1);
    this.heads = slab.int32(n + 1).fill(-1);
    this.labels = slab.int32(n + 1).fill(-1);
    this.lc1 = slab.int32(n + 1);
    this.lc2 = slab.int32(n + 1);
    this.rc1 = slab.int32(n + 1);
    this.rc2 = slab.int32(n + 1);
    this.nl = slab.int32(n + 1);
    this.nr = slab.int32(n + 1);
  }

  /** the i-th item from the top of the stack (0: top), or -1 */
  s(i: number): number {
    return i < this.sp ? (this.stack[this.sp - 1 - i] as number) : -1;
  }

  /** the i-th word of the buffer, or -1 */
  q(i: number): number {
    const w = this.b + i;
    return w <= this.n ? w : -1;
  }

  get terminal(): boolean {
    return this.b > this.n && this.sp === 1;
  }

  canApply(move: number): boolean {
    if (move === SHIFT) return this.b <= this.n;
    if (move === LEFT) return this.sp >= 2 && this.b <= this.n;
    return this.sp >= 2 && (this.stack[this.sp - 2] !== 0 || this.b > this.n);
  }

  private arc(h: number, d: number): void {
    this.heads[d] = h;
    if (d < h) {
      this.nl[h] = (this.nl[h] as number) + 1;
      if (this.lc1[h] === 0 || d < (this.lc1[h] as number)) { this.lc2[h] = this.lc1[h] as number; this.lc1[h] = d; }
      else if (this.lc2[h] === 0 || d < (this.lc2[h] as number)) this.lc2[h] = d;
    } else {
      this.nr[h] = (this.nr[h] as number) + 1;
      if (d > (this.rc1[h] as number)) { this.rc2[h] = this.rc1[h] as number; this.rc1[h] = d; }
      else if (d > (this.rc2[h] as number)) this.rc2[h] = d;
    }
  }

  /** Applies a move; returns the [head, dependent] of the arc it made, or null for SHIFT. */
  apply(move: number): readonly [number, number] | null {
    const d = this.step(move);
    return d === 0 ? null : [this.heads[d] as number, d];
  }

  /** Applies a move without allocating; returns the dependent of the arc it made (its head is heads[d]), 0 for SHIFT. */
  step(move: number): number {
    if (move === SHIFT) {
      this.stack[this.sp++] = this.b++;
      return 0;
    }
    const s0 = this.stack[--this.sp] as number;
    const h = move === LEFT ? this.b : (this.stack[this.sp - 1] as number);
    this.arc(h, s0);
    return s0;
  }
}

function dependentsInBuffer(state: ParseState, gold: Int32Array, x: number): number {
  let count = 0;
  for (let w = state.b; w <= state.n; w++) if (gold[w] === x) count++;
  return count;
}

/**
 * How many gold arcs a move makes unreachable (the dynamic oracle's cost). `gold[w]` is the gold head of word w.
 * Non-projective gold trees are fine: their unreachable arcs are simply never counted as reachable.
 */
export function moveCost(state: ParseState, gold: Int32Array, move: number): number {
  const s0 = state.s(0);
  if (move === SHIFT) {
    const b0 = state.b;
    let cost = 0;
    for (let i = 0; i < state.sp; i++) {
      const x = state.stack[i] as number;
      if (x !== 0 && gold[x] === b0) cost++;
      if (x !== s0 && gold[b0] === x) cost++;
    }
    return cost;
  }
  const g = gold[s0] as number;
  if (move === LEFT) {
    const b0 = state.b;
    const lost = g !== b0 && (g === state.s(1) || g > b0) ? 1 : 0;
    return dependentsInBuffer(state, gold, s0) + lost;
  }
  const lost = g !== state.s(1) && g >= state.b ? 1 : 0;
  return dependentsInBuffer(state, gold, s0) + lost;
}
