// Anaphors coreference must leave alone (issue 10): an "it" that refers to a thing, pleonastic "it", a "he" with no
// person before it, a general noun that repeats a thing's noun, and "his" before the noun the actors stage placed.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createCoder } from "../../src/index.ts";
import { runPipeline, STAGES } from "../../src/pipeline.ts";
import type { Doc } from "../../src/doc.ts";

const coder = createCoder();
const upto = STAGES.slice(0, STAGES.findIndex((s) => s.name === "coref") + 1);

function corefMentions(text: string) {
  const start: Doc = { id: "t", article: { text, title: null, author: null, source: null, published: "2024-03-10", url: null }, reference: new Date("2024-03-10T00:00:00Z") };
  return (runPipeline(start, coder.context, upto).mentions ?? []).filter((m) => m.via === "coref");
}

// [text, the anaphor that must stay unresolved]
const UNRESOLVED: readonly [string, string][] = [
  ["Turkey and Russia signed the deal in Geneva in May, but it collapsed within a week.", "it"],
  ["Egypt hosted the talks on Monday, and it was clear that the truce would not hold.", "it"],
  ["It is unclear whether the truce between Turkey and Russia will hold.", "It"],
  ["The ministry said he was arrested on Monday.", "he"],
  ["Hamas condemned the raid. Later a group of gunmen attacked the checkpoint, and the group fled north.", "the group"],
  ["Khalifa Haftar ordered his troops to advance on Tripoli.", "his"],
];

test("anaphors that refer to no actor stay unresolved", async (t) => {
  for (const [text, anaphor] of UNRESOLVED) {
    await t.test(`"${anaphor}" in "${text}"`, () => {
      const at = text.indexOf(anaphor);
      const hit = corefMentions(text).filter((m) => m.start === at);
      assert.deepEqual(hit.map((m) => [m.text, m.code]), []);
    });
  }
});

test("the pipeline runs coref after actors and before events", () => {
  const names = STAGES.map((s) => s.name);
  assert.ok(names.indexOf("actors") < names.indexOf("coref") && names.indexOf("coref") < names.indexOf("events"), names.join(" "));
});
