/**
 * Features of a parser state (for the transition classifier) and of a new arc (for the label classifier), in the
 * spirit of Zhang and Nivre (2011): words and tags of the top three stack items and the first three buffer words,
 * their leftmost and rightmost dependents and their labels, distance and valency, and tag trigrams around them.
 */
import type { ParseState } from "./arc-hybrid.ts";
import { f1, f2, f3, hashString } from "./hash.ts";
import { PAD, wordValues, type WordValues } from "./words.ts";

export const LABELER_FEATURES = 30;

const NONE = hashString("<none>");
const ROOT = hashString("<root>");

/** Per-word values of one sentence for the parser; index w + 1 holds word w (0 is the root), index 0 is "none". */
export interface ParserValues {
  readonly word: Uint32Array;
  readonly tag: Uint32Array;
  readonly upos: Uint32Array;
  readonly suffix: Uint32Array;
  readonly shape: Uint32Array;
}

export function parserValues(norms: readonly number[], tags: readonly string[], upos: readonly string[], suffixes: readonly number[], shapes: readonly number[]): ParserValues {
  const n = norms.length;
  const make = (): Uint32Array => {
    const a = new Uint32Array(n + 2);
    a[0] = NONE;
    a[1] = ROOT;
    return a;
  };
  const word = make(), tag = make(), up = make(), suffix = make(), shape = make();
  for (let i = 0; i < n; i++) {
    word[i + 2] = norms[i] as number;
    tag[i + 2] = hashString(tags[i] as string);
    up[i + 2] = hashString(upos[i] as string);
    suffix[i + 2] = suffixes[i] as number;
    shape[i + 2] = shapes[i] as number;
  }
  return { word, tag, upos: up, suffix, shape };
}

/** Parser values of a sentence from its forms and (predicted) tags; `v` are the words' values, when already hashed. */
export function valuesOf(forms: readonly string[], upos: readonly string[], xpos: readonly string[], v: WordValues = wordValues(forms)): ParserValues {
  const norms: number[] = [], suffixes: number[] = [], shapes: number[] = [];
  for (let i = 0; i < forms.length; i++) {
    norms.push(v.norm[i + PAD] as number);
    suffixes.push(v.suf3[i + PAD] as number);
    shapes.push(v.shape[i + PAD] as number);
  }
  const tags = upos.map((u, i) => `${u}|${xpos[i] ?? "_"}`);
  return parserValues(norms, tags, upos, suffixes, shapes);
}

const bucket = (d: number): number => (d < 0 ? 0 : d > 5 ? (d > 10 ? 7 : 6) : d);

/** Child of `x` in one of the state's child arrays, or -1 (also for the root and for no item). */
function kid(arr: Int32Array, x: number): number {
  return x > 0 ? (arr[x] as number) || -1 : -1;
}

/** The label value of word `x` for features: 0 for none, else its label class + 2. */
function lab(st: ParseState, x: number): number {
  return x > 0 ? (st.labels[x] as number) + 2 : 0;
}

/**
 * The transition features fall into three groups by what they read, so that the parser can keep a group's scores
 * while what it reads is unchanged: the buffer's first three words (unchanged until a SHIFT), the stack's top three
 * words as words (unchanged while the same word is on top at the same depth: the items below it cannot change
 * until it is popped), and the rest (dependents, labels, valency and the stack–buffer pairs), new at every step.
 */
export const BUFFER_FEATURES = 11;
export const STACK_FEATURES = 16;
export const STATE_FEATURES = 45;
export const PARSER_FEATURES = BUFFER_FEATURES + STACK_FEATURES + STATE_FEATURES;

/** Writes the features of the buffer's first three words into `out` from `at`; returns the index after them. */
export function bufferFeatures(st: ParseState, v: ParserValues, out: Uint32Array, at = 0): number {
  const b0 = st.q(0), b1 = st.q(1), b2 = st.q(2);
  const W = v.word, T = v.tag;
  const b0w = W[b0 + 1] as number, b0t = T[b0 + 1] as number;
  const b1w = W[b1 + 1] as number, b1t = T[b1 + 1] as number;
  const b2w = W[b2 + 1] as number, b2t = T[b2 + 1] as number;
  let n = at;
  out[n++] = f1(8, b0w); out[n++] = f1(9, b0t); out[n++] = f2(10, b0w, b0t);
  out[n++] = f1(11, b1w); out[n++] = f1(12, b1t); out[n++] = f2(13, b1w, b1t);
  out[n++] = f1(14, b2t); out[n++] = f1(15, b2w);
  out[n++] = f2(29, b0t, b1t); out[n++] = f2(30, b0w, b1w);
  out[n++] = f3(34, b0t, b1t, b2t);
  return n;
}

/** Writes the features of the stack's top three words (as words, not subtrees) into `out` from `at`. */
export function stackFeatures(st: ParseState, v: ParserValues, out: Uint32Array, at = 0): number {
  const s0 = st.s(0), s1 = st.s(1), s2 = st.s(2);
  const W = v.word, T = v.tag;
  const s0w = W[s0 + 1] as number, s0t = T[s0 + 1] as number;
  const s1w = W[s1 + 1] as number, s1t = T[s1 + 1] as number;
  const s2t = T[s2 + 1] as number;
  const d1 = s0 > 0 && s1 >= 0 ? bucket(s0 - s1) : 0;
  let n = at;
  out[n++] = f1(1, s0w); out[n++] = f1(2, s0t); out[n++] = f2(3, s0w, s0t);
  out[n++] = f1(4, s1w); out[n++] = f1(5, s1t); out[n++] = f2(6, s1w, s1t);
  out[n++] = f1(7, s2t);
  out[n++] = f2(22, s0t, s1t); out[n++] = f2(23, s0w, s1w); out[n++] = f2(24, s0w, s1t); out[n++] = f2(25, s0t, s1w);
  out[n++] = f3(26, s0w, s0t, s1t); out[n++] = f3(27, s0t, s1w, s1t);
  out[n++] = f3(33, s2t, s1t, s0t);
  out[n++] = f3(46, s1t, s0t, d1); out[n++] = f2(47, s0w, d1);
  return n;
}

/** Writes the features that change at every step (subtrees, valency, stack–buffer pairs) into `out` from `at`. */
export function stateFeatures(st: ParseState, v: ParserValues, out: Uint32Array, at = 0): number {
  const s0 = st.s(0), s1 = st.s(1);
  const b0 = st.q(0), b1 = st.q(1);
  const W = v.word, T = v.tag;
  const s0w = W[s0 + 1] as number, s0t = T[s0 + 1] as number;
  const s1t = T[s1 + 1] as number;
  const b0w = W[b0 + 1] as number, b0t = T[b0 + 1] as number;
  const b1t = T[b1 + 1] as number;
  const s0L = kid(st.lc1, s0), s0L2 = kid(st.lc2, s0), s0R = kid(st.rc1, s0), s0R2 = kid(st.rc2, s0);
  const s1L = kid(st.lc1, s1), s1R = kid(st.rc1, s1);
  const b0L = kid(st.lc1, b0), b0L2 = kid(st.lc2, b0);
  const s0Lt = T[s0L + 1] as number, s0Rt = T[s0R + 1] as number, b0Lt = T[b0L + 1] as number;
  const s0L2t = T[s0L2 + 1] as number, s0R2t = T[s0R2 + 1] as number, b0L2t = T[b0L2 + 1] as number;
  const s1Rt = T[s1R + 1] as number, s1Lt = T[s1L + 1] as number;
  const d = s0 > 0 && b0 > 0 ? bucket(b0 - s0) : 0;
  const vl0 = s0 > 0 ? (st.nl[s0] as number) : 9, vr0 = s0 > 0 ? (st.nr[s0] as number) : 9;
  const vlb = b0 > 0 ? (st.nl[b0] as number) : 9, vr1 = s1 > 0 ? (st.nr[s1] as number) : 9;
  const ls0L = lab(st, s0L), ls0L2 = lab(st, s0L2), ls0R = lab(st, s0R), ls0R2 = lab(st, s0R2);
  const lb0L = lab(st, b0L), lb0L2 = lab(st, b0L2), ls1R = lab(st, s1R);
  let n = at;
  out[n++] = f1(0, 0);
  out[n++] = f2(16, s0w, b0w); out[n++] = f2(17, s0w, b0t); out[n++] = f2(18, s0t, b0w); out[n++] = f2(19, s0t, b0t);
  out[n++] = f3(20, s0w, s0t, b0t); out[n++] = f3(21, s0t, b0w, b0t);
  out[n++] = f2(28, s1t, b0t);
  out[n++] = f3(31, s0t, b0t, b1t); out[n++] = f3(32, s1t, s0t, b0t);
  out[n++] = f3(35, s0t, s0Lt, b0t); out[n++] = f3(36, s0t, s0Rt, b0t);
  out[n++] = f3(37, s0t, b0t, b0Lt); out[n++] = f3(38, s1t, s1Rt, s0t); out[n++] = f3(39, s1t, s0t, s0Rt);
  out[n++] = f3(40, s1t, s1Lt, s0t); out[n++] = f3(41, s1t, s0t, s0Lt);
  out[n++] = f2(42, s0w, d); out[n++] = f2(43, s0t, d); out[n++] = f2(44, b0t, d); out[n++] = f3(45, s0t, b0t, d);
  out[n++] = f2(48, s0w, vr0); out[n++] = f2(49, s0t, vr0); out[n++] = f2(50, s0w, vl0); out[n++] = f2(51, s0t, vl0);
  out[n++] = f2(52, b0w, vlb); out[n++] = f2(53, b0t, vlb); out[n++] = f2(54, s1t, vr1);
  out[n++] = f1(55, W[s0L + 1] as number); out[n++] = f1(56, s0Lt); out[n++] = f2(57, s0t, ls0L);
  out[n++] = f1(58, W[s0R + 1] as number); out[n++] = f1(59, s0Rt); out[n++] = f2(60, s0t, ls0R);
  out[n++] = f2(61, s0t, ls0L2); out[n++] = f2(62, s0t, ls0R2);
  out[n++] = f1(63, W[b0L + 1] as number); out[n++] = f1(64, b0Lt); out[n++] = f2(65, b0t, lb0L);
  out[n++] = f2(66, b0t, lb0L2); out[n++] = f2(67, s1t, ls1R);
  out[n++] = f3(68, s0t, ls0L, ls0L2); out[n++] = f3(69, s0t, ls0R, ls0R2);
  out[n++] = f3(70, b0t, lb0L, lb0L2);
  out[n++] = f3(71, s0t, s0Lt, s0L2t) ^ f3(71, s0Rt, s0R2t, b0L2t);
  return n;
}

/** Writes all the transition features of `st` into `out` (the three groups in turn); returns how many. */
export function parserFeatures(st: ParseState, v: ParserValues, out: Uint32Array): number {
  return stateFeatures(st, v, out, stackFeatures(st, v, out, bufferFeatures(st, v, out, 0)));
}

/** Writes the label features of a new arc h → d into `out`; returns how many. */
export function labelerFeatures(st: ParseState, v: ParserValues, h: number, d: number, out: Uint32Array): number {
  const W = v.word, T = v.tag, U = v.upos;
  const dir = d < h ? 1 : 2;
  const dist = bucket(Math.abs(h - d));
  const dw = W[d + 1] as number, dt = T[d + 1] as number, hw = W[h + 1] as number, ht = T[h + 1] as number;
  const dl1 = st.lc1[d] as number, dl2 = st.lc2[d] as number, dr1 = st.rc1[d] as number;
  const hl1 = st.lc1[h] as number, hr1 = st.rc1[h] as number;
  const prevT = T[(d - 1 >= 1 ? d - 1 : -1) + 1] as number, nextT = T[(d + 1 <= st.n ? d + 1 : -1) + 1] as number;
  const hPrevT = T[(h - 1 >= 1 ? h - 1 : -1) + 1] as number;
  let n = 0;
  out[n++] = f1(0, dir);
  out[n++] = f2(1, dw, dir); out[n++] = f2(2, dt, dir); out[n++] = f2(3, hw, dir); out[n++] = f2(4, ht, dir);
  out[n++] = f3(5, dt, ht, dir); out[n++] = f3(6, dw, ht, dir); out[n++] = f3(7, dt, hw, dir);
  out[n++] = f3(8, f1(0, dt), ht, dir * 16 + dist); out[n++] = f3(9, dw, hw, dir);
  out[n++] = f3(10, dt, lab(st, dl1), dir); out[n++] = f3(11, dt, lab(st, dr1), dir);
  out[n++] = f3(12, dt, T[(dl1 || -1) + 1] as number, dir); out[n++] = f3(13, dt, T[(dr1 || -1) + 1] as number, dir);
  out[n++] = f3(14, dt, lab(st, dl1), lab(st, dr1)); out[n++] = f3(15, dt, lab(st, dl1), lab(st, dl2));
  out[n++] = f3(16, W[(dl1 || -1) + 1] as number, dt, dir); out[n++] = f3(17, W[(dl2 || -1) + 1] as number, dt, dir);
  out[n++] = f3(18, ht, hl1 && hl1 !== d ? lab(st, hl1) : 0, dir); out[n++] = f3(19, ht, hr1 && hr1 !== d ? lab(st, hr1) : 0, dir);
  out[n++] = f3(20, dt, prevT, dir); out[n++] = f3(21, dt, nextT, dir); out[n++] = f3(22, ht, hPrevT, dir);
  out[n++] = f2(23, v.suffix[d + 1] as number, dir); out[n++] = f3(24, v.shape[d + 1] as number, ht, dir);
  out[n++] = f3(25, U[d + 1] as number, U[h + 1] as number, dir * 16 + dist);
  out[n++] = f3(26, W[(dl1 || -1) + 1] as number, ht, dir); out[n++] = f3(27, dw, W[(dl1 || -1) + 1] as number, hw);
  out[n++] = f2(28, h === 0 ? 1 : 0, dt); out[n++] = f3(29, hw, W[(dl1 || -1) + 1] as number, dir);
  return n;
}
