import { test } from "node:test";
import assert from "node:assert/strict";
import { createCoder } from "../../src/coder.ts";
import type { Doc } from "../../src/doc.ts";
import { languageStage } from "../../src/language/stage.ts";
import { syntaxStage } from "../../src/syntax/stage.ts";
import { createParser, toConllu } from "../../src/syntax/api.ts";
import { parseConllu } from "../../src/syntax/conllu.ts";

const UPOS = new Set(["ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"]);
const coder = createCoder();

function docOf(text: string): Doc {
  const doc: Doc = { id: "t", article: { title: null, author: null, source: null, published: "2020-01-15", url: null, text }, reference: null };
  return syntaxStage.run(languageStage.run(doc, coder.context), coder.context);
}

// Sentences we wrote, with letters outside Latin-1 and an unknown name.
const ARTICLE = "Turkish President Recep Tayyip Erdoğan met Fayez al-Sarraj in Ankara on Sunday.\n\n" +
  "The Sudan Revolutionary Front said it would not sign the deal, and fighting resumed near Kidal.";

test("the syntax stage gives every sentence one tree over its own tokens", () => {
  assert.ok(coder.context.syntax, "the shipped weights in data/model/ load");
  const doc = docOf(ARTICLE);
  const tokens = doc.tokens ?? [];
  const syntax = doc.syntax;
  assert.ok(syntax);
  assert.equal(syntax.upos.length, tokens.length);
  assert.equal(syntax.heads.length, tokens.length);
  for (const s of doc.sentences ?? []) {
    let roots = 0;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      const h = syntax.heads[i] as number;
      if (h < 0) roots++;
      else assert.ok(h >= s.tokenStart && h < s.tokenEnd && h !== i, `token ${i} has head ${h} outside its sentence`);
      assert.ok(UPOS.has(syntax.upos[i] as string), syntax.upos[i]);
      assert.notEqual(syntax.deprels[i], "_");
      // no cycles: walking up from any token reaches the root within the sentence's length
      let k = i, steps = 0;
      while (k >= 0 && steps++ <= s.tokenEnd - s.tokenStart) k = syntax.heads[k] as number;
      assert.equal(k, -1, `cycle through token ${i}`);
    }
    assert.equal(roots, 1, `sentence ${s.index} has ${roots} roots`);
  }
  // the root of the first sentence is its verb
  const root = [...syntax.heads.keys()].find((i) => syntax.heads[i] === -1 && (tokens[i]?.sentence ?? -1) === 0);
  assert.equal(tokens[root ?? -1]?.text, "met");
});

test("without weights the coder still codes, and the syntax is empty", () => {
  const bare = createCoder({ resources: { syntax: null } });
  const r = bare.code({ id: "x", text: ARTICLE, date: "2020-01-15" });
  assert.ok(r.ok);
  assert.ok(r.value.actors.length > 0);
});

test("parley parse's CoNLL-U reads back with the text's own offsets", () => {
  const parser = createParser();
  assert.ok(parser.ok);
  const parsed = parser.value.parse(ARTICLE);
  for (const s of parsed.sentences) for (const w of s.words) assert.equal(ARTICLE.slice(w.start, w.end), w.form);
  const back = parseConllu(toConllu(parsed));
  assert.ok(back.ok);
  assert.equal(back.value.length, parsed.sentences.length);
  assert.deepEqual(back.value[0]?.words.map((w) => w.form).slice(0, 5), ["Turkish", "President", "Recep", "Tayyip", "Erdoğan"]);
  assert.deepEqual(back.value[0]?.words.map((w) => w.head), parsed.sentences[0]?.words.map((w) => w.head + 1));
});
