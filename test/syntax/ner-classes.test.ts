/**
 * The word-class file (data/model/clusters.bin, src/syntax/ner-classes.ts): bytes written read back the same, every
 * malformed file is an error value "FILE: problem", and the shipped file loads with nested cluster levels.
 */
import assert from "node:assert/strict";
import { test } from "node:test";
import { loadWordClasses, parseWordClasses, wordClassesBytes, type ClassColumn } from "../../src/syntax/ner-classes.ts";

const words = ["baghdad", "mosul", "ceasefire", "truce", "sarraj", "münchen", "київ"];
const columns: ClassColumn[] = [
  { name: "c2", size: 2, values: Uint16Array.from([0, 0, 1, 1, 0, 0, 0]) },
  { name: "c300", size: 300, values: Uint16Array.from([7, 7, 299, 298, 12, 7, 7]) },
];
const good = wordClassesBytes(words, columns);

test("word classes: written bytes read back, looked up in lower case, non-Latin-1 words included", () => {
  const r = parseWordClasses(good, "t.bin");
  assert.ok(r.ok, r.ok ? "" : r.error.message);
  assert.equal(r.value.words, words.length);
  assert.deepEqual(r.value.columns.map((c) => [c.name, c.size]), [["c2", 2], ["c300", 300]]);
  assert.equal(r.value.classOf("Baghdad", 1), 7);
  assert.equal(r.value.classOf("TRUCE", 1), 298);
  assert.equal(r.value.classOf("Київ", 0), 0);
  assert.equal(r.value.classOf("München", 1), 7);
  assert.equal(r.value.classOf("Haftar", 0), -1);
});

const patch = (at: number, bytes: number[]): Uint8Array => { const b = good.slice(); b.set(bytes, at); return b; };
const headerEnd = 20 + (8 + 2) + (8 + 4);
const listBytes = new TextEncoder().encode(words.join("\n")).length;
const bad: [string, Uint8Array, RegExp][] = [
  ["an empty file", new Uint8Array(0), /^bad\.bin: not a word-class file/],
  ["another magic", patch(0, [0x50, 0x4b, 0x03, 0x04]), /not a word-class file/],
  ["another version", patch(4, [2, 0, 0, 0]), /version 2, expected 1/],
  ["a cut-short file", good.subarray(0, good.length - 3), /bytes, but the header announces/],
  ["a word count that does not match the list", patch(8, [6, 0, 0, 0]), /bytes, but the header announces|words listed/],
  ["a class beyond the column's size", patch(headerEnd + listBytes + 2, [5]), /word 3 "ceasefire" has class 5 in column c2 of 2 classes/],
  ["an upper-case word", patch(headerEnd, [0x42]), /word 1 "Baghdad" is not in lower case/],
  ["a word listed twice", wordClassesBytes(["mosul", "baghdad", "mosul"], [{ name: "c2", size: 2, values: Uint16Array.from([0, 1, 0]) }]), /word 3 "mosul" is listed twice/],
  ["a column without classes", patch(20 + 4 + 2, [0, 0, 0, 0]), /column c2 has 0 classes/],
];
for (const [name, bytes, message] of bad) {
  test(`word classes: ${name} is an error naming the file`, () => {
    const r = parseWordClasses(bytes, "bad.bin");
    assert.equal(r.ok, false);
    if (!r.ok) assert.match(r.error.message, message);
  });
}

test("word classes: the shipped clusters load, 64 < 256 < 1024 classes, each fine cluster inside one coarse one", () => {
  const r = loadWordClasses();
  assert.ok(r.ok, r.ok ? "" : r.error.message);
  assert.deepEqual(r.value.columns.map((c) => `${c.name}:${c.size}`), ["c64:64", "c256:256", "c1024:1024", "wn:128"]);
  assert.ok(r.value.words >= 50000, `${r.value.words} words`);
  const [c64, c256, c1024] = r.value.columns as [ClassColumn, ClassColumn, ClassColumn];
  const parent = new Map<number, number>();
  for (let i = 0; i < r.value.words; i++) {
    const fine = c1024.values[i] as number, mid = c256.values[i] as number;
    assert.equal(parent.get(fine) ?? mid, mid, `fine cluster ${fine} split over two mid clusters`);
    parent.set(fine, mid);
  }
  assert.ok(new Set(c64.values).size > 32, "most coarse clusters are used");
  // words of one kind share a coarse cluster more often than words of different kinds
  const same = (a: string, b: string): boolean => r.value.classOf(a, 0) === r.value.classOf(b, 0);
  assert.ok(same("baghdad", "mosul") || same("tuesday", "wednesday"), "neighbouring words share a cluster");
});

/** WordNet lexicographer files: 14 noun.group, 15 noun.location, 18 noun.person; a capitalised sense adds 1 */
const wordnet: [string, number][] = [["army", 1 + 2 * 14], ["soldiers", 1 + 2 * 18], ["baghdad", 1 + 2 * 15 + 1], ["the", 0]];
for (const [word, cls] of wordnet) {
  test(`word classes: the shipped WordNet column gives "${word}" class ${cls} (plural forms through morphy's rules)`, () => {
    const r = loadWordClasses();
    assert.ok(r.ok);
    const wn = r.value.columns.findIndex((c) => c.name === "wn");
    assert.equal(r.value.classOf(word, wn), cls);
  });
}
