/**
 * Trains the multi-label logistic model: independent per-label logistic regressions by stochastic gradient
 * descent with L2 regularisation over sparse binary features. Deterministic: examples are visited in a fixed
 * shuffled order from a seeded generator.
 */
export interface Example {
  readonly features: readonly string[];
  /** 1 positive, 0 negative, -1 unknown (not trained on), per label */
  readonly labels: readonly number[];
}

export function trainLogistic(examples: readonly Example[], nLabels: number, epochs = 12, rate = 0.2, l2 = 1e-4): Record<string, number[]> {
  const w = new Map<string, number[]>();
  const get = (f: string) => {
    let v = w.get(f);
    if (!v) w.set(f, (v = new Array<number>(nLabels).fill(0)));
    return v;
  };
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const order = examples.map((_, i) => i);
  for (let e = 0; e < epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const lr = rate / (1 + e * 0.5);
    for (const idx of order) {
      const ex = examples[idx]!;
      const vecs = ex.features.map(get);
      for (let k = 0; k < nLabels; k++) {
        const y = ex.labels[k]!;
        if (y < 0) continue;
        let z = 0;
        for (const v of vecs) z += v[k]!;
        const g = y - 1 / (1 + Math.exp(-z));
        for (const v of vecs) v[k] = v[k]! * (1 - lr * l2) + lr * g;
      }
    }
  }
  const out: Record<string, number[]> = {};
  for (const [f, v] of w) if (v.some((x) => Math.abs(x) > 1e-3)) out[f] = v.map((x) => Math.round(x * 1000) / 1000);
  return out;
}
