/**
 * One ArrayBuffer carved into the typed arrays of one sentence. V8 gives a typed array of more than 64 bytes its
 * own off-heap allocation (a few hundred nanoseconds each, and work for the garbage collector); the tagger, parser
 * and entity tagger need dozens of such arrays per sentence, which then cost one allocation.
 *
 * @example
 * const slab = new Slab(Slab.size(n, 4) * 2 + Slab.size(n, 8));
 * const heads = slab.int32(n), labels = slab.int32(n), scores = slab.float64(n);
 */
export class Slab {
  private readonly buffer: ArrayBuffer;
  private at = 0;

  /** A slab of `bytes` bytes (the sum of Slab.size of the arrays it will hold). */
  constructor(bytes: number) {
    this.buffer = new ArrayBuffer(bytes);
  }

  /** Bytes an array of `n` elements of `width` bytes takes in a slab (rounded up to 8, so every array is aligned). */
  static size(n: number, width: 1 | 4 | 8): number {
    return (n * width + 7) & ~7;
  }

  private take(n: number, width: 1 | 4 | 8): number {
    const at = this.at;
    this.at += Slab.size(n, width);
    if (this.at > this.buffer.byteLength) throw new RangeError(`slab: ${this.at} bytes needed, ${this.buffer.byteLength} allocated`);
    return at;
  }

  int32(n: number): Int32Array {
    return new Int32Array(this.buffer, this.take(n, 4), n);
  }

  uint32(n: number): Uint32Array {
    return new Uint32Array(this.buffer, this.take(n, 4), n);
  }

  float64(n: number): Float64Array {
    return new Float64Array(this.buffer, this.take(n, 8), n);
  }

  uint8(n: number): Uint8Array {
    return new Uint8Array(this.buffer, this.take(n, 1), n);
  }
}
