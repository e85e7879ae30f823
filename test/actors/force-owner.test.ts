// A government owning an act of military force is its military (src/actors/force-owner.ts): "Syrian government
// shelling" is SYRMIL's; a government that condemns the raids or is their target stays the government.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createCoder } from "../../src/index.ts";

const coder = createCoder();

// [what, text, surface of the government's mention, the code expected for its actor]
const CASES: [string, string, string, string][] = [
  ["a compound owner of a force noun", "Syrian government shelling killed 11 people in Jisreen.", "Syrian government", "SYRMIL"],
  ["through a chain of compounds", "On Thursday 23 civilians were killed in regime air raids on a town.", "regime", "---MIL"],
  ["a possessor of a force noun", "The government's bombardment of Aleppo continued for a third day.", "government", "---MIL"],
  ["a government that condemns the raids stays the government", "The Syrian government condemned the air raids on Idlib.", "Syrian government", "SYRGOV"],
  ["a government's decision is no force", "Israeli police arrested ten protesters after the Israeli government's decision.", "Israeli government", "ISRGOV"],
];

for (const [what, text, surface, code] of CASES) {
  test(`${what}: ${text}`, () => {
    const r = coder.code({ id: "t", text, date: "2024-03-10" });
    assert.ok(r.ok);
    const actors = r.value.actors;
    const shown = JSON.stringify(actors.map((a) => [a.code, a.mentions.map((m) => m.text)]));
    const found = actors.find((a) => a.mentions.some((m) => m.text === surface || m.text === `${surface}'s`));
    assert.ok(found, shown);
    assert.equal(found.code, code, shown);
    // the event's source is that same actor
    for (const e of r.value.events) for (const s of e.source) if (s.actor === found.id) assert.equal(s.code, code);
  });
}
