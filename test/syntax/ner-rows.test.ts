/**
 * The entity tagger's cached rows (src/syntax/ner-rows.ts): a frozen model scored through its form and label-pair
 * rows gives exactly the scores of every feature added one by one, for each token and label pair, the second time
 * a form is seen (from its row) as the first.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { loadKnowledgeBase } from "../../src/actors/kb/index.ts";
import { loadGazetteer } from "../../src/places/gazetteer.ts";
import { nerValues, NER_FEATURES } from "../../src/syntax/ner-features.ts";
import { nerHints } from "../../src/syntax/ner-hints.ts";
import { frozenSteps, plainSteps } from "../../src/syntax/ner-rows.ts";
import { loadNer } from "../../src/syntax/ner.ts";

const shipped = loadNer();
const sources = { kb: loadKnowledgeBase(), gazetteer: loadGazetteer() };
const SENTENCES = [
  "Envoys/NOUN of/ADP the/DET African/PROPN Union/PROPN met/VERB Abdel/PROPN Fattah/PROPN al-Burhan/PROPN in/ADP Port/PROPN Sudan/PROPN ./PUNCT",
  "the/DET African/PROPN Union/PROPN said/VERB Sudan/PROPN and/CCONJ the/DET Union/PROPN agreed/VERB ./PUNCT",
];

test("ner rows: cached form and label-pair rows give the scores of every feature", { skip: !shipped.ok }, () => {
  if (!shipped.ok) return;
  const m = shipped.value;
  const frozen = frozenSteps(m.weights, m.classes);
  const plain = plainSteps(m.weights);
  const feats = new Uint32Array(NER_FEATURES);
  const got = m.weights.scoreBuffer(), want = m.weights.scoreBuffer();
  const START = 0xffff;
  const labels = [START, ...Array.from({ length: m.weights.classes }, (_, c) => c)];
  for (const s of SENTENCES) {
    const pairs = s.split(" ").map((p) => p.split("/") as [string, string]);
    const forms = pairs.map((p) => p[0]);
    const v = nerValues(forms, pairs.map((p) => p[1]), nerHints(forms, sources), undefined, m.classes);
    for (let i = 0; i < forms.length; i++) {
      frozen.token(v, i, feats, got);
      plain.token(v, i, feats, want);
      assert.deepEqual([...got], [...want], `token ${i} of "${s}"`);
      for (const p1 of labels) for (const p2 of [START, 0, 1]) {
        frozen.labels(v, i, p1, p2, feats, got);
        plain.labels(v, i, p1, p2, feats, want);
        assert.deepEqual([...got], [...want], `labels ${p1}, ${p2} at token ${i} of "${s}"`);
      }
    }
  }
});
