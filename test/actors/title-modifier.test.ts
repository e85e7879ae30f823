// A lower-case noun or adjective that the tree makes a modifier of a title ("peace envoy", "immigration
// authorities", "battle tanks") is part of the actor phrase: the country or body before it codes the whole, and a
// titled person of a body is coded as the body. Each row: a sentence we wrote, the actors expected (code: mention)
// and codes that must not be there.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createCoder } from "../../src/index.ts";

const coder = createCoder();
const actorsOf = (text: string) => {
  const r = coder.code({ id: "t", text, date: "2026-11-30" });
  assert.ok(r.ok);
  return r.value.actors.map((a) => `${a.code}:${a.mentions.map((m) => m.text).join("+")}`);
};

const CASES: [string, string[], string[]][] = [
  ["UN Middle East peace envoy Maria Okafor said the talks would resume.", ["IGOUNOGOV:UN Middle East peace envoy Maria Okafor"], ["---GOV"]],
  ["Kenyan immigration authorities deported 40 Somali migrants on Monday.", ["KENGOV:Kenyan immigration authorities"], ["---GOV"]],
  ["Ethiopian battle tanks fired on the town of Humera.", ["ETHMIL:Ethiopian battle tanks"], ["---MIL"]],
  ["Angry Tunisian dock workers blocked the port of Sfax.", ["TUNLAB:Tunisian dock workers"], ["---LAB"]],
  // an official of the military or of defence is the military's, as its officers are (data/actors/agents.tsv)
  ["A US military official said the drones were shot down over the Red Sea.", ["USAMIL:US military official"], ["USAGOV"]],
  ["A senior Kenyan defence official denied the report.", ["KENMIL:Kenyan defence official"], ["KENGOV"]],
  // a generic role of government named for a body of another sector is of that body (src/actors/chunk.ts, sectorOf)
  ["Sudanese rebel officials said the convoy had been attacked.", ["SDNREB:Sudanese rebel officials"], ["SDNGOV"]],
  ["A Kenyan opposition spokesman rejected the results.", ["KENOPP:Kenyan opposition spokesman"], ["KENGOV"]],
  ["Ugandan business leaders called for the border to reopen.", ["UGABUS:Ugandan business leaders"], ["UGAGOV"]],
  // fighters named for a government are its forces
  ["Syrian regime fighters shelled the town of Daraa.", ["SYRMIL:Syrian regime fighters"], ["SYRREB"]],
  // a modifier that the tree does not put inside the phrase keeps the two apart
  ["Kenya said on Monday that police had arrested two men.", ["KEN:Kenya"], ["KENCOP"]],
];

for (const [text, want, not] of CASES) {
  test(text, () => {
    const actors = actorsOf(text);
    for (const w of want) assert.ok(actors.includes(w), `${w} in ${actors.join(" | ")}`);
    for (const n of not) assert.ok(!actors.some((a) => a.startsWith(n)), `${n} not in ${actors.join(" | ")}`);
  });
}
