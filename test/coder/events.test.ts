// End-to-end coding of single sentences we wrote: CAMEO code, source and target actor codes, negation, modality.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createCoder } from "../../src/index.ts";

const coder = createCoder();
const code = (text: string, date = "2020-01-15") => {
  const r = coder.code({ id: "t", text, date });
  assert.ok(r.ok, r.ok ? "" : r.error.message);
  return r.value;
};

// [sentence, cameo code prefix, source code, target code]
const CASES: [string, string, string, string][] = [
  ["Russian Foreign Minister Sergei Lavrov met his Turkish counterpart in Moscow on Monday.", "04", "RUSGOV", "TUR"],
  ["Turkish warplanes bombed Kurdish positions near the Syrian border on Sunday.", "19", "TUR", ""],
  ["Rebels shelled the town of Misrata overnight.", "194", "---REB", ""],
  ["The Libyan National Army attacked Tripoli airport on Saturday.", "19", "LBYMIL", ""],
  // a third party brokering a truce mediates (CAMEO 045; PETRARCH codes BROKER * CEASEFIRE so)
  ["Egypt and Qatar brokered a ceasefire between Israel and Hamas.", "045", "EGY", "ISR"],
  ["Hamas accused Israel of violating the truce.", "112", "PSEREB", "ISR"],
  // a vote against is a rejection (CAMEO 120)
  ["Kenya voted against the resolution in the General Assembly.", "120", "KEN", ""],
  ["The Security Council urged both sides to halt the fighting.", "0256", "IGOUNO", ""],
  ["Police arrested dozens of protesters in Khartoum on Friday.", "173", "---COP", "SDNOPP"],
  ["Thousands of protesters marched through Beirut on Saturday.", "14", "---OPP", ""],
  ["The European Union imposed new sanctions on Iran.", "163", "IGOEUREEC", "IRN"],
  ["Ukraine was shelled by Russian forces overnight.", "194", "RUSMIL", "UKR"],
  ["Indian and Pakistani troops exchanged fire along the Line of Control.", "19", "IND", ""],
  ["The Kremlin condemned the decision by Washington.", "11", "RUSGOV", ""],
  ["Kenya deported two Somali journalists on Tuesday.", "174", "KEN", "SOM"],
  ["Ethiopia and Eritrea signed a peace agreement in Riyadh.", "057", "ETH", "ERI"],
  // a pattern whose subject undergoes the act: the one who gave is the source
  ["Ukraine received weapons from the United States on Monday.", "072", "USA", "UKR"],
  // a verb after "and" shares the subject of the verb before it
  ["The Kenyan government condemned an attack by Somali militants in northern Somalia and deported two Somali journalists.", "174", "KENGOV", "SOM"],
  // an unresolved pronoun subject of a later verb is the subject before it
  ["Egypt urged Hamas on Monday to accept the plan, and then it demanded that Israel reopen the crossing.", "10", "EGY", "ISR"],
];

test("sentences are coded with the expected event and dyad", async (t) => {
  for (const [sentence, cameo, source, target] of CASES) {
    await t.test(sentence, () => {
      const a = code(sentence);
      const hit = a.events.find((e) => e.cameo.startsWith(cameo) && !e.negated);
      assert.ok(hit, `no ${cameo} event in ${JSON.stringify(a.events.map((e) => [e.cameo, e.trigger]))}`);
      if (source) assert.ok(hit.source.some((s) => s.code.startsWith(source)), `source ${JSON.stringify(hit.source)}`);
      if (target) assert.ok(hit.target.some((s) => s.code.startsWith(target)), `target ${JSON.stringify(hit.target)}`);
    });
  }
});

// [sentence, cameo prefix of the event, negated, modality]
const MOODS: [string, string, boolean, string][] = [
  ["Haftar did not sign the ceasefire agreement in Moscow.", "057", true, "asserted"],
  ["The rebels refused to discuss the proposal.", "12", false, "asserted"],
  ["Turkey threatened to attack Kurdish fighters in Syria.", "13", false, "hypothetical"],
  ["The United Nations called for an immediate ceasefire in Libya.", "02", false, "requested"],
  ["Russia will send peacekeepers to Nagorno-Karabakh.", "03", false, "intended"],
];

test("negation and modality are read from the words before the verb", async (t) => {
  for (const [sentence, cameo, negated, modality] of MOODS) {
    await t.test(sentence, () => {
      const e = code(sentence).events.find((x) => x.cameo.startsWith(cameo));
      assert.ok(e, `no ${cameo} event`);
      assert.equal(e.negated, negated);
      assert.equal(e.modality, modality);
    });
  }
});

test("every event carries codebook facts, an evidence span and the day it happened", () => {
  const a = code("Israeli jets struck targets in Gaza on Monday, the army said.");
  const e = a.events[0]!;
  assert.equal(e.cameo.slice(0, 2), "19");
  assert.equal(e.quad_class, 4);
  assert.ok(e.goldstein < 0);
  assert.equal(e.plover, "ASSAULT");
  assert.ok(e.acled);
  assert.equal(e.date, "2020-01-13");
  assert.equal(e.date_precision, "day");
  assert.equal(e.location?.country, "PSE");
  assert.equal(a.article.text.slice(e.span[0], e.span[1]).includes("struck"), true);
});

test("a sentence without an event gives none", () => {
  for (const s of ["The weather in Geneva was mild this week.", "Shares rose sharply in Tokyo."]) {
    assert.deepEqual(code(s).events, [], s);
  }
});
