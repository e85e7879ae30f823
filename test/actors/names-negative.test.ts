// Issue 9, negative cases: what the names from the parse must leave alone — knowledge-base actors, a country's
// own bodies, head words without a name, entities with no agent, people with no apposition, and coding without
// a parse.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createCoder } from "../../src/index.ts";

const coder = createCoder();
const actorsOf = (text: string, c = coder) => {
  const r = c.code({ id: "t", text, date: "2021-03-02" });
  assert.ok(r.ok);
  return r.value.actors;
};
const describe = (text: string, c = coder) => actorsOf(text, c).map((a) => `${a.mentions.map((m) => m.text).join("+")}=${a.code}/${a.kind}`);

// [what stays, text, surface, code, kind]
const KEPT: [string, string, string, string, string][] = [
  ["a knowledge-base army", "The Libyan National Army advanced on the capital.", "Libyan National Army", "LBYMIL", "military"],
  ["knowledge-base brigades", "The Qassam Brigades fired rockets at Ashkelon.", "Qassam Brigades", "PSEREB", "rebel"],
  ["a country's own army", "The Sudanese Army shelled the town overnight.", "Sudanese Army", "SDNMIL", "military"],
  ["a titled person", "Libyan commander Osman Tarik met the envoy.", "Libyan commander Osman Tarik", "LBYMIL", "person"],
];

test("issue 9: known actors and a country's own bodies keep the knowledge base's code", async (t) => {
  for (const [what, text, surface, code, kind] of KEPT) {
    await t.test(what, () => {
      const found = actorsOf(text).find((a) => a.mentions.some((m) => m.text === surface));
      assert.ok(found, describe(text).join(" | "));
      assert.equal(found.code, code);
      assert.equal(found.kind, kind);
    });
  }
});

test("issue 9: a head word opening the sentence is the agent word, not a name", () => {
  const text = "Army troops entered Kutum on Monday.";
  const found = actorsOf(text).find((a) => a.mentions.some((m) => m.text.includes("Army")));
  assert.ok(found, describe(text).join(" | "));
  assert.equal(found.code, "---MIL");
});

// [what is no actor, text, words no mention may touch]
const NONE: [string, string, string][] = [
  ["an organisation with no head word", "The Kivu Herald reported the clashes.", "Herald"],
  ["a person with no apposition", "Hamid Belo rejected the offer.", "Belo"],
  ["a place whose name ends in a head word", "Israeli troops raided a village in the West Bank.", "Bank"],
];

test("issue 9: entities with no codable agent stay out", async (t) => {
  for (const [what, text, word] of NONE) {
    await t.test(what, () => {
      assert.ok(!actorsOf(text).some((a) => a.mentions.some((m) => m.text.includes(word))), describe(text).join(" | "));
    });
  }
});

test("issue 9: without a parse the word-order chunker codes as before", () => {
  const bare = createCoder({ resources: { syntax: null } });
  const text = "The Sudan Revolutionary Front attacked an army base in Darfur.";
  const codes = actorsOf(text, bare).map((a) => a.code);
  assert.ok(!codes.includes("SDNREB"), codes.join(" "));
  assert.ok(codes.includes("SDN"), codes.join(" "));
  assert.ok(actorsOf(text).some((a) => a.code === "SDNREB"));
});

test("issue 9: a secretary general is a civilian title, not a general (so is the name in apposition to it)", () => {
  const actors = actorsOf("Omar Dul, the party's secretary general, arrived in Cairo.");
  const dul = actors.find((a) => a.name === "Omar Dul");
  assert.ok(dul, describe("Omar Dul, the party's secretary general, arrived in Cairo.").join(" | "));
  assert.ok(!dul.code.endsWith("MIL"), dul.code);
  assert.equal(dul.kind, "person");
});
