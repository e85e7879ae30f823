// Coreference on GUM dev (../shared/treebanks, the split the weights were chosen on): antecedent accuracy of
// pronouns and precision of definite descriptions stay at their measured level (issue 10). Test figures are
// bench/coref.ts's, reported in the README.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { createCoder } from "../../src/index.ts";
import { evaluateGum, figuresOf } from "../../src/coref/gum-eval.ts";
import { loadTreebank, TREEBANKS } from "../../src/syntax/treebank.ts";

const skip = existsSync(TREEBANKS) ? false : `${TREEBANKS} not found (the shared treebanks are only on the team's machines and in CI)`;

test("GUM dev: pronoun antecedents ≥ 0.66 right, definite descriptions resolved ≥ 0.75 right", { skip }, () => {
  const sentences = loadTreebank("en_gum-ccby", "dev");
  assert.ok(sentences.ok);
  const f = evaluateGum(sentences.value, createCoder().context);
  const pronoun = figuresOf(f.all.pronoun);
  const definite = figuresOf(f.all.definite);
  assert.ok(pronoun.gold > 300, `only ${pronoun.gold} gold pronouns read`);
  assert.ok(pronoun.accuracy >= 0.66, JSON.stringify(pronoun));
  assert.ok(definite.precision >= 0.75, JSON.stringify(definite));
});
