/**
 * CoNLL-style named-entity scores: a predicted span counts only when its start, end and type all equal a gold
 * span's. Precision, recall and F1 per type and micro-averaged over all types. Spans may be token ranges or
 * character ranges: only equality of (start, end, type) matters.
 */

export interface ScoredSpan {
  readonly start: number;
  readonly end: number;
  readonly type: string;
}

export interface PRF {
  readonly gold: number;
  readonly predicted: number;
  readonly correct: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface NerCounts {
  gold: Map<string, number>;
  predicted: Map<string, number>;
  correct: Map<string, number>;
}

export function emptyNerCounts(): NerCounts {
  return { gold: new Map(), predicted: new Map(), correct: new Map() };
}

const bump = (m: Map<string, number>, k: string): void => { m.set(k, (m.get(k) ?? 0) + 1); };

/** Adds one sentence's (or document's) gold and predicted spans; duplicates in a list count once. */
export function addSpans(acc: NerCounts, gold: readonly ScoredSpan[], predicted: readonly ScoredSpan[]): void {
  const key = (s: ScoredSpan): string => `${s.start}:${s.end}:${s.type}`;
  const goldKeys = new Map(gold.map((s) => [key(s), s.type]));
  const predKeys = new Map(predicted.map((s) => [key(s), s.type]));
  for (const t of goldKeys.values()) bump(acc.gold, t);
  for (const [k, t] of predKeys) {
    bump(acc.predicted, t);
    if (goldKeys.has(k)) bump(acc.correct, t);
  }
}

export function prf(gold: number, predicted: number, correct: number): PRF {
  const precision = predicted ? correct / predicted : 0;
  const recall = gold ? correct / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { gold, predicted, correct, precision, recall, f1 };
}

export interface NerScores {
  readonly overall: PRF;
  readonly byType: Readonly<Record<string, PRF>>;
}

/** Per-type and micro-averaged figures; `types` restricts both (e.g. to PER, ORG, LOC). */
export function nerScores(acc: NerCounts, types?: readonly string[]): NerScores {
  const all = types ?? [...new Set([...acc.gold.keys(), ...acc.predicted.keys()])].sort();
  const byType: Record<string, PRF> = {};
  let g = 0, p = 0, c = 0;
  for (const t of all) {
    const tg = acc.gold.get(t) ?? 0, tp = acc.predicted.get(t) ?? 0, tc = acc.correct.get(t) ?? 0;
    byType[t] = prf(tg, tp, tc);
    g += tg; p += tp; c += tc;
  }
  return { overall: prf(g, p, c), byType };
}

/**
 * Scores a whole list of sentences at once.
 *
 * @example
 * scoreSpans([[{ start: 0, end: 2, type: "PER" }]], [[{ start: 0, end: 1, type: "PER" }]]).overall.f1 // 0
 */
export function scoreSpans(gold: readonly (readonly ScoredSpan[])[], predicted: readonly (readonly ScoredSpan[])[], types?: readonly string[]): NerScores {
  if (gold.length !== predicted.length) throw new Error(`ner score: ${gold.length} gold sentences but ${predicted.length} predicted`);
  const acc = emptyNerCounts();
  gold.forEach((g, i) => addSpans(acc, g, predicted[i] ?? []));
  return nerScores(acc, types);
}
