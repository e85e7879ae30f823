// A definite event noun names an act already reported (src/events/same-act.ts): "the raids" after "warplanes
// struck" are the strikes, done by the same side; with no earlier act of the same kind, the doer stays unnamed.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createCoder } from "../../src/index.ts";
import type { CodedEvent } from "../../src/index.ts";

const coder = createCoder();
const eventsOf = (text: string): readonly CodedEvent[] => {
  const r = coder.code({ id: "t", text, date: "2026-11-30" });
  assert.ok(r.ok);
  return r.value.events;
};

// [what, text, the sentence of the event (its first words), the source expected ("" none)]
const CASES: [string, string, string, string][] = [
  ["the raids are the strikes reported before them",
    "Israeli warplanes struck Rafah on Monday. The raids killed nine people, medics said.", "The raids", "ISRMIL"],
  ["a subject that is a definite act: the shelling's doer",
    "Sudanese troops shelled Kadugli on Sunday. The shelling wounded five civilians, aid workers said.", "The shelling", "SDNMIL"],
  ["no act reported before: the doer stays unnamed",
    "The raids killed nine people, medics said.", "The raids", ""],
  ["an earlier act of another kind names no doer of this one",
    "Egypt hosted talks in Cairo on Monday. The attack killed nine people near the border.", "The attack", ""],
  ["an indefinite act is a new one",
    "Israeli warplanes struck Rafah on Monday. A bombing killed nine people in Hebron, medics said.", "A bombing", ""],
];

for (const [what, text, sentence, source] of CASES) {
  test(`${what}: ${text}`, () => {
    const from = text.indexOf(sentence);
    const events = eventsOf(text);
    const here = events.filter((e) => e.span[0] >= from);
    const shown = JSON.stringify(events.map((e) => [e.cameo, e.source.map((s) => s.code), e.trigger, e.span]));
    assert.ok(here.length, shown);
    assert.equal(here[0]!.source.map((s) => s.code).join("+"), source, shown);
    // the evidence stays in the event's own sentence, wherever its source was named
    for (const e of here) assert.ok(e.span[0] >= from, shown);
  });
}
