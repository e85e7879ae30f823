// The real-article matcher on annotations and coded events we make up: what counts as correct, partly right,
// found, a refusal coded as the act, and a right date or country.
import { test } from "node:test";
import assert from "node:assert/strict";
import { codesMatch, matchEvents, sourceMatches } from "../../src/eval/real-match.ts";
import { annotated, coded } from "./real-fixtures.ts";

// two sentences of a made-up article: [0, 60) and [61, 120)
const S1: [number, number] = [0, 60];
const S2: [number, number] = [61, 120];

test("actor codes match when one begins with the other, never across agents or on short codes", () => {
  const cases: [string, string, boolean][] = [
    ["ISR", "ISRGOV", true], ["ISRGOV", "ISR", true], ["ISRGOV", "ISRGOV", true], ["ISRGOV", "ISRMIL", false],
    ["IGOUNO", "IGOUNOHLH", true], ["PSEREB", "PSE", true], ["SYR", "LBN", false], ["", "ISR", false], ["IS", "ISR", false],
  ];
  for (const [a, b, want] of cases) assert.equal(codesMatch(a, b), want, `${a} ~ ${b}`);
});

test("an unidentified annotated source (---) matches only a coded event that names no source", () => {
  assert.equal(sourceMatches([{ code: "---" }], []), true);
  assert.equal(sourceMatches([{ code: "---" }], coded(S1, "190", ["---"]).source), true);
  assert.equal(sourceMatches([{ code: "---" }], coded(S1, "190", ["SYRMIL"]).source), false);
  assert.equal(sourceMatches([{ code: "SYRMIL" }, { code: "RUSMIL" }], coded(S1, "195", ["RUS"]).source), true);
  assert.equal(sourceMatches([{ code: "SYRMIL" }], []), false);
});

/** [name, annotated events, coded events, expected counts (the fields named)] */
const CASES: [string, ReturnType<typeof annotated>[], ReturnType<typeof coded>[], Record<string, number>][] = [
  ["same sentence, same root, source by prefix: correct and found",
    [annotated(S1, "193", ["PHLREB"])], [coded([10, 16], "190", ["PHL"])],
    { coded: 1, correct: 1, partly: 0, annotated: 1, found: 1 }],
  ["right source, wrong root: partly right, not found",
    [annotated(S1, "193", ["PHLREB"])], [coded([10, 16], "112", ["PHLREB"])],
    { correct: 0, partly: 1, found: 0 }],
  ["right root, other agent of the same country: partly right",
    [annotated(S1, "043", ["ISRGOV"])], [coded([3, 9], "040", ["ISRMIL"])],
    { correct: 0, partly: 1, found: 0 }],
  ["the right event in the wrong sentence: neither correct nor partly",
    [annotated(S1, "0871", ["QATGOV"])], [coded([70, 80], "0871", ["QATGOV"])],
    { correct: 0, partly: 0, outside: 1, found: 0 }],
  ["an event in a sentence the annotation leaves empty counts against precision",
    [annotated(S1, "0871", ["QATGOV"])], [coded([5, 9], "0871", ["QAT"]), coded([70, 80], "010", ["USAGOV"])],
    { coded: 2, correct: 1, partly: 0, outside: 1, found: 1 }],
  ["a coded span that crosses into the sentence overlaps it",
    [annotated(S2, "195", ["---"])], [coded([55, 65], "195", [])],
    { correct: 1, found: 1 }],
  ["two coded events for one annotated event are both correct; the annotated event is found once",
    [annotated(S1, "190", ["USAMIL"])], [coded([0, 8], "190", ["USAMIL"]), coded([20, 30], "193", ["USA"])],
    { coded: 2, correct: 2, annotated: 1, found: 1 }],
  ["refusal coded as the act: a non-negated 057 where the annotation says the signing was refused",
    [annotated(S1, "127", ["PSEREB"], { refused: "057" })], [coded([12, 18], "057", ["PSEREB"])],
    { refusals: 1, refusalsAsAct: 1, correct: 0, partly: 1 }],
  ["refusal coded as a negated act or as the rejection is not counted as the act",
    [annotated(S1, "127", ["PSEREB"], { refused: "057" }), annotated(S2, "120", ["USAGOV"], { refused: "0256" })],
    [coded([12, 18], "057", ["PSEREB"], { negated: true }), coded([70, 80], "129", ["USAGOV"])],
    { refusals: 2, refusalsAsAct: 0, correct: 1, found: 1 }],
  ["a correct event with the opposite negation is counted",
    [annotated(S1, "195", ["RUSMIL"], { negated: true })], [coded([2, 9], "195", ["RUSMIL"])],
    { correct: 1, polarityWrong: 1 }],
  ["dates and countries are judged on found events only",
    [annotated(S1, "190", ["ISRMIL"], { date: "2023-12-08", country: "PSE" }), annotated(S2, "042", ["GBRGOV"], { date: "2004-12-22", country: "IRQ" })],
    [coded([2, 9], "190", ["ISRMIL"], { date: "2023-12-08", location: { name: "Gaza", country: "PSE", admin1: null, lat: null, lon: null } })],
    { datesAnnotated: 2, datesRight: 1, countriesAnnotated: 2, countriesRight: 1 }],
];

for (const [name, ann, cod, want] of CASES) {
  test(`matcher: ${name}`, () => {
    const got = matchEvents(ann, cod) as unknown as Record<string, number>;
    for (const [k, v] of Object.entries(want)) assert.equal(got[k], v, `${k}`);
  });
}
