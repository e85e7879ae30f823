/** Mention replacement for NER training (src/syntax/ner-augment.ts): names swapped, spans moved with them. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { replaceNames, type NamePool } from "../../src/syntax/ner-augment.ts";
import { seededRandom } from "../../src/syntax/random.ts";
import { loadKnowledgeBase } from "../../src/actors/kb/index.ts";
import { loadNamePool } from "../../src/syntax/ner-names.ts";

const pool: NamePool = { PER: [["Khalifa", "Haftar"]], ORG: [["Hamas"]], LOC: [] };
const sentence = {
  forms: ["Byron", "joined", "the", "Whig", "Club", "in", "London", "."],
  spans: [{ start: 0, end: 1, type: "PER" as const }, { start: 3, end: 5, type: "ORG" as const }, { start: 6, end: 7, type: "LOC" as const }],
};
const words = (r: { forms: readonly string[]; spans: readonly { start: number; end: number; type: string }[] }) =>
  r.spans.map((s) => `${s.type}:${r.forms.slice(s.start, s.end).join(" ")}`);

test("NER augment: every replaceable name swapped when the share is 1; spans follow the new lengths", () => {
  const r = replaceNames(sentence, pool, seededRandom(1), 1);
  assert.ok(r);
  assert.deepEqual(r.forms, ["Khalifa", "Haftar", "joined", "the", "Hamas", "in", "London", "."]);
  assert.deepEqual(words(r), ["PER:Khalifa Haftar", "ORG:Hamas", "LOC:London"]);
});

test("NER augment: with a share of 0 one name is still swapped, so the copy differs", () => {
  const r = replaceNames(sentence, pool, seededRandom(1), 0);
  assert.ok(r);
  assert.deepEqual(words(r), ["PER:Khalifa Haftar", "ORG:Whig Club", "LOC:London"]);
});

test("NER augment: a sentence whose names have no replacements gives null", () => {
  assert.equal(replaceNames({ forms: ["in", "London"], spans: [{ start: 1, end: 2, type: "LOC" }] }, pool, seededRandom(1)), null);
});

test("NER augment: the name pool holds our people, organisations and places, split into tokens", () => {
  const kb = loadKnowledgeBase();
  const pool = loadNamePool(kb.countries);
  const has = (list: readonly (readonly string[])[], name: string) => list.some((n) => n.join(" ") === name);
  assert.ok(has(pool.PER, "Khalifa Haftar"));
  assert.ok(has(pool.ORG, "Hamas"));
  assert.ok(has(pool.LOC, "Libya") && has(pool.LOC, "Tripoli"));
  assert.ok(pool.PER.every((n) => n.length > 0 && n.every((t) => t !== "" && !/\s/.test(t))));
});
