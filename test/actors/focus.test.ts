// The article's country for agents it names without one (src/actors/focus.ts): in a story set in one country,
// "police", "the regime", "army artillery" are that country's; with no leading country they stay without one.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createCoder } from "../../src/index.ts";
import { focusCountry } from "../../src/actors/focus.ts";
import { runPipeline, STAGES } from "../../src/pipeline.ts";
import type { Doc } from "../../src/doc.ts";

const coder = createCoder();
const actorsOf = (text: string) => {
  const r = coder.code({ id: "t", text, date: "2024-03-10" });
  assert.ok(r.ok);
  return r.value.actors;
};

// [what, text, surface of the agent's mention, code expected]
const CASES: [string, string, string, string][] = [
  ["police in a story set in one country",
    "Protests spread across Egypt on Friday. In Cairo and Alexandria, police arrested dozens of students.", "police", "EGYCOP"],
  ["the regime in a story set in one country",
    "Aleppo and Idlib were bombed again in northern Syria. The regime said the strikes hit militants.", "regime", "SYRGOV"],
  ["an agent that refers to an actor named earlier keeps that actor's country",
    "Ethiopia's army entered Somalia on Monday. Somalia protested and Somalia's president flew to Mogadishu. The army said it would stay.", "army", "ETHMIL"],
  ["a pronoun resolved to the agent is the same actor, in the same country",
    "Protests spread across Egypt on Friday. In Cairo and Alexandria, police arrested dozens of students. They said the students had blocked roads.", "They", "EGYCOP"],
  ["a story set in one country by its places, though the powers it names are named as often",
    "The United States and Russia agreed a truce for Syria. US officials said they would monitor it. In Aleppo, Idlib and Homs, regime forces shelled rebel districts on Monday.",
    "regime forces", "SYRMIL"],
  ["no leading country: the agent stays without one",
    "Kenya and Uganda signed a border pact. Police said the crossing would reopen.", "Police", "---COP"],
];

for (const [what, text, surface, code] of CASES) {
  test(`${what}: ${surface}`, () => {
    const actors = actorsOf(text);
    const found = actors.find((a) => a.mentions.some((m) => m.text === surface));
    const shown = JSON.stringify(actors.map((a) => [a.code, a.mentions.map((m) => m.text)]));
    assert.ok(found, shown);
    assert.equal(found.code, code, shown);
  });
}

test("the focus is where the places are, else the country named most often by actors and places, none on a tie", () => {
  const upto = STAGES.slice(0, STAGES.findIndex((s) => s.name === "places") + 1);
  const doc = (text: string): Doc =>
    runPipeline({ id: "t", article: { text, title: null, author: null, source: null, published: "2024-03-10", url: null }, reference: new Date("2024-03-10T00:00:00Z") }, coder.context, upto);
  assert.equal(focusCountry(doc("Sudanese troops shelled Omdurman. Khartoum said Chad had armed the rebels.")), "SDN");
  assert.equal(focusCountry(doc("Kenya and Uganda signed a border pact.")), null);
  assert.equal(focusCountry(doc("US officials met Russian officials. US envoys flew home. In Aleppo, Idlib, Homs and Hama, shelling went on.")), "SYR");
});
