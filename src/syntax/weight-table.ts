/**
 * The lookup side of a frozen linear model (sparse-model.ts): an open-addressing table from a hashed feature to its
 * class weights, laid out so that one lookup touches as little memory as possible.
 *
 * - Three classes or fewer (the parser's transitions): each slot is four int32s, [key, w0, w1, w2], 16 bytes
 *   aligned, four to a cache line; the weights sit in the slot itself.
 * - More classes (tagger, labeler, entities): each slot is [key, start << 8 | count], and the feature's weights are
 *   `count` consecutive int32s of `entries`, each (class << 16) | (weight & 0xffff).
 *
 * An empty slot holds a key no feature has (`empty`) and zero weights (count 0), so a lookup needs no separate
 * "found" test: a missing feature lands on an empty slot and adds nothing. Scores are sums of 16-bit integers, exact
 * in any order, so every layout gives the same scores as the plain arrays it is built from.
 */

/** The multiplicative hash that picks a key's home slot (its top bits). */
const SPREAD = 0x9e3779b1;

/** A 32-bit value that is not among `keys` (so empty slots never match a real feature). */
function unusedKey(keys: Uint32Array): number {
  if (!keys.includes(0)) return 0;
  const taken = new Set(keys);
  let candidate = 1;
  while (taken.has(candidate)) candidate++;
  return candidate;
}

export class WeightTable {
  readonly classes: number;
  /** slot width in int32s: 4 for the inline three-class layout, 2 otherwise */
  private readonly width: number;
  private readonly slots: Int32Array;
  private readonly entries: Int32Array;
  private readonly shift: number;
  private readonly mask: number;
  /** the key of every empty slot, as an int32 */
  readonly empty: number;

  constructor(classes: number, keys: Uint32Array, starts: Uint32Array, cls: Uint16Array, vals: Int16Array) {
    if (classes > 255 || cls.length >= 1 << 24) throw new RangeError(`weight table: at most 255 classes and 2^24 weights, got ${classes} and ${cls.length}`);
    this.classes = classes;
    const inline = classes <= 3;
    this.width = inline ? 4 : 2;
    let bits = 4;
    while (1 << bits < keys.length * (inline ? 1.4 : 2)) bits++;
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
    this.empty = unusedKey(keys) | 0;
    const w = this.width;
    const slots = new Int32Array(w << bits);
    if (this.empty !== 0) for (let s = 0; s <= this.mask; s++) slots[w * s] = this.empty;
    this.entries = new Int32Array(inline ? 0 : cls.length);
    for (let j = 0; j < cls.length && !inline; j++) this.entries[j] = ((cls[j] as number) << 16) | ((vals[j] as number) & 0xffff);
    for (let i = 0; i < keys.length; i++) {
      const start = starts[i] as number, end = starts[i + 1] as number;
      if (end === start) continue;
      const key = (keys[i] as number) | 0;
      let slot = Math.imul(key, SPREAD) >>> this.shift;
      while (slots[w * slot] !== this.empty) slot = (slot + 1) & this.mask;
      slots[w * slot] = key;
      if (inline) for (let j = start; j < end; j++) slots[w * slot + 1 + (cls[j] as number)] = vals[j] as number;
      else slots[w * slot + 1] = (start << 8) | (end - start);
    }
    this.slots = slots;
  }

  /** Bytes the table holds (for the load-time figures). */
  get bytes(): number {
    return this.slots.byteLength + this.entries.byteLength;
  }

  /** The slot of `key` (int32), or the empty slot where it would go. */
  private slotOf(key: number): number {
    const slots = this.slots, w = this.width, empty = this.empty, mask = this.mask;
    let slot = Math.imul(key, SPREAD) >>> this.shift;
    for (;;) {
      const k = slots[w * slot] as number;
      if (k === key || k === empty) return w * slot;
      slot = (slot + 1) & mask;
    }
  }

  /** Zeroes `out` and adds each class's weight over `feats[0..n)`. */
  score(feats: Uint32Array, n: number, out: Float64Array | Int32Array): void {
    out.fill(0);
    this.add(feats, n, out);
  }

  /** Adds each class's weight over `feats[0..n)` to `out`. */
  add(feats: Uint32Array, n: number, out: Float64Array | Int32Array): void {
    const slots = this.slots;
    if (this.width === 4) {
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
      const packed = slots[this.slotOf((feats[k] as number) | 0) + 1] as number;
      const start = packed >>> 8, end = start + (packed & 0xff);
      for (let j = start; j < end; j++) {
        const e = entries[j] as number;
        const cl = e >>> 16;
        out[cl] = (out[cl] as number) + ((e << 16) >> 16);
      }
    }
  }
}
