/**
 * The parser's word classes (src/syntax/parser-classes.ts): each word's c64, c256 and c1024 class + 1, looked up in
 * lower case, the fixed NO_CLASS outside the vocabulary; placed in the parser values after the "none" and root slots;
 * read only for weights whose syntax.json says they were trained with them.
 */
import assert from "node:assert/strict";
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { MODEL_DIR } from "../../src/syntax/models.ts";
import { CLASSES_FILE, loadWordClasses, wordClasses, type ClassColumn } from "../../src/syntax/ner-classes.ts";
import { NO_CLASS, PARSER_CLASS_COLUMNS, loadParserClasses, parserClassesMeta, parserClassIds } from "../../src/syntax/parser-classes.ts";
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

test("parser classes: without word classes every word has NO_CLASS, and the parser values turn the features off", () => {
  assert.deepEqual(parserClassIds(["Rebels", "attacked"], null), [[NO_CLASS, NO_CLASS], [NO_CLASS, NO_CLASS], [NO_CLASS, NO_CLASS]]);
  assert.equal(valuesOf(["Rebels", "attacked"], ["NOUN", "VERB"], ["NNS", "VBD"], null).classes, false);
  assert.equal(valuesOf(["Rebels", "attacked"], ["NOUN", "VERB"], ["NNS", "VBD"], small).classes, true);
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

test("parser classes: the shipped weights were trained without them", () => {
  const r = loadParserClasses(MODEL_DIR);
  assert.ok(r.ok, r.ok ? "" : r.error.message);
  assert.equal(r.value, null);
});

/** [what the model folder holds, syntax.json's text (null: none), clusters.bin there, expected: words or an error] */
const folders: [string, string | null, boolean, number | null | RegExp][] = [
  ["no syntax.json", null, true, null],
  ["a syntax.json without classes", JSON.stringify({ seed: 1 }), true, null],
  ["a syntax.json naming the classes", JSON.stringify({ seed: 1, classes: parserClassesMeta }), true, 100000],
  ["classes of another file", JSON.stringify({ classes: { ...parserClassesMeta, file: "other.bin" } }), true, /syntax\.json: "classes" is .*other\.bin/],
  ["other columns", JSON.stringify({ classes: { ...parserClassesMeta, columns: ["c64"] } }), true, /"classes" is/],
  ["a syntax.json that is not JSON", "{ seed", true, /syntax\.json: not JSON/],
  ["the classes named but no clusters.bin", JSON.stringify({ classes: parserClassesMeta }), false, /clusters\.bin not found/],
];
for (const [name, json, clusters, expected] of folders) {
  test(`parser classes: a model folder with ${name}`, () => {
    const dir = mkdtempSync(join(tmpdir(), "parley-parser-classes-"));
    try {
      if (json !== null) writeFileSync(join(dir, "syntax.json"), json);
      if (clusters) copyFileSync(join(MODEL_DIR, CLASSES_FILE), join(dir, CLASSES_FILE));
      const r = loadParserClasses(dir);
      if (expected instanceof RegExp) {
        assert.equal(r.ok, false);
        if (!r.ok) assert.match(r.error.message, expected);
      } else {
        assert.ok(r.ok, r.ok ? "" : r.error.message);
        assert.equal(r.value?.words ?? null, expected);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
