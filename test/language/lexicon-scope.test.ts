// The scoped lexeme table (src/language/lexicon-scope.ts): words learned after seal() are visible until the next
// forget(), words known before stay, and indices are never reused (wink-nlp packs features by index).
import { test } from "node:test";
import assert from "node:assert/strict";
import { scopeLexicon } from "../../src/language/lexicon-scope.ts";

/** a lexeme table as wink-nlp's core model holds it, and wink-nlp's way of adding a word */
const table = (words: string[]) => {
  const hash: Record<string, number> = Object.create(null);
  words.forEach((w, i) => (hash[w] = i));
  const lexeme = { hash, list: [...words] };
  const learn = (w: string): number => {
    const known = lexeme.hash[w];
    if (known !== undefined) return known;
    lexeme.hash[w] = lexeme.list.length;
    return lexeme.list.push(w) - 1;
  };
  return { lexeme, learn };
};

test("words learned from one text are forgotten before the next, words loaded stay", () => {
  const { lexeme, learn } = table(["the", "army"]);
  const scope = scopeLexicon(lexeme);
  learn("loaded-late"); // learned while loading, before seal(): part of the lexicon for good
  scope.seal();
  const men = learn("men's");
  assert.equal(lexeme.hash["men's"], men);
  assert.equal(learn("men's"), men, "within one text a learned word keeps its index");
  scope.forget();
  assert.equal(lexeme.hash["men's"], undefined);
  assert.equal(lexeme.hash["army"], 1);
  assert.equal(lexeme.hash["loaded-late"], 2);
  const again = learn("men's");
  assert.ok(again > men, "a forgotten word is learned again under a new index");
  assert.equal(scope.learnedTotal(), 2);
});

test("a table that is not wink-nlp's shape is refused at load", () => {
  assert.throws(() => scopeLexicon({ list: [] }), /no lexeme hash and list/);
});
