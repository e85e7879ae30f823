/**
 * The entity tagger's features: the word (as written and normalised), its affixes and shape, its neighbours ±2,
 * their UPOS tags, the dictionary hints (ner-hints.ts) around it, the word classes (ner-classes.ts: clusters of
 * word vectors at three granularities) of the word and its neighbours, and the two labels already chosen. Every
 * value is hashed once per sentence (nerValues); a feature is then a few integer mixes (hash.ts), allocation-free.
 */
import { hashString } from "./hash.ts";
import type { WordClasses } from "./ner-classes.ts";
import type { NerHints } from "./ner-hints.ts";
import { Slab } from "./slab.ts";
import { hashTemplates, templates, type Template } from "./templates.ts";
import { PAD, wordValues, type WordValues } from "./words.ts";

export const NER_FEATURES = 72;

export interface NerValues {
  readonly n: number;
  readonly words: WordValues;
  /** padded like WordValues: index i + 2 holds token i */
  readonly form: Uint32Array;
  readonly upos: Uint32Array;
  readonly kb: Uint32Array;
  readonly place: Uint32Array;
  /** per class column of CLASS_COLUMNS, the token's class + 1; 0 outside the vocabulary or without the column */
  readonly cls: readonly Uint32Array[];
  /** scratch space of the feature functions: one token's value slots (nerScratch) */
  readonly scratch: Int32Array;
  /** the forms and word classes the values were made from (ner-rows.ts keeps rows by form, per word classes) */
  readonly forms: readonly string[];
  readonly classes: WordClasses | null;
}

/** The word-class columns the features read: three granularities of clusters, coarse to fine, and WordNet's. */
export const CLASS_COLUMNS = ["c64", "c256", "c1024", "wn"] as const;

const BEFORE = hashString("<s>");
const AFTER = hashString("</s>");

function padded(slab: Slab, n: number, value: (i: number) => number): Uint32Array {
  const a = slab.uint32(n + 2 * PAD);
  a[0] = BEFORE; a[1] = BEFORE; a[n + PAD] = AFTER; a[n + PAD + 1] = AFTER;
  for (let i = 0; i < n; i++) a[i + PAD] = value(i);
  return a;
}

/**
 * Hashes the values of one sentence; `upos` must have one tag per form; `words`, when the tagger already has them;
 * `at`, the forms' indices in the vocabulary of `classes` (classes.indexOf), when already looked up.
 */
export function nerValues(
  forms: readonly string[], upos: readonly string[], hints: NerHints, words: WordValues = wordValues(forms), classes: WordClasses | null = null,
  at: readonly number[] | null = classes ? forms.map((f) => classes.indexOf(f)) : null,
): NerValues {
  const n = forms.length;
  if (upos.length !== n) throw new Error(`ner: ${n} forms but ${upos.length} tags`);
  const slab = new Slab((CLASS_COLUMNS.length + 4) * Slab.size(n + 2 * PAD, 4));
  const cls: Uint32Array[] = [];
  for (const name of CLASS_COLUMNS) {
    const values = classes?.column(name)?.values;
    cls.push(padded(slab, n, (i) => {
      const w = at?.[i] ?? -1;
      return values && w >= 0 ? (values[w] as number) + 1 : 0;
    }));
  }
  return {
    cls,
    scratch: nerScratch(),
    forms,
    classes,
    n,
    words,
    form: padded(slab, n, (i) => hashString(forms[i] as string)),
    upos: padded(slab, n, (i) => hashString(upos[i] as string)),
    kb: padded(slab, n, (i) => (hints.kb[i] ?? 0) + 1),
    place: padded(slab, n, (i) => (hints.place[i] ?? 0) + 1),
  };
}

/** Value slots of the entity tagger's features, filled per token from NerValues. */
const enum N {
  Zero, First, Form0, Form1, Wm2, Wm1, W0, W1, W2, Suf2, Suf3, Suf4, Pre3, Sm1, S0, S1, Um2, Um1, U0, U1, U2,
  Kbm1, Kb0, Kb1, Plm1, Pl0, Pl1, C1m2, C1m1, C10, C11, C12, C2m1, C20, C21, C3m1, C30, C31, Wnm1, Wn0, Wn1,
  P1, P2, Count,
}

/** The features of a token that do not read the labels before it, in their order. */
const TOKEN_LIST: readonly Template[] = [
  [100, N.Zero], [101, N.Form0], [102, N.W0], [103, N.Wm1], [104, N.W1], [105, N.Wm2], [106, N.W2],
  [107, N.Suf2], [108, N.Suf3], [109, N.Suf4], [110, N.Pre3], [111, N.S0], [112, N.Sm1], [113, N.S1],
  [114, N.Sm1, N.S0, N.S1], [115, N.U0], [116, N.Um1], [117, N.U1], [118, N.Um1, N.U0], [119, N.U0, N.U1],
  [120, N.Um2], [121, N.U2], [127, N.Kb0], [128, N.Kbm1], [129, N.Kb1], [130, N.Pl0], [131, N.Plm1], [132, N.Pl1],
  [133, N.Kb0, N.S0], [134, N.Pl0, N.S0], [137, N.Wm1, N.W0], [138, N.W0, N.W1], [139, N.First, N.S0],
  [141, N.Form1], [142, N.U0, N.S0], [143, N.Kb0, N.Pl0], [145, N.S0, N.U0, N.W1], [146, N.Wm1, N.S0],
  [147, N.S0, N.W1], [150, N.C10], [151, N.C20], [152, N.C30], [153, N.C2m1], [154, N.C21], [155, N.C3m1],
  [156, N.C31], [157, N.C1m2], [158, N.C12], [159, N.C20, N.S0], [162, N.C1m1, N.C10], [163, N.C10, N.C11],
  [164, N.C2m1, N.S0, N.U0], [165, N.S0, N.U0, N.C21], [166, N.Wn0, N.S0], [167, N.Wnm1], [168, N.Wn1],
  [170, N.Wnm1, N.Wn0, N.S0],
];
const TOKEN_TEMPLATES = templates(TOKEN_LIST);

/** The features of a token that read the previous two labels, in their order. */
const LABEL_LIST: readonly Template[] = [
  [122, N.P1], [123, N.P1, N.P2], [124, N.P1, N.W0], [125, N.P1, N.S0], [126, N.P1, N.U0], [135, N.Kb0, N.P1],
  [136, N.Pl0, N.P1], [140, N.P1, N.S0, N.U0], [144, N.P1, N.S1], [160, N.C10, N.P1], [161, N.C20, N.P1],
  [169, N.Wn0, N.P1],
];
const LABEL_TEMPLATES = templates(LABEL_LIST);

/**
 * For the cached rows of ner-rows.ts: the token features that read nothing but the token's own form (its hashes,
 * affixes, shape and word classes; and the bias), and the label features that read nothing but the two labels.
 */
const FORM_NUMBERS: readonly number[] = [100, 101, 102, 107, 108, 109, 110, 111, 150, 151, 152, 166];
const HISTORY_NUMBERS: readonly number[] = [122, 123];
const FORM_TEMPLATES = templates(TOKEN_LIST.filter((t) => FORM_NUMBERS.includes(t[0])));
const CONTEXT_TEMPLATES = templates(TOKEN_LIST.filter((t) => !FORM_NUMBERS.includes(t[0])));
const HISTORY_TEMPLATES = templates(LABEL_LIST.filter((t) => HISTORY_NUMBERS.includes(t[0])));
const LABEL_CONTEXT_TEMPLATES = templates(LABEL_LIST.filter((t) => !HISTORY_NUMBERS.includes(t[0])));

/** Fills the value slots of token `i` (all but the labels) into `v.scratch`, unless they are already there. */
function tokenValues(v: NerValues, i: number): Int32Array {
  const x = v.scratch;
  if (x[N.Count] === i + 1) return x;
  const k = i + PAD;
  const w = v.words.norm, s = v.words.shape, u = v.upos, kb = v.kb, pl = v.place;
  const [c1, c2, c3, wn] = v.cls as [Uint32Array, Uint32Array, Uint32Array, Uint32Array];
  x[N.Zero] = 0; x[N.First] = i === 0 ? 1 : 0;
  x[N.Form0] = v.form[k] as number; x[N.Form1] = v.form[k + 1] as number;
  x[N.Wm2] = w[k - 2] as number; x[N.Wm1] = w[k - 1] as number; x[N.W0] = w[k] as number; x[N.W1] = w[k + 1] as number; x[N.W2] = w[k + 2] as number;
  x[N.Suf2] = v.words.suf2[k] as number; x[N.Suf3] = v.words.suf3[k] as number; x[N.Suf4] = v.words.suf4[k] as number; x[N.Pre3] = v.words.pre3[k] as number;
  x[N.Sm1] = s[k - 1] as number; x[N.S0] = s[k] as number; x[N.S1] = s[k + 1] as number;
  x[N.Um2] = u[k - 2] as number; x[N.Um1] = u[k - 1] as number; x[N.U0] = u[k] as number; x[N.U1] = u[k + 1] as number; x[N.U2] = u[k + 2] as number;
  x[N.Kbm1] = kb[k - 1] as number; x[N.Kb0] = kb[k] as number; x[N.Kb1] = kb[k + 1] as number;
  x[N.Plm1] = pl[k - 1] as number; x[N.Pl0] = pl[k] as number; x[N.Pl1] = pl[k + 1] as number;
  x[N.C1m2] = c1[k - 2] as number; x[N.C1m1] = c1[k - 1] as number; x[N.C10] = c1[k] as number; x[N.C11] = c1[k + 1] as number; x[N.C12] = c1[k + 2] as number;
  x[N.C2m1] = c2[k - 1] as number; x[N.C20] = c2[k] as number; x[N.C21] = c2[k + 1] as number;
  x[N.C3m1] = c3[k - 1] as number; x[N.C30] = c3[k] as number; x[N.C31] = c3[k + 1] as number;
  x[N.Wnm1] = wn[k - 1] as number; x[N.Wn0] = wn[k] as number; x[N.Wn1] = wn[k + 1] as number;
  x[N.Count] = i + 1;
  return x;
}

/**
 * Writes the features of token `i` that do not depend on the labels chosen before it into `out` from `at`; returns
 * the count written so far. Beam decoding scores these once per token and only the label features per hypothesis.
 */
export function nerTokenFeatures(v: NerValues, i: number, out: Uint32Array, at = 0): number {
  return hashTemplates(TOKEN_TEMPLATES, tokenValues(v, i), out, at);
}

/** Token `i`'s value slots with the previous two classes `p1`, `p2` set. */
function labelValues(v: NerValues, i: number, p1: number, p2: number): Int32Array {
  const x = tokenValues(v, i);
  x[N.P1] = p1;
  x[N.P2] = p2;
  return x;
}

/** Writes the features of token `i` that read the previous two classes `p1`, `p2` into `out` from `at`. */
export function nerLabelFeatures(v: NerValues, i: number, p1: number, p2: number, out: Uint32Array, at = 0): number {
  return hashTemplates(LABEL_TEMPLATES, labelValues(v, i, p1, p2), out, at);
}

/** nerTokenFeatures split in two: those reading only token `i`'s own form (FORM_NUMBERS), and the others. */
export function nerFormFeatures(v: NerValues, i: number, out: Uint32Array, at = 0): number {
  return hashTemplates(FORM_TEMPLATES, tokenValues(v, i), out, at);
}

export function nerContextFeatures(v: NerValues, i: number, out: Uint32Array, at = 0): number {
  return hashTemplates(CONTEXT_TEMPLATES, tokenValues(v, i), out, at);
}

/** nerLabelFeatures split in two: those reading only the two labels (HISTORY_NUMBERS), and the others. */
export function nerHistoryFeatures(v: NerValues, i: number, p1: number, p2: number, out: Uint32Array, at = 0): number {
  return hashTemplates(HISTORY_TEMPLATES, labelValues(v, i, p1, p2), out, at);
}

export function nerLabelContextFeatures(v: NerValues, i: number, p1: number, p2: number, out: Uint32Array, at = 0): number {
  const x = tokenValues(v, i);
  x[N.P1] = p1;
  x[N.P2] = p2;
  return hashTemplates(LABEL_CONTEXT_TEMPLATES, x, out, at);
}

/** Scratch space for the value slots of one token (the last slot: which token they are of, plus one). */
export function nerScratch(): Int32Array {
  return new Int32Array(N.Count + 1);
}

/** Writes all features of token `i` given the previous two classes into `out`; returns how many. */
export function nerFeatures(v: NerValues, i: number, p1: number, p2: number, out: Uint32Array): number {
  return nerLabelFeatures(v, i, p1, p2, out, nerTokenFeatures(v, i, out));
}
