// A clause the tagger reads as a noun with a participle ("Clashes erupted in the city": a caption's reading) is
// read again with the verb in the past tense (src/syntax/fragment.ts); a participle that is only a participle,
// and a sentence that has a finite verb, are left as the parser read them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createParser } from "../../src/syntax/api.ts";
import { fragmentParticiple } from "../../src/syntax/fragment.ts";

const parser = createParser();

const rootOf = (text: string) => {
  assert.ok(parser.ok, "the shipped weights in data/model/ load");
  const s = parser.value.parse(text).sentences[0]!;
  const root = s.words.find((w) => w.head === -1)!;
  return { form: root.form, xpos: root.xpos, subject: s.words.find((w) => w.deprel === "nsubj")?.form };
};

// [sentence, root, its Penn tag, its subject]
const CLAUSES: [string, string, string, string][] = [
  ["Talks collapsed on Friday.", "collapsed", "VBD", "Talks"],
  ["Protests erupted across the country.", "erupted", "VBD", "Protests"],
  ["Rebels attacked the town.", "attacked", "VBD", "Rebels"],
];

for (const [text, root, xpos, subject] of CLAUSES) {
  test(`a clause is read as one: ${text}`, () => {
    assert.deepEqual(rootOf(text), { form: root, xpos, subject });
  });
}

// [what, words, their UPOS, their Penn tags, heads, relations, the word to read again or -1]
const CASES: [string, string[], string[], string[], number[], string[], number][] = [
  ["a noun root with a participle after it, no finite verb: read again",
    ["Clashes", "erupted", "."], ["NOUN", "VERB", "PUNCT"], ["NNS", "VBN", "."], [-1, 0, 0], ["root", "acl", "punct"], 1],
  ["a participle that is only one (\"taken\"): left",
    ["Pictures", "taken", "in", "2010"], ["NOUN", "VERB", "ADP", "NUM"], ["NNS", "VBN", "IN", "CD"], [-1, 0, 3, 1], ["root", "acl", "case", "obl"], -1],
  ["a sentence with a finite verb elsewhere: left",
    ["Talks", "held", "in", "Cairo", "failed"], ["NOUN", "VERB", "ADP", "PROPN", "VERB"], ["NNS", "VBN", "IN", "NNP", "VBD"], [4, 0, 3, 1, -1], ["nsubj", "acl", "case", "obl", "root"], -1],
  ["a participle with an auxiliary of its own: left",
    ["Talks", "held", "being"], ["NOUN", "VERB", "AUX"], ["NNS", "VBN", "VBG"], [-1, 0, 1], ["root", "acl", "aux:pass"], -1],
];

for (const [what, forms, upos, xpos, heads, deprels, expected] of CASES) {
  test(`fragmentParticiple: ${what}`, () => {
    assert.equal(fragmentParticiple(forms, { upos, xpos }, { heads, deprels }), expected);
  });
}
