/**
 * The entity tagger's features: the word (as written and normalised), its affixes and shape, its neighbours ±2,
 * their UPOS tags, the dictionary hints (ner-hints.ts) around it, the word classes (ner-classes.ts: clusters of
 * word vectors at three granularities) of the word and its neighbours, and the two labels already chosen. Every
 * value is hashed once per sentence (nerValues); a feature is then a few integer mixes (hash.ts), allocation-free.
 */
import { f1, f2, f3, hashString } from "./hash.ts";
import type { WordClasses } from "./ner-classes.ts";
import type { NerHints } from "./ner-hints.ts";
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
}

/** The word-class columns the features read: three granularities of clusters, coarse to fine, and WordNet's. */
export const CLASS_COLUMNS = ["c64", "c256", "c1024", "wn"] as const;

const BEFORE = hashString("<s>");
const AFTER = hashString("</s>");

function padded(n: number, value: (i: number) => number): Uint32Array {
  const a = new Uint32Array(n + 2 * PAD);
  a[0] = BEFORE; a[1] = BEFORE; a[n + PAD] = AFTER; a[n + PAD + 1] = AFTER;
  for (let i = 0; i < n; i++) a[i + PAD] = value(i);
  return a;
}

/** Hashes the values of one sentence; `upos` must have one tag per form; `words`, when the tagger already has them. */
export function nerValues(
  forms: readonly string[], upos: readonly string[], hints: NerHints, words: WordValues = wordValues(forms), classes: WordClasses | null = null,
): NerValues {
  const n = forms.length;
  if (upos.length !== n) throw new Error(`ner: ${n} forms but ${upos.length} tags`);
  const at = classes ? forms.map((f) => classes.indexOf(f)) : null;
  const cls: Uint32Array[] = [];
  for (const name of CLASS_COLUMNS) {
    const values = classes?.column(name)?.values;
    cls.push(padded(n, (i) => {
      const w = at?.[i] ?? -1;
      return values && w >= 0 ? (values[w] as number) + 1 : 0;
    }));
  }
  return {
    cls,
    n,
    words,
    form: padded(n, (i) => hashString(forms[i] as string)),
    upos: padded(n, (i) => hashString(upos[i] as string)),
    kb: padded(n, (i) => (hints.kb[i] ?? 0) + 1),
    place: padded(n, (i) => (hints.place[i] ?? 0) + 1),
  };
}

/**
 * Writes the features of token `i` that do not depend on the labels chosen before it into `out` from `at`; returns
 * the count written so far. Beam decoding scores these once per token and only the label features per hypothesis.
 */
export function nerTokenFeatures(v: NerValues, i: number, out: Uint32Array, at = 0): number {
  const k = i + PAD;
  const w = v.words.norm, s = v.words.shape, u = v.upos, kb = v.kb, pl = v.place;
  const w0 = w[k] as number, s0 = s[k] as number, u0 = u[k] as number;
  const [c1, c2, c3, wn] = v.cls as [Uint32Array, Uint32Array, Uint32Array, Uint32Array];
  const a0 = c1[k] as number, b0 = c2[k] as number, d0 = c3[k] as number;
  const n0 = wn[k] as number;
  let n = at;
  out[n++] = f1(100, 0);
  out[n++] = f1(101, v.form[k] as number);
  out[n++] = f1(102, w0);
  out[n++] = f1(103, w[k - 1] as number);
  out[n++] = f1(104, w[k + 1] as number);
  out[n++] = f1(105, w[k - 2] as number);
  out[n++] = f1(106, w[k + 2] as number);
  out[n++] = f1(107, v.words.suf2[k] as number);
  out[n++] = f1(108, v.words.suf3[k] as number);
  out[n++] = f1(109, v.words.suf4[k] as number);
  out[n++] = f1(110, v.words.pre3[k] as number);
  out[n++] = f1(111, s0);
  out[n++] = f1(112, s[k - 1] as number);
  out[n++] = f1(113, s[k + 1] as number);
  out[n++] = f3(114, s[k - 1] as number, s0, s[k + 1] as number);
  out[n++] = f1(115, u0);
  out[n++] = f1(116, u[k - 1] as number);
  out[n++] = f1(117, u[k + 1] as number);
  out[n++] = f2(118, u[k - 1] as number, u0);
  out[n++] = f2(119, u0, u[k + 1] as number);
  out[n++] = f1(120, u[k - 2] as number);
  out[n++] = f1(121, u[k + 2] as number);
  out[n++] = f1(127, kb[k] as number);
  out[n++] = f1(128, kb[k - 1] as number);
  out[n++] = f1(129, kb[k + 1] as number);
  out[n++] = f1(130, pl[k] as number);
  out[n++] = f1(131, pl[k - 1] as number);
  out[n++] = f1(132, pl[k + 1] as number);
  out[n++] = f2(133, kb[k] as number, s0);
  out[n++] = f2(134, pl[k] as number, s0);
  out[n++] = f2(137, w[k - 1] as number, w0);
  out[n++] = f2(138, w0, w[k + 1] as number);
  out[n++] = f2(139, i === 0 ? 1 : 0, s0);
  out[n++] = f1(141, v.form[k + 1] as number);
  out[n++] = f2(142, u0, s0);
  out[n++] = f2(143, kb[k] as number, pl[k] as number);
  out[n++] = f3(145, s0, u0, w[k + 1] as number);
  out[n++] = f2(146, w[k - 1] as number, s0);
  out[n++] = f2(147, s0, w[k + 1] as number);
  out[n++] = f1(150, a0);
  out[n++] = f1(151, b0);
  out[n++] = f1(152, d0);
  out[n++] = f1(153, c2[k - 1] as number);
  out[n++] = f1(154, c2[k + 1] as number);
  out[n++] = f1(155, c3[k - 1] as number);
  out[n++] = f1(156, c3[k + 1] as number);
  out[n++] = f1(157, c1[k - 2] as number);
  out[n++] = f1(158, c1[k + 2] as number);
  out[n++] = f2(159, b0, s0);
  out[n++] = f2(162, c1[k - 1] as number, a0);
  out[n++] = f2(163, a0, c1[k + 1] as number);
  out[n++] = f3(164, c2[k - 1] as number, s0, u0);
  out[n++] = f3(165, s0, u0, c2[k + 1] as number);
  out[n++] = f2(166, n0, s0);
  out[n++] = f1(167, wn[k - 1] as number);
  out[n++] = f1(168, wn[k + 1] as number);
  out[n++] = f3(170, wn[k - 1] as number, n0, s0);
  return n;
}

/** Writes the features of token `i` that read the previous two classes `p1`, `p2` into `out` from `at`. */
export function nerLabelFeatures(v: NerValues, i: number, p1: number, p2: number, out: Uint32Array, at = 0): number {
  const k = i + PAD;
  const s = v.words.shape;
  const w0 = v.words.norm[k] as number, s0 = s[k] as number, u0 = v.upos[k] as number;
  const a0 = v.cls[0]?.[k] as number, b0 = v.cls[1]?.[k] as number, n0 = v.cls[3]?.[k] as number;
  const kb = v.kb, pl = v.place;
  let n = at;
  out[n++] = f1(122, p1);
  out[n++] = f2(123, p1, p2);
  out[n++] = f2(124, p1, w0);
  out[n++] = f2(125, p1, s0);
  out[n++] = f2(126, p1, u0);
  out[n++] = f2(135, kb[k] as number, p1);
  out[n++] = f2(136, pl[k] as number, p1);
  out[n++] = f3(140, p1, s0, u0);
  out[n++] = f2(144, p1, s[k + 1] as number);
  out[n++] = f2(160, a0, p1);
  out[n++] = f2(161, b0, p1);
  out[n++] = f2(169, n0, p1);
  return n;
}

/** Writes all features of token `i` given the previous two classes into `out`; returns how many. */
export function nerFeatures(v: NerValues, i: number, p1: number, p2: number, out: Uint32Array): number {
  return nerLabelFeatures(v, i, p1, p2, out, nerTokenFeatures(v, i, out));
}
