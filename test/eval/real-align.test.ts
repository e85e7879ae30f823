// Offsets in a corpus record's text carried over to the coder's clean body, which differs in whitespace only.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spanMapper } from "../../src/eval/real-align.ts";

/** [raw, clean, span in raw, span in clean] */
const CASES: [string, string, [number, number], [number, number]][] = [
  ["Talks began.\n\nThey failed.", "Talks began.\nThey failed.", [14, 26], [13, 25]],
  ["Talks began.\n\nThey failed.", "Talks began.\nThey failed.", [0, 12], [0, 12]],
  ["Aleppo. \t \tThe army shelled it.", "Aleppo. The army shelled it.", [11, 31], [8, 28]],
  ["Same text.", "Same text.", [5, 10], [5, 10]],
  // a span that begins on whitespace begins at the next character that is kept
  ["One.\n\n\nTwo.", "One.\nTwo.", [5, 11], [5, 9]],
  ["Trailing.  \n", "Trailing.", [0, 12], [0, 9]],
];

for (const [raw, clean, from, to] of CASES) {
  test(`span ${JSON.stringify(raw.slice(from[0], from[1]))} is carried to the clean body`, () => {
    const map = spanMapper(raw, clean);
    assert.ok(map.ok);
    assert.deepEqual(map.value(from), to);
    assert.equal(clean.slice(...map.value(from)).replace(/\s+/g, " ").trim(), raw.slice(...from).replace(/\s+/g, " ").trim());
  });
}

test("a clean body that differs beyond whitespace is an error, not a guess", () => {
  for (const [raw, clean] of [["Talks began.", "Talks begun."], ["Talks began.", "Talks began. Share this"], ["Talks began. Read more", "Talks began."]]) {
    const map = spanMapper(raw!, clean!);
    assert.equal(map.ok, false, `${raw} / ${clean}`);
  }
});
