// Coreference (src/coref/) on texts we wrote: each anaphor becomes a mention of the actor it refers to, with its own
// offsets and a pointer to its antecedent; events whose subject is a pronoun get that actor (issue 10).
import { test } from "node:test";
import assert from "node:assert/strict";
import { createCoder } from "../../src/index.ts";
import { runPipeline, STAGES } from "../../src/pipeline.ts";
import type { ActorMention, Doc } from "../../src/doc.ts";

const coder = createCoder();

/** the mentions after the coref stage (the Doc keeps `antecedent`, which the output contract leaves out) */
function mentionsOf(text: string): { text: string; mentions: readonly ActorMention[] } {
  const upto = STAGES.slice(0, STAGES.findIndex((s) => s.name === "coref") + 1);
  const start: Doc = { id: "t", article: { text, title: null, author: null, source: null, published: "2024-03-10", url: null }, reference: new Date("2024-03-10T00:00:00Z") };
  return { text, mentions: runPipeline(start, coder.context, upto).mentions ?? [] };
}

// [text, the anaphor as written (its n-th occurrence, 0-based), expected code(s), expected antecedent text]
const RESOLVED: readonly [string, string, number, readonly string[], string][] = [
  ["The Sudanese army said it would withdraw from the border.", "it", 0, ["SDNMIL"], "Sudanese army"],
  ["Libyan commander General Khalifa Haftar arrived in Moscow on Monday. He ordered his troops to attack the rebels.", "He", 0, ["LBYMIL"], "Libyan commander General Khalifa Haftar"],
  ["Hamas fired rockets at Israel on Sunday. The group claimed the attack in a statement.", "The group", 0, ["PSEREB"], "Hamas"],
  ["Armenia and Azerbaijan signed a truce in May. Both sides accused each other of violating it.", "Both sides", 0, ["ARM", "AZE"], ""],
  // "both countries": the states of the two actors, whoever in them was named
  ["British Foreign Secretary Jack Straw met Indian officials in Delhi. Media reports in both countries praised the talks.", "both countries", 0, ["GBR", "IND"], ""],
  ["Ethiopia rejected the plan on Friday. The country said it would defend its borders.", "The country", 0, ["ETH"], "Ethiopia"],
  ["Russia's foreign ministry condemned the strike. It said the ambassador would be summoned.", "It", 0, ["RUSGOV"], "Russia's foreign ministry"],
  ["Houthi rebels attacked a ship in the Red Sea. They said they would continue until the war ends.", "They", 0, ["YEMREB"], "Houthi rebels"],
  // an agent word the actors stage could not place takes the actor of its kind
  ["ISIL fighters seized the town on Monday. The militants executed five men.", "militants", 0, ["IMGMUSISI"], "ISIL fighters"],
  // a chain: the second pronoun takes the first one's actor, and names the first one as its antecedent
  ["Houthi rebels attacked a ship in the Red Sea. They said they would continue until the war ends.", "they", 0, ["YEMREB"], "They"],
  // binding: "him" is not Putin, the subject of its own clause
  ["Erdoğan met Putin in Sochi. Putin thanked him for the talks.", "him", 0, ["TURGOV"], "Erdoğan"],
  // inside a quote, "he" is not the quote's speaker
  ["Fayez al-Sarraj refused to meet Khalifa Haftar. “He must resign,” Haftar said.", "He", 0, ["LBYGOV"], "Fayez al-Sarraj"],
];

test("anaphors are resolved to the actor they refer to", async (t) => {
  for (const [text, anaphor, nth, codes, antecedent] of RESOLVED) {
    await t.test(`"${anaphor}" in "${text}"`, () => {
      const { mentions } = mentionsOf(text);
      let at = -1;
      for (let k = 0; k <= nth; k++) at = text.indexOf(anaphor, at + 1);
      const here = mentions.filter((m) => m.start === at && m.end === at + anaphor.length);
      assert.deepEqual(here.map((m) => m.code).sort(), [...codes].sort(), JSON.stringify(mentions.map((m) => [m.text, m.code, m.via])));
      for (const m of here) {
        assert.equal(m.via, "coref");
        assert.ok(m.antecedent, "no antecedent");
        assert.equal(text.slice(m.antecedent.start, m.antecedent.end), m.antecedent.text);
        if (antecedent) assert.equal(m.antecedent.text, antecedent);
      }
    });
  }
});

test("anaphor mentions keep their own offsets on text with accents", () => {
  const text = "Recep Tayyip Erdoğan arrived in Ankara after talks with Médecins Sans Frontières. Then he met the Ministry of Défense.";
  const { mentions } = mentionsOf(text);
  const he = mentions.find((m) => m.via === "coref" && m.text === "he");
  assert.ok(he, JSON.stringify(mentions.map((m) => m.text)));
  assert.equal(text.slice(he.start, he.end), "he");
  assert.equal(he.start, text.indexOf(" he ") + 1);
  assert.equal(he.code, "TURGOV");
  assert.equal(he.antecedent?.text, "Recep Tayyip Erdoğan");
});

test("an event whose subject is a pronoun gets the actor the pronoun refers to", () => {
  const text = "The Sudanese army shelled the town. It accused Chad of harbouring rebels.";
  const r = coder.code({ id: "t", text, date: "2024-03-10" });
  assert.ok(r.ok);
  const second = text.indexOf("It accused");
  const accuse = r.value.events.find((e) => e.cameo.startsWith("11") && e.span[0] >= second);
  assert.ok(accuse, JSON.stringify(r.value.events.map((e) => [e.cameo, e.span])));
  assert.deepEqual(accuse.source.map((s) => s.code), ["SDNMIL"]);
  // and the output contract still holds: the pronoun is one more mention of the army, pointing at its own text
  const army = r.value.actors.find((a) => a.code === "SDNMIL");
  assert.ok(army?.mentions.some((m) => m.text === "It" && m.start === second));
});
