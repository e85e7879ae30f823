/**
 * A multi-label logistic model over sparse string features: one weight vector per penta label (penta.ts).
 * Trained by scripts/train.ts from the gold dev suites; the weights ship in data/model/penta.json.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { PENTA_LABELS } from "./penta.ts";

export interface EventClassifier {
  /** probability of each penta label (and "none") for a sentence's features */
  predict(features: readonly string[]): number[];
  /** decision thresholds chosen under cross-validation */
  readonly thresholds: { readonly keep: number; readonly none: number };
}

export interface ModelFile {
  readonly labels: readonly string[];
  readonly weights: Readonly<Record<string, readonly number[]>>;
  readonly thresholds: { readonly keep: number; readonly none: number };
  readonly trained: { readonly records: number; readonly script: string };
}

const DEFAULT_FILE = fileURLToPath(new URL("../../data/model/penta.json", import.meta.url));
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

export function classifierFrom(model: ModelFile): EventClassifier {
  const weights = new Map(Object.entries(model.weights));
  const n = PENTA_LABELS.length;
  return {
    thresholds: model.thresholds,
    predict(features) {
      const z = new Array<number>(n).fill(0);
      for (const f of features) {
        const w = weights.get(f);
        if (w) for (let k = 0; k < n; k++) z[k]! += w[k] ?? 0;
      }
      return z.map(sigmoid);
    },
  };
}

/** The shipped model, or null when data/model/penta.json is absent (the coder then runs on patterns alone). */
export function loadClassifier(file: string = DEFAULT_FILE): EventClassifier | null {
  if (!existsSync(file)) return null;
  const model = JSON.parse(readFileSync(file, "utf8")) as ModelFile;
  if (model.labels.join() !== PENTA_LABELS.join()) throw new Error(`${file}: labels ${model.labels.join()} do not match ${PENTA_LABELS.join()}`);
  return classifierFrom(model);
}
