// A genitive that lost its apostrophe ("Syrias army"), as text stripped of apostrophes writes it: a country's name
// plus "s" is the country, and words that merely end in "s" stay what they are.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createCoder } from "../../src/index.ts";

const coder = createCoder();
const actorsOf = (text: string) => {
  const r = coder.code({ id: "t", text, date: "2021-03-02" });
  assert.ok(r.ok);
  return r.value.actors;
};

// [text, surface of the mention, code expected (null: no actor with that surface)]
const CASES: [string, string, string | null][] = [
  ["Syrias armed forces on Monday blamed rebel groups for the collapse of the truce.", "Syrias armed forces", "SYRMIL"],
  ["Russias foreign ministry condemned the attack on the embassy.", "Russias foreign ministry", "RUSGOV"],
  ["Kenyas police arrested two journalists in Nairobi.", "Kenyas police", "KENCOP"],
  // a name that is itself a country, ending in "s", is that country
  ["The Philippines army attacked the rebels on Mindanao.", "Philippines army", "PHLMIL"],
  // with its apostrophe, as before
  ["Syria's army shelled the town.", "Syria's army", "SYRMIL"],
  // a known name ending in "s" keeps its own entry: "Emirates" is not "Emirate" plus "s"
  ["The Emirates condemned the attack on the tanker.", "Emirates", "ARE"],
];

for (const [text, surface, code] of CASES) {
  test(`"${surface}" in: ${text}`, () => {
    const actors = actorsOf(text);
    const found = actors.find((a) => a.mentions.some((m) => m.text.endsWith(surface)));
    const shown = JSON.stringify(actors.map((a) => [a.code, a.mentions.map((m) => m.text)]));
    if (code === null) return assert.equal(found, undefined, shown);
    assert.ok(found, shown);
    assert.equal(found.code, code, shown);
  });
}
