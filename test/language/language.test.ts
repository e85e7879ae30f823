import { test } from "node:test";
import assert from "node:assert/strict";
import type { Doc } from "../../src/doc.ts";
import { analyse } from "../../src/language/analyse.ts";
import { foldText, toOriginalSpan } from "../../src/language/fold.ts";
import { languageStage } from "../../src/language/stage.ts";
import type { Context } from "../../src/stage.ts";

const sentencesOf = (text: string): string[] => analyse(text).sentences.map((s) => s.text);

function assertOffsets(text: string): void {
  const { sentences, tokens } = analyse(text);
  for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text, `token ${t.i}`);
  for (const s of sentences) {
    assert.equal(text.slice(s.start, s.end), s.text);
    for (const t of tokens.slice(s.tokenStart, s.tokenEnd)) assert.equal(t.sentence, s.index);
  }
  assert.equal(sentences.at(-1)?.tokenEnd ?? 0, tokens.length);
}

test("offsets map back for words with letters outside Latin-1", () => {
  const text = "Erdoğan met Lavrov in Moscow.";
  const { tokens } = analyse(text);
  assert.deepEqual(tokens.map((t) => [t.text, t.start, t.end]), [
    ["Erdoğan", 0, 7], ["met", 8, 11], ["Lavrov", 12, 18], ["in", 19, 21], ["Moscow", 22, 28], [".", 28, 29],
  ]);
  assert.equal(tokens[0]?.pos, "PROPN");
  assert.equal(tokens[1]?.lemma, "meet");
  assert.equal(tokens[0]?.lower, "erdoğan");
});

/** Texts whose every token and sentence must slice back out of the original. */
const OFFSET_CASES: readonly string[] = [
  "Łódź and Đukanović met Saʿid in Kyiv’s old town.",
  "Combining marks: Erdog\u0306an and Dac\u030cic\u0301 spoke.",
  "He can't go and they didn’t sign, the U.S. envoy said.",
  "Emoji 🇺🇦 and dashes — “quotes” … all stay.",
  "  Leading spaces,\nnewlines\n\nand  double  spaces.  ",
  "",
];
for (const text of OFFSET_CASES) test(`offsets slice back: ${JSON.stringify(text.slice(0, 30))}`, () => assertOffsets(text));

/** [text, expected sentences] */
const SENTENCES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["Gen. Haftar met Lt. Col. Stone. Talks ended.", ["Gen. Haftar met Lt. Col. Stone.", "Talks ended."]],
  ["Mr. Stone arrived on Jan. 5 with No. 10 staff. He left.", ["Mr. Stone arrived on Jan. 5 with No. 10 staff.", "He left."]],
  ["U.S. Secretary of State Mike Stone said the U.S. would help. The ministry agreed.",
    ["U.S. Secretary of State Mike Stone said the U.S. would help.", "The ministry agreed."]],
  ["Sanctions were imposed by the U.S. The ministry said so.", ["Sanctions were imposed by the U.S.", "The ministry said so."]],
  ["Talks resumed\nRebels shelled the port", ["Talks resumed", "Rebels shelled the port"]],
  ["First paragraph. Second sentence.\nNew paragraph here", ["First paragraph.", "Second sentence.", "New paragraph here"]],
];
for (const [text, expected] of SENTENCES) {
  test(`sentences: ${JSON.stringify(text.slice(0, 40))}`, () => assert.deepEqual(sentencesOf(text), expected));
}

test("no whitespace tokens; sentences index in order", () => {
  const { sentences, tokens } = analyse("One.\n\nTwo.\nThree.");
  assert.ok(tokens.every((t) => t.text.trim() !== ""));
  assert.deepEqual(sentences.map((s) => s.index), [0, 1, 2]);
});

test("foldText keeps a map only when lengths change", () => {
  assert.equal(foldText("Erdoğan").text, "Erdogan");
  assert.equal(foldText("Erdoğan").toOriginal, null);
  const folded = foldText("Sa\u02bfid x");
  assert.equal(folded.text, "Said x");
  assert.deepEqual(toOriginalSpan(folded, 0, 4), [0, 5]);
});

test("languageStage declares and adds sentences and tokens, leaves the doc alone", () => {
  const doc: Doc = { id: "a", reference: null, article: { title: null, author: null, source: null, published: null, url: null, text: "Talks began. They ended." } };
  const next = languageStage.run(doc, {} as Context);
  assert.deepEqual(languageStage.adds, ["sentences", "tokens"]);
  assert.equal(next.sentences?.length, 2);
  assert.equal(next.tokens?.length, 6);
  assert.equal(doc.sentences, undefined);
});
