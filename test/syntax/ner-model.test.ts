/**
 * The shipped entity tagger (data/model/ner.bin): it loads, finds actors no dictionary knows in sentences of our
 * own (tags written by hand), and, where ../shared/treebanks and the tagger it was trained with are present,
 * still scores what data/model/ner.json says it scored on the dev sets.
 */
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { loadKnowledgeBase } from "../../src/actors/kb/index.ts";
import { loadGazetteer } from "../../src/places/gazetteer.ts";
import { gumEntitySpans } from "../../src/syntax/gum-entities.ts";
import { nerHints } from "../../src/syntax/ner-hints.ts";
import { evaluateNer } from "../../src/syntax/ner-train.ts";
import { loadNer, MODEL_DIR, recognise } from "../../src/syntax/ner.ts";
import { SparseModel } from "../../src/syntax/sparse-model.ts";
import { tag } from "../../src/syntax/tagger.ts";
import { loadTreebank, TREEBANKS } from "../../src/syntax/treebank.ts";
import { parseIob2 } from "../../src/syntax/uner.ts";

const model = loadNer();
const sources = { kb: loadKnowledgeBase(), gazetteer: loadGazetteer() };

test("NER model: the shipped weights load", () => {
  assert.ok(model.ok, model.ok ? "" : model.error.message);
  assert.equal(model.value.scheme.name, "bio");
});

/** sentence as "form/UPOS" pairs, and the names expected as "TYPE:words" */
const sentences: [string, string[], string?][] = [
  ["Prime/PROPN Minister/PROPN Fayez/PROPN al-Sarraj/PROPN flew/VERB to/ADP Rome/PROPN ./PUNCT", ["PER:Fayez al-Sarraj", "LOC:Rome"]],
  // Known miss of the shipped weights (chosen on the dev sets; see the closing note of issue "Understand
  // sentences"): "Sudan" is read as a place and the rest of the name is lost. A TODO, so it stays visible.
  ["The/DET talks/NOUN were/AUX rejected/VERB by/ADP the/DET Sudan/PROPN Revolutionary/PROPN Front/PROPN ./PUNCT", ["ORG:Sudan Revolutionary Front"],
    "the shipped model reads 'Sudan' as LOC and drops 'Revolutionary Front'"],
  // Known miss of the beam-trained weights (greedy ones got it; beam 4 scores higher on both dev sets): a one-word
  // name as the subject of "fired" is read as a person, although the knowledge base lists Hamas as a group.
  ["Hamas/PROPN fired/VERB rockets/NOUN at/ADP Israel/PROPN ./PUNCT", ["ORG:Hamas", "LOC:Israel"],
    "the shipped model reads 'Hamas' before 'fired' as PER"],
  ["Hamas/PROPN rejected/VERB the/DET offer/NOUN ./PUNCT", ["ORG:Hamas"]],
  ["The/DET Taliban/PROPN attacked/VERB Kabul/PROPN ./PUNCT", ["ORG:Taliban", "LOC:Kabul"]],
  ["Recep/PROPN Tayyip/PROPN Erdoğan/PROPN spoke/VERB with/ADP Volodymyr/PROPN Zelenskyy/PROPN in/ADP Kyiv/PROPN ./PUNCT", ["PER:Recep Tayyip Erdoğan", "PER:Volodymyr Zelenskyy", "LOC:Kyiv"]],
  ["The/DET ceasefire/NOUN held/VERB overnight/ADV ./PUNCT", []],
];

for (const [text, expect, todo] of sentences) {
  test(`NER model: ${expect.length ? expect.join(", ") : "no names"} in "${text.replace(/\/\w+/g, "")}"`, todo ? { todo } : {}, () => {
    assert.ok(model.ok);
    const pairs = text.split(" ").map((p) => p.split("/") as [string, string]);
    const forms = pairs.map((p) => p[0]);
    const spans = recognise(model.value, forms, pairs.map((p) => p[1]), nerHints(forms, sources));
    assert.deepEqual(spans.map((s) => `${s.type}:${forms.slice(s.start, s.end).join(" ")}`), expect);
  });
}

test("NER model: still scores its recorded dev figures with the tagger and word classes it was trained with", (t) => {
  const meta = JSON.parse(readFileSync(join(MODEL_DIR, "ner.json"), "utf8")) as {
    tagger: { sha256: string }; classes: { file: string; sha256: string } | null; dev: Record<string, { f1: number }>;
  };
  const classesPath = join(MODEL_DIR, meta.classes?.file ?? "clusters.bin");
  assert.equal(createHash("sha256").update(new Uint8Array(readFileSync(classesPath))).digest("hex"), meta.classes?.sha256,
    "data/model/clusters.bin is not the word classes ner.bin was trained with: run npm run train:ner");
  const taggerPath = join(MODEL_DIR, "tagger.bin");
  if (!existsSync(TREEBANKS)) return t.skip(`${TREEBANKS} not found: the dev sets are needed`);
  if (!existsSync(taggerPath)) return t.skip(`${taggerPath} not found: the tagger gives the tags the scores depend on`);
  const bytes = new Uint8Array(readFileSync(taggerPath));
  assert.equal(createHash("sha256").update(bytes).digest("hex"), meta.tagger.sha256,
    "data/model/tagger.bin is not the tagger ner.bin was trained with: run npm run train:ner");
  const tagger = SparseModel.fromBytes(bytes, taggerPath);
  assert.ok(model.ok && tagger.ok);
  const ex = (forms: readonly string[], spans: ReturnType<typeof gumEntitySpans>) =>
    ({ forms, upos: tag(tagger.value, forms).upos, hints: nerHints(forms, sources), spans });
  const gum = loadTreebank("en_gum-ccby", "dev");
  assert.ok(gum.ok);
  const gumF1 = evaluateNer(model.value, gum.value.map((s) => ex(s.words.map((w) => w.form), gumEntitySpans(s)))).overall.f1;
  const uner = parseIob2(readFileSync(join(TREEBANKS, "uner_en_ewt-dev.iob2"), "utf8"));
  assert.ok(uner.ok);
  const unerF1 = evaluateNer(model.value, uner.value.map((s) => ex(s.forms, [...s.spans]))).overall.f1;
  assert.ok(Math.abs(gumF1 - (meta.dev["gum dev"]?.f1 ?? -1)) < 0.001, `GUM dev F1 ${gumF1}`);
  assert.ok(Math.abs(unerF1 - (meta.dev["uner ewt dev"]?.f1 ?? -1)) < 0.001, `UNER EWT dev F1 ${unerF1}`);
});
