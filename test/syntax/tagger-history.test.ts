/**
 * Issue 9 (coding speed): the tagger starts each word's scores from a cached row of its four history features
 * (bias, previous class, the one before, the pair) instead of adding them per word; it must choose the same tags as
 * scoring all of taggerFeatures' features for every word, as it did before.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { loadSyntaxModels } from "../../src/syntax/models.ts";
import type { SparseModel } from "../../src/syntax/sparse-model.ts";
import { tag, taggerFeatures, TAGGER_FEATURES } from "../../src/syntax/tagger.ts";
import { wordValues } from "../../src/syntax/words.ts";

const models = loadSyntaxModels();

/** The greedy tagger as first written: every feature scored for every word. */
function referenceTags(model: SparseModel, forms: readonly string[]): string[] {
  const v = wordValues(forms);
  const feats = new Uint32Array(TAGGER_FEATURES);
  const scores = new Float64Array(model.classes);
  const out: string[] = [];
  let p1 = 0xffff, p2 = 0xffff;
  for (let i = 0; i < forms.length; i++) {
    model.score(feats, taggerFeatures(v, i, p1, p2, feats), scores);
    let best = 0;
    for (let c = 1; c < scores.length; c++) if ((scores[c] as number) > (scores[best] as number)) best = c;
    out.push(model.labels[best] as string);
    p2 = p1;
    p1 = best;
  }
  return out;
}

const SENTENCES = [
  "Rebels shelled the outskirts of Kharkiv on Tuesday , officials said .",
  "The ceasefire , brokered by Qatar and Egypt , held for a third day despite sporadic gunfire in Rafah .",
  "Mr. al-Sarraj told reporters that 1,250 fighters had laid down their arms .",
  "UN envoy Hans Grundberg urged both sides to return to talks in Muscat .",
  "Had they known , would they have signed ?",
  "IDF ( Israel Defense Forces ) spokesman : \" We will respond . \"",
];

for (const text of SENTENCES) {
  test(`tagger: cached history rows give the tags of scoring every feature per word: ${text.slice(0, 40)}…`, () => {
    assert.ok(models.ok, "the shipped weights in data/model/ load");
    const forms = text.split(" ");
    const got = tag(models.value.tagger, forms);
    assert.deepEqual(got.upos.map((u, i) => `${u}|${got.xpos[i]}`), referenceTags(models.value.tagger, forms));
  });
}
