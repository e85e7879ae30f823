/**
 * The lookup side of a frozen linear model (sparse-model.ts): an open-addressing table from a hashed feature to its
 * class weights, laid out so that one lookup touches as little memory as possible.
 *
 * - Three classes or fewer (the parser's transitions): each slot is four int32s, [key, w0, w1, w2], 16 bytes
 *   aligned, four to a cache line; the weights sit in the slot itself.
 * - More classes (tagger, labeler, entities): each slot is four int32s too, [key, start << 8 | count, e0, e1]: a
 *   weight is one int32, (class << 16) | (weight & 0xffff); a feature's first two sit in the slot, the rest (count
 *   - 2) at `entries[start..]`. Most features have one to three weights, so most lookups touch one cache line.
 *
 * - Three classes or fewer in a table of 2^21 slots or more (the parser's): the 8-byte slots of compact-table.ts.
 *
 * An empty slot holds a key no feature has (`empty`) and zero weights (count 0), so a lookup needs no separate
 * "found" test: a missing feature lands on an empty slot and adds nothing. Scores are sums of 16-bit integers, exact
 * in any order, so every layout gives the same scores as the plain arrays it is built from.
 */

import { CompactTable, MIN_BITS } from "./compact-table.ts";

/** The multiplicative hash that picks a key's home slot (its top bits). */
const SPREAD = 0x9e3779b1;

/** A small int32 that is not among `keys` (so empty slots never match a real feature); almost always 0. */
function unusedKey(keys: Uint32Array): number {
  for (let candidate = 0; ; candidate++) {
    let taken = false;
    for (let i = 0; i < keys.length && !taken; i++) taken = keys[i] === candidate;
    if (!taken) return candidate;
  }
}

export class WeightTable {
  readonly classes: number;
  /** three classes or fewer: the weights themselves in the slot */
  private readonly inline: boolean;
  private readonly slots: Int32Array;
  private readonly entries: Int32Array;
  private readonly shift: number;
  private readonly mask: number;
  /** the table of a large model of three classes or fewer, which then has no slots here */
  private readonly compact: CompactTable | null;
  /** the last value touch() read, kept so that the reads are not optimised away */
  private sink = 0;
  /** the key of every empty slot, as an int32 */
  readonly empty: number;

  constructor(classes: number, keys: Uint32Array, starts: Uint32Array, cls: Uint16Array, vals: Int16Array) {
    if (classes > 255 || cls.length >= 1 << 24) throw new RangeError(`weight table: at most 255 classes and 2^24 weights, got ${classes} and ${cls.length}`);
    this.classes = classes;
    const inline = classes <= 3;
    this.inline = inline;
    let bits = 4;
    while (1 << bits < keys.length * 1.4) bits++;
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
    this.compact = inline && bits >= MIN_BITS ? new CompactTable(bits, keys, starts, cls, vals) : null;
    if (this.compact) {
      this.empty = 0;
      this.slots = new Int32Array(0);
      this.entries = new Int32Array(0);
      return;
    }
    this.empty = unusedKey(keys) | 0;
    const slots = new Int32Array(4 << bits);
    if (this.empty !== 0) for (let s = 0; s <= this.mask; s++) slots[4 * s] = this.empty;
    let spilled = 0;
    for (let i = 0; i < keys.length && !inline; i++) spilled += Math.max(0, (starts[i + 1] as number) - (starts[i] as number) - 2);
    const entries = new Int32Array(spilled);
    const packed = (j: number): number => ((cls[j] as number) << 16) | ((vals[j] as number) & 0xffff);
    let next = 0;
    for (let i = 0; i < keys.length; i++) {
      const start = starts[i] as number, end = starts[i + 1] as number;
      if (end === start) continue;
      const key = (keys[i] as number) | 0;
      let slot = Math.imul(key, SPREAD) >>> this.shift;
      while (slots[4 * slot] !== this.empty) slot = (slot + 1) & this.mask;
      const at = 4 * slot;
      slots[at] = key;
      if (inline) {
        for (let j = start; j < end; j++) slots[at + 1 + (cls[j] as number)] = vals[j] as number;
        continue;
      }
      slots[at + 1] = (next << 8) | (end - start);
      slots[at + 2] = packed(start);
      if (end - start > 1) slots[at + 3] = packed(start + 1);
      for (let j = start + 2; j < end; j++) entries[next++] = packed(j);
    }
    this.slots = slots;
    this.entries = entries;
  }

  /** Bytes the table holds (for the load-time figures). */
  get bytes(): number {
    return (this.compact?.bytes ?? 0) + this.slots.byteLength + this.entries.byteLength;
  }

  /** The slot of `key` (int32), or the empty slot where it would go. */
  private slotOf(key: number): number {
    const slots = this.slots, empty = this.empty, mask = this.mask;
    let slot = Math.imul(key, SPREAD) >>> this.shift;
    for (;;) {
      const k = slots[4 * slot] as number;
      if (k === key || k === empty) return 4 * slot;
      slot = (slot + 1) & mask;
    }
  }

  /**
   * Reads the home slot of every key first, in a loop without branches, so that their cache misses overlap; the
   * lookups that follow then mostly hit the cache.
   */
  private touch(feats: Uint32Array, n: number): void {
    const slots = this.slots, shift = this.shift;
    let sink = 0;
    for (let k = 0; k < n; k++) sink ^= slots[(Math.imul((feats[k] as number) | 0, SPREAD) >>> shift) << 2] as number;
    this.sink = sink;
  }

  /** Zeroes `out` and adds each class's weight over `feats[0..n)`. */
  score(feats: Uint32Array, n: number, out: Float64Array | Int32Array): void {
    out.fill(0);
    this.add(feats, n, out);
  }

  /** Adds each class's weight over `feats[0..n)` to `out`. */
  add(feats: Uint32Array, n: number, out: Float64Array | Int32Array): void {
    if (this.compact) {
      this.compact.add(feats, n, out, this.classes);
      return;
    }
    const slots = this.slots;
    this.touch(feats, n);
    if (this.inline) {
      let a = 0, b = 0, c = 0;
      for (let k = 0; k < n; k++) {
        const at = this.slotOf((feats[k] as number) | 0);
        a += slots[at + 1] as number;
        b += slots[at + 2] as number;
        c += slots[at + 3] as number;
      }
      out[0] = (out[0] as number) + a;
      if (this.classes > 1) out[1] = (out[1] as number) + b;
      if (this.classes > 2) out[2] = (out[2] as number) + c;
      return;
    }
    const entries = this.entries;
    for (let k = 0; k < n; k++) {
      const at = this.slotOf((feats[k] as number) | 0);
      const packed = slots[at + 1] as number;
      const count = packed & 0xff;
      if (count === 0) continue;
      let e = slots[at + 2] as number;
      out[e >>> 16] = (out[e >>> 16] as number) + ((e << 16) >> 16);
      if (count === 1) continue;
      e = slots[at + 3] as number;
      out[e >>> 16] = (out[e >>> 16] as number) + ((e << 16) >> 16);
      // the rest, spilled: four a turn, as V8 does not unroll the loop itself (a third less time per weight)
      const start = packed >>> 8, end = start + count - 2;
      let j = start;
      for (; j + 4 <= end; j += 4) {
        const e0 = entries[j] as number, e1 = entries[j + 1] as number, e2 = entries[j + 2] as number, e3 = entries[j + 3] as number;
        out[e0 >>> 16] = (out[e0 >>> 16] as number) + ((e0 << 16) >> 16);
        out[e1 >>> 16] = (out[e1 >>> 16] as number) + ((e1 << 16) >> 16);
        out[e2 >>> 16] = (out[e2 >>> 16] as number) + ((e2 << 16) >> 16);
        out[e3 >>> 16] = (out[e3 >>> 16] as number) + ((e3 << 16) >> 16);
      }
      for (; j < end; j++) {
        e = entries[j] as number;
        out[e >>> 16] = (out[e >>> 16] as number) + ((e << 16) >> 16);
      }
    }
  }
}
