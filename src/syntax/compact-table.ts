/**
 * The lookup table of a large model of three classes or fewer (the parser's transitions: 1.3 million features)
 * in 8 bytes a slot instead of 16 (weight-table.ts), so that twice as many slots share the processor's caches.
 *
 * A key is found through h = imul(key, SPREAD), a one-to-one map of 32-bit integers: its top `bits` bits are the
 * home slot, and the slot holds a 16-bit tag of the key's remaining 32 - `bits` low bits and of its distance from
 * home (plus one: 0 is the tag of an empty slot), beside the three 16-bit weights:
 *   int32 0: tag | w0 << 16     int32 1: (w1 & 0xffff) | w2 << 16
 * Home slot, distance and low bits together are all of h, so a tag matches the one key it was made for: probing
 * from home, the key sits where the tag of that step is. This needs `bits` ≥ MIN_BITS, so that the low bits leave
 * room for the distance; a key whose first free slot is farther than the tag can say goes to `far`, looked at only
 * when every slot within reach is taken (slots are never emptied, so they were all taken when it was placed too).
 *
 * @example
 * const table = new CompactTable(21, keys, starts, cls, vals); // as WeightTable builds it for the parser
 * table.add(feats, n, scores, 3);                              // scores[m] += the weight of every feature for m
 */

/** The multiplicative hash of weight-table.ts: the home slot is the top bits of imul(key, SPREAD). */
const SPREAD = 0x9e3779b1;

/** Tables of fewer slots than 2^MIN_BITS keep the 16-byte layout: their keys' low bits need the whole tag. */
export const MIN_BITS = 21;

export class CompactTable {
  private readonly slots: Int32Array;
  private readonly shift: number;
  private readonly mask: number;
  /** the tag of distance 0 is `first` | low bits; each step farther adds `first` */
  private readonly first: number;
  private readonly low: number;
  /** keys placed too far from home: their three weights */
  private readonly far = new Map<number, readonly [number, number, number]>();
  /** the last value touch() read, kept so that the reads are not optimised away */
  private sink = 0;

  /** `bits` (≥ MIN_BITS): the table has 2^bits slots; keys and weights as in SparseModel. */
  constructor(bits: number, keys: Uint32Array, starts: Uint32Array, cls: Uint16Array, vals: Int16Array) {
    if (bits < MIN_BITS || bits > 31) throw new RangeError(`compact table: ${bits} bits, expected ${MIN_BITS} to 31`);
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
    this.first = 1 << this.shift;
    this.low = this.first - 1;
    const slots = new Int32Array(2 << bits);
    const w = [0, 0, 0];
    for (let i = 0; i < keys.length; i++) {
      const start = starts[i] as number, end = starts[i + 1] as number;
      if (end === start) continue;
      w[0] = 0; w[1] = 0; w[2] = 0;
      for (let j = start; j < end; j++) w[cls[j] as number] = vals[j] as number;
      const key = (keys[i] as number) | 0;
      const h = Math.imul(key, SPREAD);
      let slot = h >>> this.shift, tag = this.first | (h & this.low);
      while (((slots[2 * slot] as number) & 0xffff) !== 0 && tag <= 0xffff) {
        slot = (slot + 1) & this.mask;
        tag += this.first;
      }
      if (tag > 0xffff) {
        // a key listed twice keeps its first weights, as in the slots (where lookups stop at the first match)
        if (!this.far.has(key)) this.far.set(key, [w[0] as number, w[1] as number, w[2] as number]);
        continue;
      }
      slots[2 * slot] = tag | ((w[0] as number) << 16);
      slots[2 * slot + 1] = ((w[1] as number) & 0xffff) | ((w[2] as number) << 16);
    }
    this.slots = slots;
  }

  /** Bytes the table holds (for the load-time figures). */
  get bytes(): number {
    return this.slots.byteLength + 16 * this.far.size;
  }

  /** Adds the three classes' weights over `feats[0..n)` to `out` (as many classes as it has). */
  add(feats: Uint32Array, n: number, out: Float64Array | Int32Array, classes: number): void {
    const slots = this.slots, shift = this.shift, mask = this.mask, first = this.first, low = this.low;
    // read every home slot first, in a loop without branches, so that the cache misses overlap
    let sink = 0;
    for (let k = 0; k < n; k++) sink ^= slots[(Math.imul((feats[k] as number) | 0, SPREAD) >>> shift) << 1] as number;
    this.sink = sink;
    let a = 0, b = 0, c = 0;
    for (let k = 0; k < n; k++) {
      const h = Math.imul((feats[k] as number) | 0, SPREAD);
      let slot = h >>> shift, tag = first | (h & low);
      for (;;) {
        const head = slots[2 * slot] as number, t = head & 0xffff;
        if (t === tag) {
          const tail = slots[2 * slot + 1] as number;
          a += head >> 16;
          b += (tail << 16) >> 16;
          c += tail >> 16;
          break;
        }
        if (t === 0) break;
        tag += first;
        if (tag > 0xffff) {
          const w = this.far.get((feats[k] as number) | 0);
          if (w) { a += w[0]; b += w[1]; c += w[2]; }
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
    out[0] = (out[0] as number) + a;
    if (classes > 1) out[1] = (out[1] as number) + b;
    if (classes > 2) out[2] = (out[2] as number) + c;
  }
}
