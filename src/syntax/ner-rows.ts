/**
 * Scoring a token for the entity tagger's beam (ner-beam.ts) with a frozen model, through cached rows
 * (row-cache.ts): the features that read only the token's own form (its hashes, affixes, shape, word classes)
 * summed once per form, and those that read only the two labels before it once per label pair. Scores are integer
 * sums, so this gives the scores of adding every feature, and the same entities. The rows are kept by form: the
 * values must be those of nerValues for these forms (as recognise makes them), and per set of word classes.
 */
import type { WordClasses } from "./ner-classes.ts";
import {
  nerContextFeatures, nerFormFeatures, nerHistoryFeatures, nerLabelContextFeatures, nerLabelFeatures, nerTokenFeatures, type NerValues,
} from "./ner-features.ts";
import { RowCache } from "./row-cache.ts";
import type { SparseModel } from "./sparse-model.ts";

/** How the beam scores a token: its own features, then those that read the two labels before it. */
export interface NerSteps<B extends Float64Array | Int32Array> {
  /** zeroes `out` and adds the scores of token `i`'s features that read no label */
  token(v: NerValues, i: number, feats: Uint32Array, out: B): void;
  /** zeroes `out` and adds the scores of its features that read the labels `p1`, `p2` */
  labels(v: NerValues, i: number, p1: number, p2: number, feats: Uint32Array, out: B): void;
}

/** Every feature scored every time: for training, whose weights change as it goes. */
export function plainSteps<B extends Float64Array | Int32Array>(scorer: { score(feats: Uint32Array, n: number, out: B): void }): NerSteps<B> {
  return {
    token: (v, i, feats, out) => scorer.score(feats, nerTokenFeatures(v, i, feats), out),
    labels: (v, i, p1, p2, feats, out) => scorer.score(feats, nerLabelFeatures(v, i, p1, p2, feats), out),
  };
}

/** Distinct forms whose rows are kept (about 460 KB with seven labels), and label pairs (all of them fit). */
const FORM_ROWS = 16384;
const HISTORY_ROWS = 1024;

interface Rows {
  readonly forms: RowCache<string>;
  readonly history: RowCache<number>;
}

const caches = new WeakMap<SparseModel, Map<WordClasses | null, Rows>>();

function rowsOf(model: SparseModel, classes: WordClasses | null): Rows {
  let byClasses = caches.get(model);
  if (!byClasses) caches.set(model, (byClasses = new Map()));
  let rows = byClasses.get(classes);
  if (!rows) byClasses.set(classes, (rows = { forms: new RowCache(model.classes, FORM_ROWS), history: new RowCache(model.classes, HISTORY_ROWS) }));
  return rows;
}

/**
 * The steps of a frozen model through its cached rows, for values made with the word classes `classes`.
 *
 * @example
 * const steps = frozenSteps(model.weights, model.classes);
 * steps.token(values, 0, feats, scores); // the scores of plainSteps(model.weights).token(values, 0, …)
 */
export function frozenSteps(model: SparseModel, classes: WordClasses | null): NerSteps<Int32Array> {
  const rows = rowsOf(model, classes);
  return {
    token(v, i, feats, out) {
      model.score(feats, nerContextFeatures(v, i, feats), out);
      const form = v.forms[i] as string;
      let at = rows.forms.find(form);
      if (at < 0) {
        at = rows.forms.claim(form);
        model.score(feats, nerFormFeatures(v, i, feats), rows.forms.row(at));
      }
      rows.forms.addTo(at, out);
    },
    labels(v, i, p1, p2, feats, out) {
      model.score(feats, nerLabelContextFeatures(v, i, p1, p2, feats), out);
      // labels are below 255 and START is 0xffff: each as 9 bits, the key is exact and small
      const key = ((p1 & 0x1ff) << 9) | (p2 & 0x1ff);
      let at = rows.history.find(key);
      if (at < 0) {
        at = rows.history.claim(key);
        model.score(feats, nerHistoryFeatures(v, i, p1, p2, feats), rows.history.row(at));
      }
      rows.history.addTo(at, out);
    },
  };
}
