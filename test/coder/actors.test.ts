// The actors stage on sentences we wrote: codes from titles, demonyms, appositions, acronyms and coreference.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createCoder } from "../../src/index.ts";

const coder = createCoder();
const actorsOf = (text: string, date = "2020-01-15") => {
  const r = coder.code({ id: "t", text, date });
  assert.ok(r.ok);
  return r.value.actors;
};

// [text, surface of a mention, expected code, expected kind]
const CASES: [string, string, string, string][] = [
  ["Russian Foreign Minister Sergei Lavrov arrived in Ankara.", "Russian Foreign Minister Sergei Lavrov", "RUSGOV", "person"],
  ["Sudanese Defence Minister Yassin Ibrahim Yassin toured the front.", "Sudanese Defence Minister Yassin Ibrahim Yassin", "SDNGOV", "person"],
  ["The Libyan National Army (LNA) advanced. Later the LNA withdrew.", "LNA", "LBYMIL", "military"],
  ["Khalifa Haftar left Moscow on Tuesday.", "Khalifa Haftar", "LBYMIL", "person"],
  ["Iraq's national security advisor met reporters.", "Iraq's national security advisor", "IRQGOV", "person"],
  ["Hundreds of UN troops arrived in Juba.", "UN troops", "IGOUNOMIL", "igo"],
  ["A court in Guyana issued a ruling.", "court", "GUYJUD", "government"],
  ["The Kremlin said the talks had failed.", "Kremlin", "RUSGOV", "government"],
  ["Protesters gathered outside parliament.", "Protesters", "---OPP", "group"],
  ["Recep Tayyip Erdoğan spoke to Vladimir Putin by phone.", "Recep Tayyip Erdoğan", "TURGOV", "person"],
];

test("mentions are coded from the knowledge base, titles and demonyms", async (t) => {
  for (const [text, surface, code, kind] of CASES) {
    await t.test(`${surface} in "${text}"`, () => {
      const actors = actorsOf(text);
      const found = actors.find((a) => a.mentions.some((m) => m.text.includes(surface) || surface.includes(m.text)));
      assert.ok(found, `no actor for "${surface}" among ${JSON.stringify(actors.map((a) => a.mentions.map((m) => m.text)))}`);
      assert.equal(found.code, code);
      assert.equal(found.kind, kind);
    });
  }
});

test("offsets of every mention point at its text", () => {
  const text = "Turkish President Recep Tayyip Erdoğan met Haftar's envoy. He said the army would withdraw.";
  const r = coder.code({ id: "t", text, date: "2020-01-15" });
  assert.ok(r.ok);
  for (const a of r.value.actors) for (const m of a.mentions) assert.equal(r.value.article.text.slice(m.start, m.end), m.text);
});

test("he, surnames and 'the general' refer back to the person named before", () => {
  const text = "Libyan commander General Khalifa Haftar arrived in Moscow. Haftar met officials. He refused to sign.";
  const actors = actorsOf(text);
  const haftar = actors.find((a) => a.name === "Khalifa Haftar");
  assert.ok(haftar);
  assert.ok(haftar.mentions.length >= 3, JSON.stringify(haftar.mentions));
});

test("a country after 'in' is a place, not an actor; the same name as a subject is an actor", () => {
  assert.ok(!actorsOf("Talks were held in Moscow on Monday.").some((a) => a.code === "RUS"));
  assert.ok(actorsOf("Moscow rejected the proposal.").some((a) => a.code.startsWith("RUS")));
});

test("lower-case words that spell a country code are not actors", () => {
  for (const s of ["He told us the road was closed.", "Who will pay for the damage?"]) {
    assert.deepEqual(actorsOf(s).filter((a) => a.kind === "state" || a.kind === "igo"), [], s);
  }
});
