// The bounds that keep per-word and per-sentence work linear (src/language/limits.ts): an overlong word is one
// token with its true offsets, a sentence never exceeds MAX_SENTENCE_TOKENS, and prose is untouched.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyse } from "../../src/language/analyse.ts";
import { MAX_SENTENCE_TOKENS, MAX_WORD_CHARS, SOFT_SENTENCE_TOKENS } from "../../src/language/limits.ts";

test("an overlong word is one token spanning the whole word, and the prose around it is tokenized as usual", () => {
  for (const length of [MAX_WORD_CHARS + 1, 5000, 200_000]) {
    const word = "ab".repeat(length).slice(0, length);
    const text = `Egyptian mediators met Hamas leaders in Cairo. ${word} The talks ended.`;
    const { tokens } = analyse(text);
    const long = tokens.filter((t) => t.text.length > 40);
    assert.equal(long.length, 1);
    assert.equal(long[0]?.text, word);
    assert.equal(text.slice(long[0]!.start, long[0]!.end), word);
    assert.deepEqual(tokens.slice(0, 3).map((t) => t.text), ["Egyptian", "mediators", "met"]);
    assert.deepEqual(tokens.slice(-3).map((t) => t.text), ["talks", "ended", "."]);
  }
});

test("a word of MAX_WORD_CHARS letters is still read by wink-nlp", () => {
  const word = "x".repeat(MAX_WORD_CHARS);
  assert.deepEqual(analyse(`Then ${word} came.`).tokens.map((t) => t.text), ["Then", word, "came", "."]);
});

/** [what, text] */
const LONG: [string, string][] = [
  ["20,000 words without punctuation", Array.from({ length: 20_000 }, (_, i) => ["rebels", "attacked", "the", "town"][i % 4]).join(" ")],
  ["a list of 1,000 names joined by commas", Array.from({ length: 1000 }, (_, i) => `Delegate${i}`).join(", ") + " signed."],
];

test("no sentence is longer than MAX_SENTENCE_TOKENS, and each keeps its tokens in order", async (t) => {
  for (const [what, text] of LONG) {
    await t.test(what, () => {
      const { sentences, tokens } = analyse(text);
      assert.ok(sentences.length > 1);
      for (const s of sentences) {
        assert.ok(s.tokenEnd - s.tokenStart <= MAX_SENTENCE_TOKENS, `sentence ${s.index}: ${s.tokenEnd - s.tokenStart} tokens`);
        for (let k = s.tokenStart; k < s.tokenEnd; k++) assert.equal(tokens[k]?.sentence, s.index);
      }
      assert.equal(sentences.at(-1)?.tokenEnd, tokens.length);
    });
  }
});

test("a long sentence is cut at a comma once it is past SOFT_SENTENCE_TOKENS", () => {
  const { sentences, tokens } = analyse(Array.from({ length: 1000 }, (_, i) => `Delegate${i}`).join(", ") + " signed.");
  const first = sentences[0]!;
  assert.ok(first.tokenEnd - first.tokenStart >= SOFT_SENTENCE_TOKENS);
  assert.equal(tokens[first.tokenEnd - 1]?.text, ",");
});

test("ordinary sentences are not cut", () => {
  const text = "Russian Foreign Minister Sergei Lavrov met Khalifa Haftar in Moscow on Monday, and the two men, who had not met since the spring, discussed the truce, the withdrawal of foreign fighters and the reopening of the oil ports.";
  assert.equal(analyse(text).sentences.length, 1);
});
