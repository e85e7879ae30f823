// The whole sentence around an evidence span, as ACLED's notes show it: sentence ends are . ! ? (with a closing
// quote) before a capital, and line breaks; titles and initials do not end a sentence.
import { test } from "node:test";
import assert from "node:assert/strict";
import { sentenceAround } from "../../src/store/export/sentence.ts";

const TEXT = [
  "Talks in Geneva failed on Monday. Three civilians have been killed in Tarhuna, Dr. Salem Ali of the U.N. mission said.",
  "\"Nobody was killed,\" the army said. Is the truce over? Officials would not say.",
  "Headline without a full stop",
].join("\n");

const at = (words: string): [number, number] => {
  const i = TEXT.indexOf(words);
  assert.ok(i >= 0, words);
  return [i, i + words.length];
};

const CASES: [span: string, sentence: string][] = [
  ["civilians have been killed", "Three civilians have been killed in Tarhuna, Dr. Salem Ali of the U.N. mission said."],
  ["Talks", "Talks in Geneva failed on Monday."],
  ["Nobody was killed", "\"Nobody was killed,\" the army said."],
  ["truce", "Is the truce over?"],
  ["would not", "Officials would not say."],
  ["without", "Headline without a full stop"],
];

test("sentenceAround widens a span to its whole sentence", () => {
  for (const [span, sentence] of CASES) assert.equal(sentenceAround(TEXT, at(span)), sentence, span);
});

test("a span past the end of the text is cut to it; a span across a sentence end keeps both sentences whole", () => {
  assert.equal(sentenceAround(TEXT, [TEXT.length - 4, TEXT.length + 50]), "Headline without a full stop");
  assert.equal(sentenceAround("One. Two. Three.", [2, 7]), "One. Two.");
});
