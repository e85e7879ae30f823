// Fuzzing the reader and the coder: random and nasty texts and records always come back as a value (a coded
// article, or an issue with a known code and a one-line message), never as a throw, and quickly.
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { createCoder } from "../../src/index.ts";
import { readArticle } from "../../src/read/index.ts";
import type { ArticleInput } from "../../src/types.ts";
import { answersWithValue } from "./check.ts";
import { arbRecord, arbText, nastyRecords, nastyTexts } from "./nasty.ts";

const coder = createCoder();
const code = (record: unknown) => coder.code(record as ArticleInput);

test("every nasty text is read and coded to a value, quickly", async (t) => {
  for (const [what, text] of nastyTexts()) {
    await t.test(what, () => {
      answersWithValue(`read: ${what}`, () => readArticle({ text }));
      answersWithValue(`code: ${what}`, () => code({ id: "nasty", text }));
    });
  }
});

test("every nasty record is coded to a value", async (t) => {
  for (const [what, record] of nastyRecords()) await t.test(what, () => { answersWithValue(what, () => code(record)); });
});

test("random texts are read to a value, also as HTML", () => {
  fc.assert(fc.property(arbText, fc.constantFrom("text", "html", undefined), (text, format) => {
    answersWithValue("read", () => readArticle({ text, ...(format ? { format } : {}) }));
  }), { numRuns: 150 });
});

test("random records are coded to a value whose offsets point into the text", () => {
  fc.assert(fc.property(arbRecord, (record) => {
    const r = code(record);
    answersWithValue("code", () => r);
    if (!r.ok) return;
    const text = r.value.article.text;
    for (const e of r.value.events) assert.ok(e.span[0] >= 0 && e.span[1] <= text.length && e.span[0] <= e.span[1]);
    for (const q of r.value.quotes) assert.equal(text.slice(q.start, q.end), q.text);
    for (const p of r.value.places) assert.equal(text.slice(p.start, p.end), p.text);
    assert.doesNotThrow(() => JSON.stringify(r.value));
  }), { numRuns: 150 });
});
