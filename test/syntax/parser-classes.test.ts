/**
 * The parser's word classes (src/syntax/parser-classes.ts): each word's c64, c256 and c1024 class + 1, looked up in
 * lower case, the fixed NO_CLASS outside the vocabulary; placed in the parser values after the "none" and root slots.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { loadWordClasses, wordClasses, type ClassColumn } from "../../src/syntax/ner-classes.ts";
import { NO_CLASS, PARSER_CLASS_COLUMNS, parserClassIds } from "../../src/syntax/parser-classes.ts";
import { valuesOf } from "../../src/syntax/parser-features.ts";

const words = ["rebels", "attacked", "the", "town", "."];
const columns: ClassColumn[] = [
  { name: "c64", size: 64, values: Uint16Array.from([3, 5, 0, 3, 63]) },
  { name: "c256", size: 256, values: Uint16Array.from([30, 51, 1, 31, 255]) },
  { name: "c1024", size: 1024, values: Uint16Array.from([300, 512, 2, 310, 1023]) },
  { name: "wn", size: 4, values: Uint16Array.from([1, 2, 3, 1, 0]) },
];
const small = wordClasses(words, columns);

/** [sentence, expected ids per column (c64, c256, c1024)] */
const cases: [string, number[][]][] = [
  ["rebels attacked the town .", [[4, 6, 1, 4, 64], [31, 52, 2, 32, 256], [301, 513, 3, 311, 1024]]],
  ["Rebels ATTACKED The Town .", [[4, 6, 1, 4, 64], [31, 52, 2, 32, 256], [301, 513, 3, 311, 1024]]],
  ["Haftar attacked Kidal", [[NO_CLASS, 6, NO_CLASS], [NO_CLASS, 52, NO_CLASS], [NO_CLASS, 513, NO_CLASS]]],
  ["", [[], [], []]],
];
for (const [sentence, expected] of cases) {
  test(`parser classes: "${sentence}"`, () => {
    const forms = sentence.split(" ").filter(Boolean);
    assert.deepEqual(parserClassIds(forms, small), expected);
  });
}

test("parser classes: without word classes every word has NO_CLASS", () => {
  assert.deepEqual(parserClassIds(["Rebels", "attacked"], null), [[NO_CLASS, NO_CLASS], [NO_CLASS, NO_CLASS], [NO_CLASS, NO_CLASS]]);
});

test("parser classes: the parser values hold what the shipped clusters file says, word w at index w + 1", () => {
  const loaded = loadWordClasses();
  assert.ok(loaded.ok, loaded.ok ? "" : loaded.error.message);
  const classes = loaded.value;
  const forms = ["The", "UN", "brokered", "a", "ceasefire", "in", "Qwzxyville", "on", "Monday", "."];
  const v = valuesOf(forms, forms.map(() => "X"), forms.map(() => "_"), classes);
  const arrays = [v.c64, v.c256, v.c1024];
  PARSER_CLASS_COLUMNS.forEach((name, c) => {
    const values = classes.column(name)?.values;
    assert.ok(values, `the shipped clusters have a column ${name}`);
    const got = arrays[c] as Uint32Array;
    assert.equal(got.length, forms.length + 2);
    forms.forEach((f, i) => {
      const at = classes.indexOf(f.toLowerCase());
      assert.equal(got[i + 2], at < 0 ? NO_CLASS : (values[at] as number) + 1, `${name} of "${f}"`);
    });
    assert.notEqual(got[0], got[1], "the none and root slots differ");
  });
  assert.equal(v.c256[2 + 6], NO_CLASS, "an unknown word has NO_CLASS");
  assert.notEqual(v.c256[2 + 4], NO_CLASS, "ceasefire is in the vocabulary");
});
