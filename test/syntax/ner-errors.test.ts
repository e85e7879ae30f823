/** The error analysis of the entity tagger sorts each gold span and each stray prediction into one kind. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { addNerErrors, emptyNerErrors, type NerErrorCounts } from "../../src/syntax/ner-errors.ts";
import type { EntitySpan } from "../../src/syntax/ner-spans.ts";

const S = (start: number, end: number, type: EntitySpan["type"]): EntitySpan => ({ start, end, type });
// "the Sudan Revolutionary Front met Khalifa Haftar in Benghazi": tokens 1-3 ORG, 5-6 PER, 8 LOC
const gold = [S(1, 4, "ORG"), S(5, 7, "PER"), S(8, 9, "LOC")];
const cases: [string, EntitySpan[], string, keyof NerErrorCounts][] = [
  ["all exact", [S(1, 4, "ORG"), S(5, 7, "PER"), S(8, 9, "LOC")], "PER", "exact"],
  ["same tokens, other type", [S(8, 9, "PER")], "LOC", "type"],
  ["part of the name, same type", [S(2, 4, "ORG")], "ORG", "boundarySameType"],
  ["part of the name, other type", [S(1, 2, "LOC")], "ORG", "boundaryOtherType"],
  ["nothing found", [], "PER", "miss"],
  ["a name where there is none", [S(0, 1, "ORG")], "ORG", "falseAlarm"],
];
for (const [name, predicted, type, kind] of cases) {
  test(`NER errors: ${name} counts as ${kind} of ${type}`, () => {
    const acc = emptyNerErrors();
    addNerErrors(acc, gold, predicted);
    assert.equal(acc.get(type)?.[kind], 1);
  });
}

test("NER errors: each gold span is counted once", () => {
  const acc = emptyNerErrors();
  addNerErrors(acc, gold, [S(1, 2, "ORG"), S(2, 4, "LOC"), S(8, 9, "LOC")]);
  const judged = [...acc.values()].reduce((s, c) => s + c.exact + c.type + c.boundarySameType + c.boundaryOtherType + c.miss, 0);
  assert.equal(judged, gold.length);
});
