// The CAMEO families that mirror an act's intention (root 03) into the demand (10), the appeal (02) and the
// refusal (12) of it, read through the shipped table data/verbs/intent.tsv.
import { test } from "node:test";
import assert from "node:assert/strict";
import { appealOf, demandOf, intentionOf, loadIntentTable, refusalOf } from "../../src/events/intent.ts";

const table = loadIntentTable();

// [act, what it is, intention, demand, appeal, refusal]
const CASES: [string, string, string, string, string, string][] = [
  ["087", "de-escalate", "0356", "1056", "0256", "1246"],
  ["0841", "release persons", "0353", "1053", "0253", "1243"],
  ["04", "consult", "036", "106", "026", "125"],
  ["057", "sign an agreement", "030", "100", "020", "120"],
  ["07", "provide aid", "033", "103", "023", "122"],
  ["045", "mediate", "039", "108", "028", "126"],
];

test("an act's intention, demand, appeal and refusal follow CAMEO's families", async (t) => {
  for (const [act, what, intention, demand, appeal, refusal] of CASES) {
    await t.test(`${act} ${what}`, () => {
      assert.equal(intentionOf(table, act), intention);
      assert.equal(demandOf(table, act), demand);
      assert.equal(appealOf(table, act), appeal);
      assert.equal(refusalOf(table, act), refusal);
    });
  }
});

test("an act with no intention listed has no demand, appeal or refusal", () => {
  for (const act of ["010", "111", "129"]) {
    assert.equal(appealOf(table, act), undefined, act);
    assert.equal(refusalOf(table, act), undefined, act);
  }
});
