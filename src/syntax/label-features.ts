/**
 * Features of a new arc h → d for the label classifier: the two words, their tags and direction, the dependent's
 * dependents (complete when the arc is made) and their labels, the head's dependents so far, neighbouring tags,
 * suffix, shape and distance.
 */
import type { ParseState } from "./arc-hybrid.ts";
import { f1 } from "./hash.ts";
import { bucket, lab, newStateValues, type ParserValues, type StateValues } from "./parser-features.ts";
import { RowCache, ValueIds } from "./row-cache.ts";
import type { SparseModel } from "./sparse-model.ts";
import { hashTemplates, templates, type Template } from "./templates.ts";

/** Value slots of the label features. */
const enum L {
  Dir, Dw, Dt, Hw, Ht, Dt0, DistDir, LabDl1, LabDr1, LabDl2, Dl1t, Dr1t, Dl1w, Dl2w, HLabL, HLabR, PrevT, NextT,
  HPrevT, Suffix, Shape, Ud, Uh, HRoot, Count,
}

/** The label features in their order (training and the shipped weights depend on it). */
const ALL: readonly Template[] = [
  [0, L.Dir],
  [1, L.Dw, L.Dir], [2, L.Dt, L.Dir], [3, L.Hw, L.Dir], [4, L.Ht, L.Dir],
  [5, L.Dt, L.Ht, L.Dir], [6, L.Dw, L.Ht, L.Dir], [7, L.Dt, L.Hw, L.Dir],
  [8, L.Dt0, L.Ht, L.DistDir], [9, L.Dw, L.Hw, L.Dir],
  [10, L.Dt, L.LabDl1, L.Dir], [11, L.Dt, L.LabDr1, L.Dir],
  [12, L.Dt, L.Dl1t, L.Dir], [13, L.Dt, L.Dr1t, L.Dir],
  [14, L.Dt, L.LabDl1, L.LabDr1], [15, L.Dt, L.LabDl1, L.LabDl2],
  [16, L.Dl1w, L.Dt, L.Dir], [17, L.Dl2w, L.Dt, L.Dir],
  [18, L.Ht, L.HLabL, L.Dir], [19, L.Ht, L.HLabR, L.Dir],
  [20, L.Dt, L.PrevT, L.Dir], [21, L.Dt, L.NextT, L.Dir], [22, L.Ht, L.HPrevT, L.Dir],
  [23, L.Suffix, L.Dir], [24, L.Shape, L.Ht, L.Dir],
  [25, L.Ud, L.Uh, L.DistDir],
  [26, L.Dl1w, L.Ht, L.Dir], [27, L.Dw, L.Dl1w, L.Hw],
  [28, L.HRoot, L.Dt], [29, L.Hw, L.Dl1w, L.Dir],
];
export const LABELER_FEATURES = ALL.length;

const LABEL_TEMPLATES = templates(ALL);

/**
 * The features that read only the two words' tags, the arc's direction and whether the head is the root: few
 * values, the commonest features, with weights for the most labels (about a quarter of what an arc adds up).
 */
const TAG_NUMBERS: readonly number[] = [0, 2, 4, 5, 28];
const TAG_TEMPLATES = templates(ALL.filter((t) => TAG_NUMBERS.includes(t[0])));
const OTHER_TEMPLATES = templates(ALL.filter((t) => !TAG_NUMBERS.includes(t[0])));

/** Fills the value slots of the arc h → d into `x`. */
function fill(st: ParseState, v: ParserValues, h: number, d: number, x: StateValues): StateValues {
  if (L.Count > x.length) throw new Error("label features: more value slots than the scratch space holds");
  const W = v.word, T = v.tag, U = v.upos;
  const dir = d < h ? 1 : 2;
  const dl1 = st.lc1[d] as number, dl2 = st.lc2[d] as number, dr1 = st.rc1[d] as number;
  const hl1 = st.lc1[h] as number, hr1 = st.rc1[h] as number;
  const dt = T[d + 1] as number;
  x[L.Dir] = dir;
  x[L.Dw] = W[d + 1] as number; x[L.Dt] = dt; x[L.Hw] = W[h + 1] as number; x[L.Ht] = T[h + 1] as number;
  x[L.Dt0] = f1(0, dt); x[L.DistDir] = dir * 16 + bucket(Math.abs(h - d));
  x[L.LabDl1] = lab(st, dl1); x[L.LabDr1] = lab(st, dr1); x[L.LabDl2] = lab(st, dl2);
  x[L.Dl1t] = T[(dl1 || -1) + 1] as number; x[L.Dr1t] = T[(dr1 || -1) + 1] as number;
  x[L.Dl1w] = W[(dl1 || -1) + 1] as number; x[L.Dl2w] = W[(dl2 || -1) + 1] as number;
  x[L.HLabL] = hl1 && hl1 !== d ? lab(st, hl1) : 0; x[L.HLabR] = hr1 && hr1 !== d ? lab(st, hr1) : 0;
  x[L.PrevT] = T[(d - 1 >= 1 ? d - 1 : -1) + 1] as number; x[L.NextT] = T[(d + 1 <= st.n ? d + 1 : -1) + 1] as number;
  x[L.HPrevT] = T[(h - 1 >= 1 ? h - 1 : -1) + 1] as number;
  x[L.Suffix] = v.suffix[d + 1] as number; x[L.Shape] = v.shape[d + 1] as number;
  x[L.Ud] = U[d + 1] as number; x[L.Uh] = U[h + 1] as number;
  x[L.HRoot] = h === 0 ? 1 : 0;
  return x;
}

/** Writes the label features of a new arc h → d into `out`; returns how many. */
export function labelerFeatures(st: ParseState, v: ParserValues, h: number, d: number, out: Uint32Array, scratch: StateValues = newStateValues()): number {
  return hashTemplates(LABEL_TEMPLATES, fill(st, v, h, d, scratch), out, 0);
}

/** Per labeler, the summed scores of TAG_TEMPLATES by the tags, direction and root flag they read (row-cache.ts). */
interface TagRows {
  readonly rows: RowCache<number>;
  readonly ids: ValueIds;
}

/** Rows kept: every pair of tags in both directions fits (about 0.8 MB with 51 labels). */
const TAG_ROWS = 4096;
/** Tag ids stay below 2^12 (the tagger has about a hundred tags): two of them, Dir and HRoot make a key below 2^27. */
const TAG_IDS = 1 << 12;

const tagRowCaches = new WeakMap<SparseModel, TagRows>();

/**
 * Scores the labels of a new arc h → d into `out`: the same scores as scoring labelerFeatures, with the tag
 * features added as one cached row (scores are integer sums, so the order of the features is free).
 *
 * @example
 * scoreArc(labeler, state, values, head, dependent, feats, scratch, scores); // as the parser names each arc
 */
export function scoreArc(
  labeler: SparseModel, st: ParseState, v: ParserValues, h: number, d: number, feats: Uint32Array, scratch: StateValues, out: Int32Array,
): void {
  const x = fill(st, v, h, d, scratch);
  labeler.score(feats, hashTemplates(OTHER_TEMPLATES, x, feats, 0), out);
  let cache = tagRowCaches.get(labeler);
  if (!cache) tagRowCaches.set(labeler, (cache = { rows: new RowCache(labeler.classes, TAG_ROWS), ids: new ValueIds(TAG_IDS) }));
  if (!cache.ids.room(2)) {
    cache.ids.clear();
    cache.rows.clear();
  }
  // Dir is 1 or 2 and HRoot 0 or 1: the key is exact
  const key = (((cache.ids.id(x[L.Dt] as number) * TAG_IDS + cache.ids.id(x[L.Ht] as number)) << 3) | ((x[L.Dir] as number) << 1)) | (x[L.HRoot] as number);
  let at = cache.rows.find(key);
  if (at < 0) {
    at = cache.rows.claim(key);
    labeler.score(feats, hashTemplates(TAG_TEMPLATES, x, feats, 0), cache.rows.row(at));
  }
  cache.rows.addTo(at, out);
}
