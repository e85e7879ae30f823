import { test } from "node:test";
import assert from "node:assert/strict";
import { parseConllu, type ConlluSentence } from "../../src/syntax/conllu.ts";
import { addSentence, emptyScores, ratios } from "../../src/syntax/gold-score.ts";
import { parseWords } from "../../src/syntax/sentence.ts";
import { SparseModel } from "../../src/syntax/sparse-model.ts";
import { labelClasses, tagClasses, trainParser, trainTagger } from "../../src/syntax/train.ts";
import { tag } from "../../src/syntax/tagger.ts";

/** A tiny treebank we wrote: a few news-like sentences with their trees. */
function row(id: number, form: string, upos: string, xpos: string, head: number, rel: string): string {
  return [id, form, form.toLowerCase(), upos, xpos, "_", head, rel, "_", "_"].join("\t");
}
const TINY = [
  ["Rebels attacked Kidal .", [["Rebels", "NOUN", "NNS", 2, "nsubj"], ["attacked", "VERB", "VBD", 0, "root"], ["Kidal", "PROPN", "NNP", 2, "obj"], [".", "PUNCT", ".", 2, "punct"]]],
  ["The army shelled the town .", [["The", "DET", "DT", 2, "det"], ["army", "NOUN", "NN", 3, "nsubj"], ["shelled", "VERB", "VBD", 0, "root"], ["the", "DET", "DT", 5, "det"], ["town", "NOUN", "NN", 3, "obj"], [".", "PUNCT", ".", 3, "punct"]]],
  ["Turkey and Russia called a truce .", [["Turkey", "PROPN", "NNP", 4, "nsubj"], ["and", "CCONJ", "CC", 3, "cc"], ["Russia", "PROPN", "NNP", 1, "conj"], ["called", "VERB", "VBD", 0, "root"], ["a", "DET", "DT", 6, "det"], ["truce", "NOUN", "NN", 4, "obj"], [".", "PUNCT", ".", 4, "punct"]]],
  ["Haftar did not sign the deal in Moscow .", [["Haftar", "PROPN", "NNP", 4, "nsubj"], ["did", "AUX", "VBD", 4, "aux"], ["not", "PART", "RB", 4, "advmod"], ["sign", "VERB", "VB", 0, "root"], ["the", "DET", "DT", 6, "det"], ["deal", "NOUN", "NN", 4, "obj"], ["in", "ADP", "IN", 8, "case"], ["Moscow", "PROPN", "NNP", 4, "obl"], [".", "PUNCT", ".", 4, "punct"]]],
] as const;
const conllu = TINY.map(([text, words], k) => [`# sent_id = tiny-${k + 1}`, `# text = ${text}`, ...words.map((w, i) => row(i + 1, w[0], w[1], w[2], w[3], w[4]))].join("\n")).join("\n\n") + "\n";

function tiny(): ConlluSentence[] {
  const r = parseConllu(conllu, "tiny");
  assert.ok(r.ok);
  return r.value;
}

test("training on a tiny treebank gives a model that tags and parses its own sentences", () => {
  const sentences = tiny();
  const tagger = trainTagger(sentences, tagClasses(sentences), 10, 7);
  const tagged = sentences.map((s) => ({ sentence: s, ...tag(tagger, s.words.map((w) => w.form)) }));
  const parser = trainParser(tagged, labelClasses(sentences), { epochs: 15, seed: 7 });
  const models = { tagger, transitions: parser.transitions, labeler: parser.labeler, classes: null, ner: null };
  const acc = emptyScores();
  for (const s of sentences) {
    const p = parseWords(models, s.words.map((w) => w.form));
    addSentence(acc, s, p.upos, p.heads, p.deprels);
  }
  assert.deepEqual(ratios(acc), { upos: 1, uas: 1, las: 1, lasFull: 1 });
});

test("training is deterministic: the same seed gives byte-identical weights", () => {
  const sentences = tiny();
  const a = trainTagger(sentences, tagClasses(sentences), 3, 11).toBytes();
  const b = trainTagger(sentences, tagClasses(sentences), 3, 11).toBytes();
  assert.deepEqual(a, b);
});

test("a frozen model reads back from its bytes and scores the same", () => {
  const sentences = tiny();
  const model = trainTagger(sentences, tagClasses(sentences), 3, 5);
  const back = SparseModel.fromBytes(model.toBytes());
  assert.ok(back.ok);
  assert.deepEqual(back.value.labels, model.labels);
  assert.equal(back.value.entries, model.entries);
  const forms = ["The", "army", "attacked", "Moscow", "."];
  assert.deepEqual(tag(back.value, forms), tag(model, forms));
  const bad = SparseModel.fromBytes(new TextEncoder().encode("not a model at all"), "x.bin");
  assert.equal(bad.ok, false);
  if (!bad.ok) assert.match(bad.error.message, /x\.bin: not a Parley model file/);
  const truncated = SparseModel.fromBytes(model.toBytes().subarray(0, 40), "t.bin");
  assert.equal(truncated.ok, false);
});

test("a model of three classes (weights inline in its table) scores exactly as its sparse entries say", () => {
  // keys 11, 22, 33 with hand-set weights; 44 is unknown
  const model = new SparseModel(["SHIFT", "LEFT", "RIGHT"], Uint32Array.from([11, 22, 33, 0xfffffff0]), Uint32Array.from([0, 2, 3, 5, 6]),
    Uint16Array.from([0, 2, 1, 0, 1, 2]), Int16Array.from([5, -3, 7, 2, 2, -9]), 1);
  const out = new Float64Array(3);
  model.score(Uint32Array.from([11, 44, 33, 0xfffffff0]), 4, out);
  assert.deepEqual(Array.from(out), [5 + 2, 2, -3 - 9]);
  model.score(Uint32Array.from([22, 22]), 2, out);
  assert.deepEqual(Array.from(out), [0, 14, 0]);
  const back = SparseModel.fromBytes(model.toBytes());
  assert.ok(back.ok);
  back.value.score(Uint32Array.from([11, 44, 33, 0xfffffff0]), 4, out);
  assert.deepEqual(Array.from(out), [7, 2, -12]);
});
