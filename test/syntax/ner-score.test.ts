/** Exact-span, type-matched NER scores (src/syntax/ner-score.ts). */
import assert from "node:assert/strict";
import { test } from "node:test";
import { scoreSpans, type ScoredSpan } from "../../src/syntax/ner-score.ts";

const S = (start: number, end: number, type: string): ScoredSpan => ({ start, end, type });

const cases: { name: string; gold: ScoredSpan[][]; pred: ScoredSpan[][]; p: number; r: number; f1: number; per?: Record<string, number> }[] = [
  { name: "all right", gold: [[S(0, 2, "PER"), S(5, 6, "LOC")]], pred: [[S(0, 2, "PER"), S(5, 6, "LOC")]], p: 1, r: 1, f1: 1 },
  { name: "a span one token short counts as wrong", gold: [[S(0, 2, "PER")]], pred: [[S(0, 1, "PER")]], p: 0, r: 0, f1: 0 },
  { name: "the right span with the wrong type counts as wrong", gold: [[S(3, 5, "ORG")]], pred: [[S(3, 5, "LOC")]], p: 0, r: 0, f1: 0 },
  {
    name: "micro average over sentences: 2 of 3 predicted right, 2 of 4 gold found",
    gold: [[S(0, 1, "PER"), S(2, 4, "ORG")], [S(0, 3, "LOC"), S(4, 5, "LOC")]],
    pred: [[S(0, 1, "PER"), S(2, 3, "ORG")], [S(0, 3, "LOC")]],
    p: 2 / 3, r: 2 / 4, f1: (2 * (2 / 3) * 0.5) / (2 / 3 + 0.5), per: { PER: 1, ORG: 0, LOC: 2 / 3 },
  },
  { name: "character offsets work the same as token indices", gold: [[S(10, 24, "PER")]], pred: [[S(10, 24, "PER"), S(30, 36, "LOC")]], p: 0.5, r: 1, f1: 2 / 3 },
  { name: "nothing predicted, nothing found", gold: [[S(0, 1, "PER")]], pred: [[]], p: 0, r: 0, f1: 0 },
  { name: "a span predicted twice counts once", gold: [[S(0, 1, "PER")]], pred: [[S(0, 1, "PER"), S(0, 1, "PER")]], p: 1, r: 1, f1: 1 },
];

for (const c of cases) {
  test(`NER score: ${c.name}`, () => {
    const s = scoreSpans(c.gold, c.pred, ["PER", "ORG", "LOC"]);
    assert.ok(Math.abs(s.overall.precision - c.p) < 1e-9, `precision ${s.overall.precision}`);
    assert.ok(Math.abs(s.overall.recall - c.r) < 1e-9, `recall ${s.overall.recall}`);
    assert.ok(Math.abs(s.overall.f1 - c.f1) < 1e-9, `f1 ${s.overall.f1}`);
    for (const [t, f1] of Object.entries(c.per ?? {})) assert.ok(Math.abs((s.byType[t]?.f1 ?? -1) - f1) < 1e-9, `${t} f1 ${s.byType[t]?.f1}`);
  });
}

test("NER score: gold and predicted lists of different lengths are a bug and throw", () => {
  assert.throws(() => scoreSpans([[]], []), /1 gold sentences but 0 predicted/);
});
