// Issue 9: actor mentions from the parser's named entities and the tree — organisation names and people the
// knowledge base does not know, coded from their head word, the places inside them and their appositions.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createCoder } from "../../src/index.ts";

const coder = createCoder();
const actorsOf = (text: string, c = coder) => {
  const r = c.code({ id: "t", text, date: "2021-03-02" });
  assert.ok(r.ok);
  return r.value.actors;
};
const named = (text: string, surface: string, c = coder) =>
  actorsOf(text, c).find((a) => a.mentions.some((m) => m.text === surface));

// [construction, text, surface of the mention, code, kind]
const CASES: [string, string, string, string, string][] = [
  ["a country inside a front's name", "The Sudan Revolutionary Front attacked an army base in Darfur.", "Sudan Revolutionary Front", "SDNREB", "rebel"],
  ["a demonym opening a state's forces", "The Sudanese Aerospace Forces bombed the town overnight.", "Sudanese Aerospace Forces", "SDNMIL", "military"],
  ["a country's possessive", "A unit of Sudan's Storm Corps was ambushed near Kutum.", "Sudan's Storm Corps", "SDNMIL", "military"],
  ["a place of the gazetteer inside the name", "The Kachin Independence Army ambushed a convoy near Myitkyina.", "Kachin Independence Army", "MMRREB", "rebel"],
  ["brigades with no country", "The Popular Resistance Brigades fired rockets at Israel.", "Popular Resistance Brigades", "---REB", "rebel"],
  ["a movement as the object", "Congolese troops attacked the Ruzizi Liberation Movement on Sunday.", "Ruzizi Liberation Movement", "---REB", "rebel"],
  ["an of-tail with the country", "The Front for the Liberation of Chad seized two villages.", "Front for the Liberation of Chad", "TCDREB", "rebel"],
  ["a party", "The Zambian Progress Party rejected the election result.", "Zambian Progress Party", "ZMBPTY", "party"],
  ["a business", "Gunmen looted the Ruzizi Commercial Bank in Bukavu.", "Ruzizi Commercial Bank", "---BUS", "group"],
  ["a country from the apposition", "The Tarnovo Liberation Front, a Bulgarian armed group, claimed the bombing.", "Tarnovo Liberation Front", "BGRREB", "rebel"],
  ["a person in apposition to a coded title", "Hamid Belo, the rebel commander, rejected the offer.", "Hamid Belo", "---REB", "person"],
  ["a person in apposition to a demonym and title", "Osman Tarik, a Libyan general, met the envoy in Cairo.", "Osman Tarik", "LBYMIL", "person"],
  ["a person after the apposition, of a known body", "A Hamas commander, Omar Dul, was killed in the strike.", "Omar Dul", "PSEREB", "person"],
  ["the X of Y: one person of a new body", "The leader of the Kivu Liberation Movement met the envoy.", "leader of the Kivu Liberation Movement", "---REB", "person"],
  ["a title for a new body", "A spokesman for the Sudan Revolutionary Front denied the report.", "spokesman for the Sudan Revolutionary Front", "SDNREB", "person"],
  ["the X of Y: one person of a known body", "The leader of Hamas met Egyptian officials in Cairo.", "leader of Hamas", "PSEREB", "person"],
  ["the first of two conjoined names", "The Kivu Liberation Movement and the Ruzizi Front attacked Goma.", "Kivu Liberation Movement", "---REB", "rebel"],
  ["the second of two conjoined names", "The Kivu Liberation Movement and the Ruzizi Front attacked Goma.", "Ruzizi Front", "---REB", "rebel"],
];

test("issue 9: names no dictionary knows become actors coded from their parts", async (t) => {
  for (const [what, text, surface, code, kind] of CASES) {
    await t.test(`${what}: ${surface}`, () => {
      const actors = actorsOf(text);
      const found = actors.find((a) => a.mentions.some((m) => m.text === surface));
      assert.ok(found, `no actor on "${surface}" among ${JSON.stringify(actors.map((a) => `${a.mentions.map((m) => m.text)}=${a.code}`))}`);
      assert.equal(found.code, code);
      assert.equal(found.kind, kind);
    });
  }
});

test("issue 9: a person and the phrase in apposition are one actor", () => {
  const actors = actorsOf("Hamid Belo, the rebel commander, rejected the offer.");
  const belo = actors.find((a) => a.name === "Hamid Belo");
  assert.ok(belo);
  assert.deepEqual(belo.mentions.map((m) => m.text).sort(), ["Hamid Belo", "rebel commander"]);
});

test("issue 9: a known person and the title in apposition are one actor, with the person's code", () => {
  const actors = actorsOf("Khalifa Haftar, the Sudanese commander, met Putin in Moscow.");
  const haftar = actors.find((a) => a.name === "Khalifa Haftar");
  assert.ok(haftar);
  assert.equal(haftar.code, "LBYMIL");
  assert.deepEqual(haftar.mentions.map((m) => m.text).sort(), ["Khalifa Haftar", "Sudanese commander"]);
  assert.ok(!actors.some((a) => a.code === "SDNMIL"), JSON.stringify(actors.map((a) => a.code)));
});

test("issue 9: a new organisation's acronym and a new person's surname refer back to them", () => {
  const text = "The Sudan Revolutionary Front (SRF) attacked Kutum. Later the SRF withdrew. Hamid Belo, the rebel commander, spoke. Belo denied it.";
  const actors = actorsOf(text);
  const srf = actors.find((a) => a.code === "SDNREB");
  assert.ok(srf);
  assert.ok(srf.mentions.some((m) => m.text === "SRF"), JSON.stringify(srf.mentions));
  const belo = actors.find((a) => a.name === "Hamid Belo");
  assert.ok(belo?.mentions.some((m) => m.text === "Belo"), JSON.stringify(belo?.mentions));
});

test("issue 9: conjoined new names are each a source of the event", () => {
  const r = coder.code({ id: "t", text: "The Kivu Liberation Movement and the Ruzizi Front attacked Goma.", date: "2021-03-02" });
  assert.ok(r.ok);
  const sources = r.value.events.filter((e) => e.cameo.startsWith("19")).flatMap((e) => e.source.map((s) => s.name));
  assert.deepEqual([...new Set(sources)].sort(), ["Kivu Liberation Movement", "Ruzizi Front"]);
});

test("issue 9: the new actor is the event's source", () => {
  const r = coder.code({ id: "t", text: "The Sudan Revolutionary Front attacked an army base in Darfur.", date: "2021-03-02" });
  assert.ok(r.ok);
  const ev = r.value.events.find((e) => e.cameo.startsWith("19"));
  assert.ok(ev, JSON.stringify(r.value.events));
  assert.deepEqual(ev.source.map((s) => s.code), ["SDNREB"]);
});
