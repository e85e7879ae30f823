// Issue 9: the head words of organisation names (data/actors/name-heads.tsv) load through a validating loader
// that names every bad line.
import { test } from "node:test";
import assert from "node:assert/strict";
import { loadNameHeads, parseNameHeads } from "../../src/actors/name-heads.ts";

const HEADER = "words\tstate\tnonstate\n";

test("issue 9: the shipped head words load, with a state's and a named body's agent", () => {
  const heads = loadNameHeads();
  assert.deepEqual(heads.get("front"), { state: "REB", nonstate: "REB" });
  assert.deepEqual(heads.get("army"), { state: "MIL", nonstate: "REB" });
  assert.deepEqual(heads.get("party"), { state: "PTY", nonstate: "PTY" });
  assert.deepEqual(heads.get("ministry"), { state: "GOV", nonstate: "GOV" });
});

// [what is wrong, file text, message expected]
const BAD: [string, string, RegExp][] = [
  ["an unknown agent code", `${HEADER}front\tREB\tXYZ\n`, /name-heads\.tsv:2: agent code "XYZ" has unknown part "XYZ"/],
  ["two agents in one cell", `${HEADER}front\tREBMIL\tREB\n`, /name-heads\.tsv:2: agent "REBMIL" is not one three-letter agent code/],
  ["a word listed twice", `${HEADER}front\tREB\tREB\n# note\nfronts|front\tREB\tREB\n`, /name-heads\.tsv:4: "front" is listed twice/],
  ["a phrase, not one word", `${HEADER}liberation front\tREB\tREB\n`, /name-heads\.tsv:2: "liberation front" is not one word/],
  ["a wrong header", "words\tcode\nfront\tREB\n", /name-heads\.tsv:1: header is/],
  ["a missing cell", `${HEADER}front\tREB\n`, /name-heads\.tsv:2: 2 columns, expected 3/],
];

test("issue 9: a broken head-word file is refused with FILE:LINE for each problem", async (t) => {
  for (const [what, text, message] of BAD) {
    await t.test(what, () => {
      const r = parseNameHeads(text);
      assert.equal(r.ok, false);
      if (!r.ok) assert.match(r.error.message, message);
    });
  }
});
