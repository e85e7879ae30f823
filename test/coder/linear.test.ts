// Coding time grows linearly with the length of a record. Each input below once took time quadratic in its size
// (a 100,000-letter word 9 s, 4,000 short sentences a minute, 200,000 "<a " 50 s); the bound is about ten times
// what it takes now on one loaded core, so only a return of super-linear growth (or a hang) breaks it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createCoder } from "../../src/index.ts";

const coder = createCoder();

const WORDS = ["the", "army", "said", "rebels", "attacked", "Tripoli", "and", "Haftar", "met", "Lavrov", "in", "Moscow"];
const noPunctuation = (chars: number): string => {
  const out: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const w = WORDS[(i * 7) % WORDS.length] as string;
    out.push(w);
    length += w.length + 1;
  }
  return out.join(" ");
};

/** [what, text, seconds it must code within] */
const CASES: [string, () => string, number][] = [
  ["a single 100,000-letter word", () => `Talks began. ${"a".repeat(100_000)} ended.`, 3],
  ["a 1 MB word", () => `Talks began. ${"b".repeat(1_000_000)} ended.`, 6],
  ["100 KB of words without punctuation", () => noPunctuation(100_000), 25],
  ["4,000 short sentences", () => Array.from({ length: 4000 }, (_, i) => `Rebels attacked town ${i}.`).join(" "), 10],
  ["2,000 quotes with speakers", () => Array.from({ length: 2000 }, (_, i) => `"We will not stop," said Haftar ${i}.`).join(" "), 15],
  ["200,000 \"<a \" without \">\"", () => `<html><body>${"<a ".repeat(200_000)}`, 6],
  ["200 KB of \"a \"", () => "a ".repeat(100_000), 15],
];

test("long inputs code in time linear in their length", async (t) => {
  for (const [what, make, seconds] of CASES) {
    await t.test(`${what} codes within ${seconds} s`, () => {
      const text = make();
      const started = performance.now();
      const r = coder.code({ id: "long", text });
      const spent = (performance.now() - started) / 1000;
      // a refusal is fine (the 200,000 "<a " have no text), a time_budget issue is not
      assert.ok(r.ok || r.error.code !== "time_budget", r.ok ? "" : r.error.message);
      assert.ok(spent < seconds, `${what}: ${spent.toFixed(1)} s`);
    });
  }
});
