import { test } from "node:test";
import assert from "node:assert/strict";
import { quotesStage } from "../../src/quotes/stage.ts";
import type { Context } from "../../src/stage.ts";
import { handDoc } from "./hand-doc.ts";

const ctx = {} as Context;

const NONE: readonly (readonly [string, string])[] = [
  ["scare quotes", `The commander called the attack a "provocation" and left.`],
  ["a quoted title", `The deal, dubbed the "Moscow text", was not signed.`],
  ["a passive said", `The truce was said to be fragile by several diplomats.`],
  ["warned without that", `Haftar warned his officers in private.`],
  ["no speaker before said", `It is not yet clear what was said at the meeting.`],
  ["quote ending a sentence, then another subject", `The note read "Sign." Haftar said nothing.`],
];

for (const [name, text] of NONE) {
  test(`quotes: none for ${name}`, () => {
    const doc = quotesStage.run(handDoc(text, { mentions: [{ text: "Haftar", key: "haftar" }] }), ctx);
    assert.deepEqual(doc.quotes, []);
  });
}

test("quotes: a long unattributed quote after an attributed one keeps the speaker", () => {
  const text = `"We came to Moscow in good faith," Haftar said.\n\n"The other side wanted our surrender, and we do not surrender to anyone."`;
  const doc = quotesStage.run(handDoc(text, { mentions: [{ text: "Haftar", key: "haftar" }] }), ctx);
  assert.deepEqual(doc.quotes?.map((q) => q.speaker), ["haftar", "haftar"]);
});

test("quotes: a run-on quote over two paragraphs", () => {
  const text = `Haftar said: "We will not sign.\n\n"Our army stays where it is."`;
  const doc = quotesStage.run(handDoc(text, { mentions: [{ text: "Haftar", key: "haftar" }] }), ctx);
  assert.deepEqual(doc.quotes?.map((q) => q.text), ["We will not sign.", "Our army stays where it is."]);
  assert.deepEqual(doc.quotes?.map((q) => q.speaker), ["haftar", "haftar"]);
});
