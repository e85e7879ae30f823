/**
 * Issue 10 (parser speed): the faster tagger, parser, labeler and entity tagger give the same output, bit for bit,
 * as the code they replaced. sentences.main.conllu was written by the old code (on main, before the speed work)
 * from sentences.txt, our own sentences; any change in a tag, head, relation or entity shows here. New weights
 * rewrite it (once, from the code that passed it): the entity tagger retrained at stop 16 changed one entity.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createParser, toConllu } from "../../src/syntax/api.ts";

const dir = new URL("../fixtures/syntax/", import.meta.url);
const sentences = readFileSync(new URL("sentences.txt", dir), "utf8").split("\n").filter(Boolean);
const blocks = readFileSync(new URL("sentences.main.conllu", dir), "utf8").split(/(?=^# sent_id = s\d+\.1$)/m);
const parser = createParser();

test("the fixture holds one old parse per sentence", () => {
  assert.equal(blocks.length, sentences.length);
  assert.ok(sentences.length >= 20);
});

for (const [i, text] of sentences.entries()) {
  test(`sentence ${i + 1} parses to the same CoNLL-U as the old code: ${text.slice(0, 50)}…`, () => {
    assert.ok(parser.ok, "the shipped weights in data/model/ load");
    assert.equal(toConllu(parser.value.parse(text), `s${i + 1}.`), blocks[i]);
  });
}
