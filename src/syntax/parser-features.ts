/**
 * Features of a parser state for the transition classifier, in the spirit of Zhang and Nivre (2011): words and
 * tags of the top three stack items and the first three buffer words, their leftmost and rightmost dependents and
 * their labels, distance and valency, and tag trigrams around them; and the word classes (parser-classes.ts) of
 * those words, alone, with tags and in head–dependent pairs. The label classifier's are in label-features.ts.
 */
import type { ParseState } from "./arc-hybrid.ts";
import { f3, hashString } from "./hash.ts";
import type { WordClasses } from "./ner-classes.ts";
import { NO_CLASS, parserClassIds } from "./parser-classes.ts";
import { Slab } from "./slab.ts";
import { hashTemplates, templates } from "./templates.ts";
import { PAD, wordValues, type WordValues } from "./words.ts";

const NONE = hashString("<none>");
const ROOT = hashString("<root>");

/** Per-word values of one sentence for the parser; index w + 1 holds word w (0 is the root), index 0 is "none". */
export interface ParserValues {
  readonly word: Uint32Array;
  readonly tag: Uint32Array;
  readonly upos: Uint32Array;
  readonly suffix: Uint32Array;
  readonly shape: Uint32Array;
  /** whether the word-class features are on: only for weights trained with them (SyntaxModels.classes) */
  readonly classes: boolean;
  /** the word's class + 1 (parser-classes.ts) at each granularity, NO_CLASS outside the vocabulary */
  readonly c64: Uint32Array;
  readonly c256: Uint32Array;
  readonly c1024: Uint32Array;
}

/** `classIds` per column of PARSER_CLASS_COLUMNS, per word (parserClassIds); null: no word-class features. */
export function parserValues(
  norms: readonly number[], tags: readonly string[], upos: readonly string[], suffixes: readonly number[], shapes: readonly number[],
  classIds: readonly (readonly number[])[] | null = null,
): ParserValues {
  const n = norms.length;
  const slab = new Slab(8 * Slab.size(n + 2, 4));
  const make = (): Uint32Array => {
    const a = slab.uint32(n + 2);
    a[0] = NONE;
    a[1] = ROOT;
    return a;
  };
  const word = make(), tag = make(), up = make(), suffix = make(), shape = make();
  const c64 = make(), c256 = make(), c1024 = make();
  const [i64, i256, i1024] = classIds ?? [];
  for (let i = 0; i < n; i++) {
    word[i + 2] = norms[i] as number;
    tag[i + 2] = hashString(tags[i] as string);
    up[i + 2] = hashString(upos[i] as string);
    suffix[i + 2] = suffixes[i] as number;
    shape[i + 2] = shapes[i] as number;
    c64[i + 2] = i64?.[i] ?? NO_CLASS;
    c256[i + 2] = i256?.[i] ?? NO_CLASS;
    c1024[i + 2] = i1024?.[i] ?? NO_CLASS;
  }
  return { word, tag, upos: up, suffix, shape, classes: classIds !== null, c64, c256, c1024 };
}

/**
 * Parser values of a sentence from its forms and (predicted) tags, with the word classes of `classes` (null: no
 * word-class features); `v` are the words' values, when already hashed, and `at` the words' indices in the
 * vocabulary of `classes`, when already looked up.
 */
export function valuesOf(
  forms: readonly string[], upos: readonly string[], xpos: readonly string[], classes: WordClasses | null, v: WordValues = wordValues(forms),
  at?: readonly number[] | null,
): ParserValues {
  const norms: number[] = [], suffixes: number[] = [], shapes: number[] = [];
  for (let i = 0; i < forms.length; i++) {
    norms.push(v.norm[i + PAD] as number);
    suffixes.push(v.suf3[i + PAD] as number);
    shapes.push(v.shape[i + PAD] as number);
  }
  const tags = upos.map((u, i) => `${u}|${xpos[i] ?? "_"}`);
  return parserValues(norms, tags, upos, suffixes, shapes, classes ? parserClassIds(forms, classes, at ?? undefined) : null);
}

export const bucket = (d: number): number => (d < 0 ? 0 : d > 5 ? (d > 10 ? 7 : 6) : d);

/** Child of `x` in one of the state's child arrays, or -1 (also for the root and for no item). */
function kid(arr: Int32Array, x: number): number {
  return x > 0 ? (arr[x] as number) || -1 : -1;
}

/** The label value of word `x` for features: 0 for none, else its label class + 2. */
export function lab(st: ParseState, x: number): number {
  return x > 0 ? (st.labels[x] as number) + 2 : 0;
}

/**
 * The transition features fall into three groups by what they read, so that the parser can keep a group's scores
 * while what it reads is unchanged: the buffer's first three words (unchanged until a SHIFT), the stack's top three
 * words as words (unchanged while the same word is on top at the same depth: the items below it cannot change
 * until it is popped), and the rest (dependents, labels, valency and the stack–buffer pairs), new at every step.
 * Each group's word-class features (templates 72-93) come after its others, and only when ParserValues.classes is
 * set; the counts are the most a group writes.
 */
export const BUFFER_FEATURES = 18;
export const STACK_FEATURES = 23;
export const STATE_FEATURES = 53;
export const PARSER_FEATURES = BUFFER_FEATURES + STACK_FEATURES + STATE_FEATURES;

/** Value slots of the buffer's and the stack's features (BUFFER_TEMPLATES, STACK_TEMPLATES). */
const enum Q {
  B0w, B0t, B1w, B1t, B2w, B2t, S0w, S0t, S1w, S1t, S2t, D1,
  B0c64, B0c256, B0c1024, B1c64, B1c256, B1c1024, S0c64, S0c256, S0c1024, S1c64, S1c256, S1c1024, Count,
}

const BUFFER_TEMPLATES = templates([
  [8, Q.B0w], [9, Q.B0t], [10, Q.B0w, Q.B0t], [11, Q.B1w], [12, Q.B1t], [13, Q.B1w, Q.B1t], [14, Q.B2t], [15, Q.B2w],
  [29, Q.B0t, Q.B1t], [30, Q.B0w, Q.B1w], [34, Q.B0t, Q.B1t, Q.B2t],
]);

const BUFFER_CLASS_TEMPLATES = templates([
  [72, Q.B0c64], [73, Q.B0c256], [74, Q.B0c1024], [75, Q.B1c64], [76, Q.B1c256], [77, Q.B1c1024], [78, Q.B0c256, Q.B1c256],
]);

const STACK_TEMPLATES = templates([
  [1, Q.S0w], [2, Q.S0t], [3, Q.S0w, Q.S0t], [4, Q.S1w], [5, Q.S1t], [6, Q.S1w, Q.S1t], [7, Q.S2t],
  [22, Q.S0t, Q.S1t], [23, Q.S0w, Q.S1w], [24, Q.S0w, Q.S1t], [25, Q.S0t, Q.S1w],
  [26, Q.S0w, Q.S0t, Q.S1t], [27, Q.S0t, Q.S1w, Q.S1t], [33, Q.S2t, Q.S1t, Q.S0t],
  [46, Q.S1t, Q.S0t, Q.D1], [47, Q.S0w, Q.D1],
]);

const STACK_CLASS_TEMPLATES = templates([
  [79, Q.S0c64], [80, Q.S0c256], [81, Q.S0c1024], [82, Q.S1c64], [83, Q.S1c256], [84, Q.S1c1024], [85, Q.S0c256, Q.S1c256],
]);

/** Writes the features of the buffer's first three words into `out` from `at`; returns the index after them. */
export function bufferFeatures(st: ParseState, v: ParserValues, out: Uint32Array, at = 0, scratch: StateValues = newStateValues()): number {
  const b0 = st.q(0), b1 = st.q(1), b2 = st.q(2);
  const W = v.word, T = v.tag, x = scratch;
  x[Q.B0w] = W[b0 + 1] as number; x[Q.B0t] = T[b0 + 1] as number;
  x[Q.B1w] = W[b1 + 1] as number; x[Q.B1t] = T[b1 + 1] as number;
  x[Q.B2w] = W[b2 + 1] as number; x[Q.B2t] = T[b2 + 1] as number;
  const n = hashTemplates(BUFFER_TEMPLATES, x, out, at);
  if (!v.classes) return n;
  x[Q.B0c64] = v.c64[b0 + 1] as number; x[Q.B0c256] = v.c256[b0 + 1] as number; x[Q.B0c1024] = v.c1024[b0 + 1] as number;
  x[Q.B1c64] = v.c64[b1 + 1] as number; x[Q.B1c256] = v.c256[b1 + 1] as number; x[Q.B1c1024] = v.c1024[b1 + 1] as number;
  return hashTemplates(BUFFER_CLASS_TEMPLATES, x, out, n);
}

/** Writes the features of the stack's top three words (as words, not subtrees) into `out` from `at`. */
export function stackFeatures(st: ParseState, v: ParserValues, out: Uint32Array, at = 0, scratch: StateValues = newStateValues()): number {
  const s0 = st.s(0), s1 = st.s(1), s2 = st.s(2);
  const W = v.word, T = v.tag, x = scratch;
  x[Q.S0w] = W[s0 + 1] as number; x[Q.S0t] = T[s0 + 1] as number;
  x[Q.S1w] = W[s1 + 1] as number; x[Q.S1t] = T[s1 + 1] as number;
  x[Q.S2t] = T[s2 + 1] as number;
  x[Q.D1] = s0 > 0 && s1 >= 0 ? bucket(s0 - s1) : 0;
  const n = hashTemplates(STACK_TEMPLATES, x, out, at);
  if (!v.classes) return n;
  x[Q.S0c64] = v.c64[s0 + 1] as number; x[Q.S0c256] = v.c256[s0 + 1] as number; x[Q.S0c1024] = v.c1024[s0 + 1] as number;
  x[Q.S1c64] = v.c64[s1 + 1] as number; x[Q.S1c256] = v.c256[s1 + 1] as number; x[Q.S1c1024] = v.c1024[s1 + 1] as number;
  return hashTemplates(STACK_CLASS_TEMPLATES, x, out, n);
}

/** Value slots of the state features (STATE_TEMPLATES), filled per step by stateFeatures. */
const enum V {
  Zero, S0w, S0t, S1t, B0w, B0t, B1t, S0Lt, S0Rt, B0Lt, S0L2t, S0R2t, B0L2t, S1Rt, S1Lt, D, Vl0, Vr0, Vlb, Vr1,
  Ls0L, Ls0L2, Ls0R, Ls0R2, Lb0L, Lb0L2, Ls1R, S0Lw, S0Rw, B0Lw,
  S0c64, S0c256, S0c1024, B0c64, B0c256, S0Lc64, S0Rc64, B0Lc64, Count,
}

/** The state features in their order but template 71 (two hashes XORed into one), written last. */
const STATE_TEMPLATES = templates([
  [0, V.Zero],
  [16, V.S0w, V.B0w], [17, V.S0w, V.B0t], [18, V.S0t, V.B0w], [19, V.S0t, V.B0t],
  [20, V.S0w, V.S0t, V.B0t], [21, V.S0t, V.B0w, V.B0t],
  [28, V.S1t, V.B0t],
  [31, V.S0t, V.B0t, V.B1t], [32, V.S1t, V.S0t, V.B0t],
  [35, V.S0t, V.S0Lt, V.B0t], [36, V.S0t, V.S0Rt, V.B0t],
  [37, V.S0t, V.B0t, V.B0Lt], [38, V.S1t, V.S1Rt, V.S0t], [39, V.S1t, V.S0t, V.S0Rt],
  [40, V.S1t, V.S1Lt, V.S0t], [41, V.S1t, V.S0t, V.S0Lt],
  [42, V.S0w, V.D], [43, V.S0t, V.D], [44, V.B0t, V.D], [45, V.S0t, V.B0t, V.D],
  [48, V.S0w, V.Vr0], [49, V.S0t, V.Vr0], [50, V.S0w, V.Vl0], [51, V.S0t, V.Vl0],
  [52, V.B0w, V.Vlb], [53, V.B0t, V.Vlb], [54, V.S1t, V.Vr1],
  [55, V.S0Lw], [56, V.S0Lt], [57, V.S0t, V.Ls0L],
  [58, V.S0Rw], [59, V.S0Rt], [60, V.S0t, V.Ls0R],
  [61, V.S0t, V.Ls0L2], [62, V.S0t, V.Ls0R2],
  [63, V.B0Lw], [64, V.B0Lt], [65, V.B0t, V.Lb0L],
  [66, V.B0t, V.Lb0L2], [67, V.S1t, V.Ls1R],
  [68, V.S0t, V.Ls0L, V.Ls0L2], [69, V.S0t, V.Ls0R, V.Ls0R2],
  [70, V.B0t, V.Lb0L, V.Lb0L2],
]);

/** The state's word-class features, written after STATE_TEMPLATES and before template 71. */
const STATE_CLASS_TEMPLATES = templates([
  [86, V.S0c256, V.B0t], [87, V.S0t, V.B0c256], [88, V.S0c256, V.B0c256], [89, V.S0c64, V.B0c64, V.D], [90, V.S0c1024, V.B0t],
  [91, V.S0c256, V.S0Lc64], [92, V.S0c256, V.S0Rc64], [93, V.B0c256, V.B0Lc64],
]);

/** Scratch space for the values of the parser's feature functions (label-features.ts too), one per parse. */
export type StateValues = Int32Array;

/** Slots of a StateValues: enough for the state, buffer, stack and label features. */
const SCRATCH_SLOTS = 48;

export function newStateValues(): StateValues {
  if (V.Count > SCRATCH_SLOTS || Q.Count > SCRATCH_SLOTS) throw new Error("parser features: more value slots than SCRATCH_SLOTS");
  return new Int32Array(SCRATCH_SLOTS);
}

/**
 * Writes the features that change at every step (subtrees, valency, stack–buffer pairs) into `out` from `at`;
 * `scratch` (newStateValues) holds the values they are built from.
 */
export function stateFeatures(st: ParseState, v: ParserValues, out: Uint32Array, at = 0, scratch: StateValues = newStateValues()): number {
  const s0 = st.s(0), s1 = st.s(1);
  const b0 = st.q(0), b1 = st.q(1);
  const W = v.word, T = v.tag;
  const s0L = kid(st.lc1, s0), s0L2 = kid(st.lc2, s0), s0R = kid(st.rc1, s0), s0R2 = kid(st.rc2, s0);
  const s1L = kid(st.lc1, s1), s1R = kid(st.rc1, s1);
  const b0L = kid(st.lc1, b0), b0L2 = kid(st.lc2, b0);
  const x = scratch;
  x[V.Zero] = 0;
  x[V.S0w] = W[s0 + 1] as number; x[V.S0t] = T[s0 + 1] as number; x[V.S1t] = T[s1 + 1] as number;
  x[V.B0w] = W[b0 + 1] as number; x[V.B0t] = T[b0 + 1] as number; x[V.B1t] = T[b1 + 1] as number;
  x[V.S0Lt] = T[s0L + 1] as number; x[V.S0Rt] = T[s0R + 1] as number; x[V.B0Lt] = T[b0L + 1] as number;
  x[V.S0L2t] = T[s0L2 + 1] as number; x[V.S0R2t] = T[s0R2 + 1] as number; x[V.B0L2t] = T[b0L2 + 1] as number;
  x[V.S1Rt] = T[s1R + 1] as number; x[V.S1Lt] = T[s1L + 1] as number;
  x[V.D] = s0 > 0 && b0 > 0 ? bucket(b0 - s0) : 0;
  x[V.Vl0] = s0 > 0 ? (st.nl[s0] as number) : 9; x[V.Vr0] = s0 > 0 ? (st.nr[s0] as number) : 9;
  x[V.Vlb] = b0 > 0 ? (st.nl[b0] as number) : 9; x[V.Vr1] = s1 > 0 ? (st.nr[s1] as number) : 9;
  x[V.Ls0L] = lab(st, s0L); x[V.Ls0L2] = lab(st, s0L2); x[V.Ls0R] = lab(st, s0R); x[V.Ls0R2] = lab(st, s0R2);
  x[V.Lb0L] = lab(st, b0L); x[V.Lb0L2] = lab(st, b0L2); x[V.Ls1R] = lab(st, s1R);
  x[V.S0Lw] = W[s0L + 1] as number; x[V.S0Rw] = W[s0R + 1] as number; x[V.B0Lw] = W[b0L + 1] as number;
  let n = hashTemplates(STATE_TEMPLATES, x, out, at);
  if (v.classes) {
    x[V.S0c64] = v.c64[s0 + 1] as number; x[V.S0c256] = v.c256[s0 + 1] as number; x[V.S0c1024] = v.c1024[s0 + 1] as number;
    x[V.B0c64] = v.c64[b0 + 1] as number; x[V.B0c256] = v.c256[b0 + 1] as number;
    x[V.S0Lc64] = v.c64[s0L + 1] as number; x[V.S0Rc64] = v.c64[s0R + 1] as number; x[V.B0Lc64] = v.c64[b0L + 1] as number;
    n = hashTemplates(STATE_CLASS_TEMPLATES, x, out, n);
  }
  out[n++] = f3(71, x[V.S0t] as number, x[V.S0Lt] as number, x[V.S0L2t] as number) ^ f3(71, x[V.S0Rt] as number, x[V.S0R2t] as number, x[V.B0L2t] as number);
  return n;
}

/** Writes all the transition features of `st` into `out` (the three groups in turn); returns how many. */
export function parserFeatures(st: ParseState, v: ParserValues, out: Uint32Array, scratch: StateValues = newStateValues()): number {
  return stateFeatures(st, v, out, stackFeatures(st, v, out, bufferFeatures(st, v, out, 0, scratch), scratch), scratch);
}
