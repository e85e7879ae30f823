// What output of the coder finds a fact a careful reader lists, on made-up articles and coded output.
import { test } from "node:test";
import assert from "node:assert/strict";
import { factFound } from "../../src/eval/real-facts.ts";
import { article, coded, fact, truce } from "./real-fixtures.ts";

const TEXT = "Rebels killed 12 soldiers near the river on Monday. Envoys of both sides held talks in Geneva.";
const S1: [number, number] = [0, 51];
const S2: [number, number] = [52, TEXT.length];
const geneva = { name: "Geneva", country: "CHE", admin1: null, lat: null, lon: null };

/** [name, fact, coded events, ceasefire statuses, found] */
const CASES: [string, ReturnType<typeof fact>, ReturnType<typeof coded>[], Parameters<typeof truce>[0][], boolean][] = [
  ["a killing with the count the export reads", fact(S1, "killed", { count: 12 }), [coded([7, 13], "190", ["REB"])], [], true],
  ["a killing whose count the sentence does not give as annotated", fact(S1, "killed", { count: 13 }), [coded([7, 13], "190", ["REB"])], [], false],
  ["a killing without a violent event in its sentence", fact(S1, "killed"), [coded([7, 13], "111", ["REB"])], [], false],
  ["a killing coded as negated is not found", fact(S1, "killed"), [coded([7, 13], "190", ["REB"], { negated: true })], [], false],
  ["an attack found by a violent event of another sentence is not found", fact(S2, "attack"), [coded([7, 13], "190", ["REB"])], [], false],
  ["talks held in a place, with that location", fact(S2, "talks_held", { place: { name: "Geneva", country: "CHE" } }), [coded([72, 82], "040", ["---"], { location: geneva })], [], true],
  ["talks held in a place, coded without a location", fact(S2, "talks_held", { place: { name: "Geneva", country: "CHE" } }), [coded([72, 82], "040", [])], [], false],
  ["talks held, no place annotated", fact(S2, "talks_held"), [coded([72, 82], "046", [])], [], true],
  ["a declared truce found by a record that went on to be violated", fact(S1, "truce_declared"), [], ["violated"], true],
  ["a declared truce is not found by a record that stayed proposed", fact(S1, "truce_declared"), [], ["proposed"], false],
  ["a proposed truce is found by any record", fact(S1, "truce_proposed"), [], ["declared"], true],
  ["a proposed truce needs a record", fact(S1, "truce_proposed"), [], [], false],
  ["a collapsed truce needs a collapsed record", fact(S1, "truce_collapsed"), [], ["violated"], false],
  ["an ended truce is found by a collapsed record", fact(S1, "truce_ended"), [], ["collapsed"], true],
  ["a truce not reached: every record stayed proposed", fact(S1, "truce_not_declared"), [], ["proposed", "proposed"], true],
  ["a truce not reached, coded as declared", fact(S1, "truce_not_declared"), [], ["proposed", "declared"], false],
  ["a truce not reached, with no record at all", fact(S1, "truce_not_declared"), [], [], false],
];

for (const [name, f, events, statuses, want] of CASES) {
  test(`fact found: ${name}`, () => {
    assert.equal(factFound(f, article(TEXT, events, statuses.map(truce))), want);
  });
}
