import { test } from "node:test";
import assert from "node:assert/strict";
import { formatConllu, parseConllu } from "../../src/syntax/conllu.ts";

// Sentences written by us, in the treebanks' format.
const SAMPLE = [
  "# newdoc id = d1",
  "# sent_id = d1-1",
  "# newpar",
  "# text = They didn't sign the truce.",
  "1\tThey\tthey\tPRON\tPRP\t_\t3\tnsubj\t_\t_",
  "2-3\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_",
  "2\tdid\tdo\tAUX\tVBD\t_\t4\taux\t_\t_",
  "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_",
  "4\tsign\tsign\tVERB\tVB\t_\t0\troot\t_\t_",
  "5\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\t_",
  "6\ttruce\ttruce\tNOUN\tNN\t_\t4\tobj\t_\tSpaceAfter=No",
  "7\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_",
  "",
  "# sent_id = d1-2",
  "# text = Rebels attacked and seized Kidal.",
  "1\tRebels\trebel\tNOUN\tNNS\t_\t2\tnsubj\t2:nsubj|4:nsubj\t_",
  "2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t0:root\t_",
  "3\tand\tand\tCCONJ\tCC\t_\t4\tcc\t4:cc\t_",
  "3.1\tattacked\tattack\tVERB\tVBD\t_\t_\t_\t0:root\tCopyOf=2",
  "4\tseized\tseize\tVERB\tVBD\t_\t2\tconj\t2:conj\t_",
  "5\tKidal\tKidal\tPROPN\tNNP\t_\t4\tobj\t4:obj\tSpaceAfter=No",
  "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t2:punct\t_",
  "",
].join("\n");

test("CoNLL-U: a multiword token becomes one surface token over its words, with offsets from its parts", () => {
  const r = parseConllu(SAMPLE, "sample.conllu");
  assert.ok(r.ok);
  const [first] = r.value;
  assert.ok(first);
  assert.equal(first.newdoc, "d1");
  assert.equal(first.newpar, true);
  assert.deepEqual(first.tokens.map((t) => [t.form, t.first, t.last]), [["They", 1, 1], ["didn't", 2, 3], ["sign", 4, 4], ["the", 5, 5], ["truce", 6, 6], [".", 7, 7]]);
  assert.deepEqual(first.words.map((w) => first.text.slice(w.start, w.end)), ["They", "did", "n't", "sign", "the", "truce", "."]);
  assert.deepEqual(first.words.map((w) => w.head), [3, 4, 4, 0, 6, 4, 4]);
});

test("CoNLL-U: empty nodes are kept apart and stay out of the basic tree", () => {
  const r = parseConllu(SAMPLE);
  assert.ok(r.ok);
  const second = r.value[1];
  assert.ok(second);
  assert.equal(second.newdoc, null);
  assert.deepEqual(second.empty.map((e) => [e.id, e.form]), [["3.1", "attacked"]]);
  assert.deepEqual(second.words.map((w) => w.form), ["Rebels", "attacked", "and", "seized", "Kidal", "."]);
  assert.equal(second.words[4]?.start, second.text.indexOf("Kidal"));
});

test("CoNLL-U: a multiword token whose words do not spell it gives its words the token's span", () => {
  const text = "# text = We won't go.\n1\tWe\twe\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n2-3\twon't\t_\t_\t_\t_\t_\t_\t_\t_\n2\twill\twill\tAUX\tMD\t_\t4\taux\t_\t_\n3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n4\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n";
  const r = parseConllu(text);
  assert.ok(r.ok);
  const words = r.value[0]?.words ?? [];
  assert.deepEqual(words.slice(1, 3).map((w) => [w.start, w.end]), [[3, 8], [3, 8]]);
});

test("CoNLL-U: malformed lines are error values naming file and line", () => {
  const cases: [string, RegExp][] = [
    ["1\tOnly\tfour\tcolumns\n", /x\.conllu:1: expected 10/],
    ["# text = a b\n1\ta\ta\tX\t_\t_\t0\troot\t_\t_\n3\tb\tb\tX\t_\t_\t1\tdep\t_\t_\n", /x\.conllu:3: word id 3 out of order/],
    ["1\ta\ta\tX\t_\t_\tzero\troot\t_\t_\n", /bad head "zero"/],
    ["1\ta\ta\tX\t_\t_\t7\troot\t_\t_\n", /head 7 beyond the sentence/],
  ];
  for (const [input, message] of cases) {
    const r = parseConllu(input, "x.conllu");
    assert.equal(r.ok, false, input);
    if (!r.ok) assert.match(r.error.message, message);
  }
});

test("CoNLL-U: what formatConllu writes reads back the same", () => {
  const out = formatConllu("t1", "Gen. Haftar left.", [
    { form: "Gen.", lemma: "gen.", upos: "PROPN", xpos: "NNP", head: 2, deprel: "compound", misc: "" },
    { form: "Haftar", lemma: "haftar", upos: "PROPN", head: 3, deprel: "nsubj", misc: "" },
    { form: "left", lemma: "leave", upos: "VERB", head: 0, deprel: "root", misc: "SpaceAfter=No" },
    { form: ".", lemma: ".", upos: "PUNCT", head: 3, deprel: "punct", misc: "" },
  ]);
  const r = parseConllu(out);
  assert.ok(r.ok);
  assert.equal(r.value[0]?.id, "t1");
  assert.deepEqual(r.value[0]?.words.map((w) => [w.form, w.head, w.deprel, w.xpos]), [["Gen.", 2, "compound", "NNP"], ["Haftar", 3, "nsubj", "_"], ["left", 0, "root", "_"], [".", 3, "punct", "_"]]);
});
