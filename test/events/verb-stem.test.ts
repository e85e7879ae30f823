// The verb behind an "-ing" form wink-nlp lemmatised as a noun (src/events/verb-stem.ts): each row a form, the
// verbs a pattern starts with, and the lemma expected (null: none known, the form stays as it is).
import { test } from "node:test";
import assert from "node:assert/strict";
import { verbStem } from "../../src/events/verb-stem.ts";

const HEADS = new Set(["trade", "shell", "stop", "bomb", "ship", "sing"]);
const CASES: [form: string, want: string | null][] = [
  ["trading", "trade"], // the silent "e" back
  ["shelling", "shell"], // the bare stem
  ["stopping", "stop"], // a doubled consonant undone
  ["Bombing", "bomb"], // any case
  ["singing", "sing"],
  ["meeting", null], // no pattern starts with "meet" here
  ["king", null], // too short to be a verb's "-ing"
  ["traded", null], // only "-ing" forms
];

for (const [form, want] of CASES) {
  test(`verbStem: ${form} → ${want}`, () => assert.equal(verbStem(form, (w) => HEADS.has(w)), want));
}
