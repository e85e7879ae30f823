/**
 * MinHash (one-permutation hashing) over word shingles, with LSH banding: articles sharing a band are
 * near-duplicate candidates, and the share of equal signature slots estimates their Jaccard similarity.
 */
import { normaliseText } from "./hash.ts";

export interface MinHashOptions {
  /** words per shingle */
  readonly shingle: number;
  readonly bands: number;
  readonly rows: number;
}

/** 16 bands of 4 rows: pairs above ~0.5 Jaccard become candidates with high probability. */
export const MINHASH_DEFAULTS: MinHashOptions = { shingle: 4, bands: 16, rows: 4 };

/** larger than every slot value: marks an empty slot */
const EMPTY = 0x100000000;

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Fixed pseudo-random permutation coefficients, the same in every process (seeded, not Math.random). */
function coefficients(n: number): { a: Uint32Array; b: Uint32Array } {
  const a = new Uint32Array(n);
  const b = new Uint32Array(n);
  let x = 0x9e3779b9;
  const next = (): number => { x ^= x << 13; x ^= x >>> 17; x ^= x << 5; return x >>> 0; };
  for (let i = 0; i < n; i++) { a[i] = next() | 1; b[i] = next(); }
  return { a, b };
}

const cache = new Map<number, { a: Uint32Array; b: Uint32Array }>();

/** One of the n hash functions: xor, odd multiply, shift-mix (cheap, 32-bit exact). */
function permute(a: number, b: number, x: number): number {
  let v = Math.imul(x ^ b, a);
  v ^= v >>> 15;
  v = Math.imul(v, 0x2c1b3c6d);
  return (v ^ (v >>> 12)) >>> 0;
}

/** The signature (bands × rows numbers) of a text's word shingles. */
export function minhash(text: string, options: MinHashOptions = MINHASH_DEFAULTS): number[] {
  const n = options.bands * options.rows;
  let coef = cache.get(n);
  if (!coef) { coef = coefficients(n); cache.set(n, coef); }
  const words = normaliseText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
  // each word hashed once; a shingle's hash chains its words' hashes (no strings built per shingle)
  const hashes = words.map(fnv1a);
  const shingles = new Set<number>();
  const k = Math.min(options.shingle, Math.max(1, words.length));
  for (let i = 0; i + k <= hashes.length; i++) {
    let h = 0x811c9dc5;
    for (let j = i; j < i + k; j++) h = Math.imul(h ^ hashes[j]!, 0x01000193);
    shingles.add(h >>> 0);
  }
  // one-permutation hashing: one hash per shingle, its low bits pick the slot and the slot keeps its minimum
  // (as good an estimate of Jaccard similarity as n separate hash functions, for a 1/n of the work)
  const sig = new Array<number>(n).fill(EMPTY);
  const a = coef.a[0]!;
  const b = coef.b[0]!;
  for (const x of shingles) {
    const v = permute(a, b, x);
    const slot = v % n;
    if (v < sig[slot]!) sig[slot] = v;
  }
  return sig;
}

/** Band keys "band:hash" for LSH lookup. */
export function bandKeys(signature: readonly number[], options: MinHashOptions = MINHASH_DEFAULTS): string[] {
  const keys: string[] = [];
  for (let b = 0; b < options.bands; b++) {
    const part = signature.slice(b * options.rows, (b + 1) * options.rows);
    if (part.length === 0 || part.every((v) => v === EMPTY)) continue;
    keys.push(`${b}:${fnv1a(part.join(",")).toString(36)}`);
  }
  return keys;
}

/** Estimated Jaccard similarity: the share of slots where two signatures agree. */
export function similarity(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  // slots empty in both (short texts leave some slots empty) say nothing either way
  let same = 0;
  let used = 0;
  for (let i = 0; i < n; i++) {
    if (a[i] === EMPTY && b[i] === EMPTY) continue;
    used++;
    if (a[i] === b[i]) same++;
  }
  return used === 0 ? 0 : same / used;
}
