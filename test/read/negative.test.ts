import { test } from "node:test";
import assert from "node:assert/strict";
import { readArticle } from "../../src/read/index.ts";
import type { ArticleInput } from "../../src/types.ts";

const ENGLISH = "The two sides agreed to a truce on Monday after talks in the capital, and the envoy said it would hold. ";

/** [case, input, expected issue code] */
const BAD: ReadonlyArray<readonly [string, ArticleInput, string]> = [
  ["empty", { text: "" }, "empty"],
  ["whitespace only", { text: " \n\t\r\n  " }, "empty"],
  ["headers only", { text: "Title: Nothing here\nBy Jane Doe\n" }, "empty"],
  ["boilerplate only", { text: "Share this article\n\n© 2020 Example. All rights reserved." }, "empty"],
  ["HTML without body text", { text: "<html><head><title>x</title></head><body><script>var a=1;</script></body></html>" }, "empty"],
  ["NUL bytes", { text: `PK\u0003\u0004\u0000\u0000${ENGLISH}` }, "binary"],
  ["control characters", { text: "\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008 abc" }, "binary"],
  ["mis-decoded text", { text: `${ENGLISH.repeat(3)}It\ufffds a deal, they\ufffdre sure, we\ufffdll see.` }, "encoding"],
  ["too large", { text: "a ".repeat(3 * 1024 * 1024) }, "too_large"],
  ["too deep", { text: `<html><body>${"<div>".repeat(800)}text${"</div>".repeat(800)}</body></html>` }, "too_deep"],
  ["Spanish", { text: "Los dos bandos acordaron una tregua el lunes tras las conversaciones en la capital, y el enviado dijo que se mantendría durante todo el invierno próximo según lo previsto." }, "not_english"],
  ["Cyrillic", { text: "Стороны договорились о прекращении огня в понедельник после переговоров в столице." }, "not_english"],
];

for (const [name, input, code] of BAD) {
  test(`bad input is a value: ${name} → ${code}`, () => {
    const r = readArticle(input);
    assert.equal(r.ok, false);
    if (r.ok) return;
    assert.equal(r.error.code, code, r.error.message);
    assert.ok(!r.error.message.includes("\n"), "message is one line");
    assert.ok(r.error.message.length > 10);
  });
}

test("short English texts and a stray replacement character are fine", () => {
  for (const text of ["Rebels attacked the port.", `${ENGLISH.repeat(5)}\ufffd`, "NATO"]) {
    assert.equal(readArticle({ text }).ok, true, text);
  }
});
