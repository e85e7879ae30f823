import { test } from "node:test";
import assert from "node:assert/strict";
import { trucesStage } from "../../src/truces/stage.ts";
import type { Context } from "../../src/stage.ts";
import { handDoc, type HandDoc } from "../quotes/hand-doc.ts";

const ctx = {} as Context;

const NONE: readonly (readonly [string, string, HandDoc])[] = [
  ["fighting without any truce", "Haftar's forces shelled the airport and renewed their offensive on Tripoli.", {
    mentions: [{ text: "Haftar", key: "haftar" }],
    events: [{ trigger: "shelled", cameo: "194", source: ["haftar"], date: "2020-01-14" }] }],
  ["a peace conference without a truce", "Diplomats met in Berlin to discuss an arms embargo.", {}],
  ["a sign event about trade", "Russia signed a grain agreement with Egypt.", {
    events: [{ trigger: "signed", cameo: "057", source: ["russia"] }] }],
];

for (const [name, text, spec] of NONE) {
  test(`truces: none for ${name}`, () => {
    assert.deepEqual(trucesStage.run(handDoc(text, spec), ctx).ceasefires, []);
  });
}

const NOT_STATUS: readonly (readonly [string, string, string])[] = [
  ["a hedged collapse is not a collapse", "Diplomats fear the truce could collapse within days.", "declared"],
  ["a refusal alone leaves the truce proposed", "Haftar refused to sign the ceasefire.", "proposed"],
  ["shelling before the effective date is no violation", "The ceasefire takes effect on Sunday.", "declared"],
];

for (const [name, text, status] of NOT_STATUS) {
  test(`truces: ${name}`, () => {
    const spec: HandDoc = name.startsWith("shelling")
      ? { published: "2020-01-10", dates: [{ text: "on Sunday", date: "2020-01-12" }],
        mentions: [{ text: "ceasefire", key: "x" }],
        events: [{ trigger: "takes", cameo: "194", source: ["x"], date: "2020-01-10" }] }
      : {};
    assert.equal(trucesStage.run(handDoc(text, spec), ctx).ceasefires?.[0]?.status, status);
  });
}

test("truces: two ceasefires in two countries", () => {
  const text = "A truce in Libya held near Tripoli. The truce in Tripoli was fragile. " +
    "In Yemen a separate truce around Hodeidah collapsed. The Hodeidah truce had lasted a week.";
  const doc = handDoc(text);
  const places = ["Tripoli", "Hodeidah"].flatMap((name) => {
    const out = [];
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      const sentence = doc.sentences?.findIndex((s) => i >= s.start && i < s.end) ?? -1;
      out.push({ name, country: name === "Tripoli" ? "LBY" : "YEM", admin1: null, lat: null, lon: null,
        start: i, end: i + name.length, text: name, sentence });
    }
    return out;
  });
  const got = trucesStage.run({ ...doc, places }, ctx).ceasefires ?? [];
  assert.deepEqual(got.map((c) => [c.country, c.status]), [["LBY", "in_force"], ["YEM", "collapsed"]]);
});
