import { test } from "node:test";
import assert from "node:assert/strict";
import { parseConllu } from "../../src/syntax/conllu.ts";
import { addDocument, alignWords, emptyRawCounts, rawDocuments, rawFigures, type SystemWord } from "../../src/syntax/raw-eval.ts";

const row = (id: string, form: string, upos: string, head: number | "_", rel: string, misc = "_"): string =>
  [id, form, form.toLowerCase(), upos, "_", "_", head, rel, "_", misc].join("\t");

// Two documents we wrote; the first has two paragraphs and a multiword token that does not spell its words.
const GOLD = [
  "# newdoc id = a", "# newpar", "# text = Gunmen won't stop.",
  row("1", "Gunmen", "NOUN", 4, "nsubj"), row("2-3", "won't", "_", "_", "_"), row("2", "will", "AUX", 4, "aux"), row("3", "n't", "PART", 4, "advmod"),
  row("4", "stop", "VERB", 0, "root", "SpaceAfter=No"), row("5", ".", "PUNCT", 4, "punct"), "",
  "# newpar", "# text = Talks resumed.", row("1", "Talks", "NOUN", 2, "nsubj"), row("2", "resumed", "VERB", 0, "root", "SpaceAfter=No"), row("3", ".", "PUNCT", 2, "punct"), "",
  "# newdoc id = b", "# text = Kidal fell.", row("1", "Kidal", "PROPN", 2, "nsubj"), row("2", "fell", "VERB", 0, "root", "SpaceAfter=No"), row("3", ".", "PUNCT", 2, "punct"), "",
].join("\n");

function docs() {
  const r = parseConllu(GOLD);
  assert.ok(r.ok);
  return rawDocuments(r.value);
}

test("raw text of a treebank document: sentences joined by a space, paragraphs by a blank line", () => {
  const [a, b] = docs();
  assert.equal(a?.text, "Gunmen won't stop.\n\nTalks resumed.");
  assert.equal(b?.text, "Kidal fell.");
  assert.deepEqual(a?.sentences, [[0, 18], [20, 34]]);
  assert.deepEqual(a?.words.map((w) => w.head), [3, 3, 3, -1, 3, 6, -1, 6]);
});

test("alignment by character offsets; words of a multiword token are matched by form inside its span", () => {
  const [a] = docs();
  assert.ok(a);
  const w = (start: number, end: number, form: string): SystemWord => ({ start, end, form, upos: "X", head: -1, deprel: "dep" });
  // The system split "won't" as "wo" + "n't" (no match for "will") and glued "stop." together.
  const system = [w(0, 6, "Gunmen"), w(7, 9, "wo"), w(9, 12, "n't"), w(13, 18, "stop."), w(20, 25, "Talks"), w(26, 33, "resumed"), w(33, 34, ".")];
  assert.deepEqual(Array.from(alignWords(a.words, system)), [0, -1, 2, -1, -1, 4, 5, 6]);
});

test("figures are F1 of system against gold words, so token and sentence errors count", () => {
  const [a] = docs();
  assert.ok(a);
  const w = (start: number, end: number, form: string, upos: string, head: number, deprel: string): SystemWord => ({ start, end, form, upos, head, deprel });
  const system = [
    w(0, 6, "Gunmen", "NOUN", 3, "nsubj"), w(7, 9, "wo", "AUX", 3, "aux"), w(9, 12, "n't", "PART", 3, "advmod"), w(13, 17, "stop", "VERB", -1, "root"),
    w(17, 18, ".", "PUNCT", 3, "punct"), w(20, 25, "Talks", "NOUN", 6, "obj"), w(26, 33, "resumed", "VERB", -1, "root"), w(33, 34, ".", "PUNCT", 6, "punct"),
  ];
  const acc = emptyRawCounts();
  addDocument(acc, a, system, [[0, 18], [20, 34]]);
  const f = rawFigures(acc);
  // 8 gold words, 8 system words, 7 aligned ("will" is not); heads right for the 7; "Talks" has the wrong label.
  assert.equal(f.tokens, 7 / 8);
  assert.equal(f.uas, 7 / 8);
  assert.equal(f.las, 6 / 8);
  assert.equal(f.sentences, 1);
});
