// The GUM coreference scorer (src/coref/gum-gold.ts, gum-score.ts) on a small CoNLL-U document we wrote: gold
// chains read from `Entity=`, anaphors aligned by their head word, right only when the antecedent chosen is the
// head of an earlier mention of the same entity (issue 10).
import { test } from "node:test";
import assert from "node:assert/strict";
import { parseConllu } from "../../src/syntax/conllu.ts";
import { gumCorefDocuments } from "../../src/coref/gum-gold.ts";
import { emptyCounts, scoreDocument, type ScoredLink } from "../../src/coref/gum-score.ts";

const row = (id: number, form: string, upos: string, head: number, rel: string, misc = "_") =>
  [id, form, form.toLowerCase(), upos, "_", "_", head, rel, "_", misc].join("\t");
const CONLLU = [
  "# newdoc id = GUM_news_made_up", "# sent_id = m-1", "# text = Khalifa Haftar met the envoy.",
  row(1, "Khalifa", "PROPN", 3, "nsubj", "Entity=(1-person-new-sssss-cf1-1-coref-Khalifa_Haftar"), row(2, "Haftar", "PROPN", 1, "flat", "Entity=1)"),
  row(3, "met", "VERB", 0, "root"), row(4, "the", "DET", 5, "det", "Entity=(2-person-new-sssss-cf2-1-sgl"), row(5, "envoy", "NOUN", 3, "obj", "Entity=2)|SpaceAfter=No"),
  row(6, ".", "PUNCT", 3, "punct"), "",
  "# sent_id = m-2", "# text = He refused to sign the deal.",
  row(1, "He", "PRON", 2, "nsubj", "Entity=(1-person-giv-sssss-cf1-1-coref)"), row(2, "refused", "VERB", 0, "root"), row(3, "to", "PART", 4, "mark"),
  row(4, "sign", "VERB", 2, "xcomp"), row(5, "the", "DET", 6, "det", "Entity=(3-event-new-sssss-cf3-1-coref"), row(6, "deal", "NOUN", 4, "obj", "Entity=3)|SpaceAfter=No"),
  row(7, ".", "PUNCT", 2, "punct"), "",
  "# sent_id = m-3", "# text = The deal collapsed.",
  row(1, "The", "DET", 2, "det", "Entity=(3-event-giv-sssss-cf3-1-coref"), row(2, "deal", "NOUN", 3, "nsubj", "Entity=3)"), row(3, "collapsed", "VERB", 0, "root", "SpaceAfter=No"),
  row(4, ".", "PUNCT", 3, "punct"), "", "",
].join("\n");

const parsed = parseConllu(CONLLU, "made-up.conllu");
assert.ok(parsed.ok, parsed.ok ? "" : parsed.error.message);
const [doc] = gumCorefDocuments(parsed.value);
assert.ok(doc);
const at = (word: string, nth = 0) => {
  let k = -1;
  for (let i = 0; i <= nth; i++) k = doc.text.indexOf(word, k + 1);
  return k;
};

test("gold mentions carry their entity, offsets and head word", () => {
  assert.equal(doc.text, "Khalifa Haftar met the envoy. He refused to sign the deal. The deal collapsed.");
  const he = doc.mentions.find((m) => m.head === "he");
  assert.deepEqual(he && [he.entity, he.start, he.end], ["1", at("He"), at("He") + 2]);
  const haftar = doc.mentions.find((m) => m.entity === "1" && m.start === 0);
  assert.deepEqual(haftar && [haftar.end, haftar.headStart, haftar.head], [at("Haftar") + 6, 0, "khalifa"]);
});

// [what we linked, pronoun counts, definite counts] as [gold, found, resolved, correct]
const CASES: readonly [string, readonly ScoredLink[], readonly number[], readonly number[]][] = [
  ["both right", [{ anaphor: at("He"), antecedent: 0 }, { anaphor: at("deal", 1), antecedent: at("deal") }], [1, 1, 1, 1], [1, 1, 1, 1]],
  ["he → the envoy is wrong", [{ anaphor: at("He"), antecedent: at("envoy") }], [1, 1, 1, 0], [1, 0, 0, 0]],
  ["a non-head word of the right mention is wrong", [{ anaphor: at("He"), antecedent: at("Haftar") }], [1, 1, 1, 0], [1, 0, 0, 0]],
  ["left unresolved", [{ anaphor: at("He"), antecedent: null }], [1, 1, 0, 0], [1, 0, 0, 0]],
  ["nothing linked", [], [1, 0, 0, 0], [1, 0, 0, 0]],
];

for (const [name, links, pronoun, definite] of CASES) {
  test(`scoring: ${name}`, () => {
    const acc = { pronoun: emptyCounts(), definite: emptyCounts() };
    scoreDocument(doc.mentions, links, acc);
    const list = (c: typeof acc.pronoun) => [c.gold, c.found, c.resolved, c.correct];
    assert.deepEqual(list(acc.pronoun), pronoun);
    assert.deepEqual(list(acc.definite), definite);
  });
}
