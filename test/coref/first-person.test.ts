// First person in direct speech (src/coref/first-person.ts): inside a quote, "I", "we", "our" are the quote's
// speaker, also in a sentence of the quote that does not hold its attribution; outside quotes, and in "US", nothing.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createCoder } from "../../src/index.ts";
import { runPipeline, STAGES } from "../../src/pipeline.ts";
import type { ActorMention, Doc } from "../../src/doc.ts";

const coder = createCoder();

function mentionsOf(text: string): readonly ActorMention[] {
  const upto = STAGES.slice(0, STAGES.findIndex((s) => s.name === "first-person") + 1);
  const start: Doc = { id: "t", article: { text, title: null, author: null, source: null, published: "2024-03-10", url: null }, reference: new Date("2024-03-10T00:00:00Z") };
  return runPipeline(start, coder.context, upto).mentions ?? [];
}

// [text, the pronoun as written, its n-th occurrence (0-based), the code expected (null: no mention there)]
const CASES: readonly [string, string, number, string | null][] = [
  // the quote's second sentence holds the attribution; "We" in its first sentence is the speaker too
  ["“We have agreed to free more prisoners. The truce will hold for two more days,” a Hamas official said.", "We", 0, "PSEREB"],
  ["“We have agreed to free more prisoners. Our fighters will respect the truce,” a Hamas official said.", "Our", 0, "PSEREB"],
  // an attribution before the quote
  ["Antony Blinken, the US secretary of state, wrote: “I met the emir in Doha. My team will return next week.”", "I", 0, "USAGOV"],
  ["Antony Blinken, the US secretary of state, wrote: “I met the emir in Doha. My team will return next week.”", "My", 0, "USAGOV"],
  ["“They attacked us at dawn,” the Sudanese army said in a statement.", "us", 0, "SDNMIL"],
  // "US" is the United States, not "us"
  ["“The US must end its support for the war,” the Iranian foreign minister said.", "US", 0, "USA"],
  // the narrator's "I", outside any quote, is no one the article codes
  ["I spoke to residents of the town, who said the army had left.", "I", 0, null],
];

for (const [text, pronoun, nth, code] of CASES) {
  test(`"${pronoun}" in ${text}`, () => {
    const mentions = mentionsOf(text);
    let at = -1;
    for (let k = 0; k <= nth; k++) at = text.indexOf(pronoun, at + 1);
    const here = mentions.filter((m) => m.start === at && m.end === at + pronoun.length);
    const shown = JSON.stringify(mentions.map((m) => [m.text, m.code, m.via]));
    if (code === null) return assert.deepEqual(here, [], shown);
    assert.deepEqual(here.map((m) => m.code), [code], shown);
    if (pronoun === "US") return;
    const m = here[0]!;
    assert.equal(m.via, "coref");
    assert.ok(m.antecedent, "no antecedent");
    assert.equal(text.slice(m.antecedent.start, m.antecedent.end), m.antecedent.text);
    assert.ok(m.antecedent.end <= text.indexOf("“") || m.antecedent.start >= text.lastIndexOf("”"), `antecedent ${m.antecedent.text} is in the attribution`);
  });
}

test("an act in a quote's first sentence is the speaker's, and the attribution is no statement of its own", () => {
  const text = "“We will extend the truce by two days. Our fighters will respect it,” a Hamas official said on Sunday.";
  const r = coder.code({ id: "t", text, date: "2024-03-10" });
  assert.ok(r.ok);
  const events = r.value.events;
  const show = JSON.stringify(events.map((e) => [e.cameo, e.source.map((s) => s.code), e.trigger]));
  const extend = events.find((e) => e.span[0] < text.indexOf("."));
  assert.ok(extend, show);
  assert.deepEqual(extend.source.map((s) => s.code), ["PSEREB"], show);
  assert.ok(!events.some((e) => e.cameo === "010"), show);
});
