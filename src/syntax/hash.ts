/**
 * Integer feature hashing for the syntax models: a string is hashed once per token (FNV-1a), and a feature is a
 * template number mixed with one to three such values (murmur3's finaliser), so extracting a feature allocates
 * nothing. Training and parsing use these same functions; changing them invalidates the shipped weights.
 */

/** FNV-1a over the UTF-16 units of `s`, as an unsigned 32-bit integer. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Feature of template `t` over one value. */
export function f1(t: number, a: number): number {
  return fmix(Math.imul(t + 1, 0x9e3779b1) ^ a);
}

/** Feature of template `t` over two values. */
export function f2(t: number, a: number, b: number): number {
  return fmix(Math.imul(f1(t, a), 0x27d4eb2f) ^ b);
}

/** Feature of template `t` over three values. */
export function f3(t: number, a: number, b: number, c: number): number {
  return fmix(Math.imul(f2(t, a, b), 0x165667b1) ^ c);
}
