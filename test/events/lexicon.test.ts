import { test } from "node:test";
import assert from "node:assert/strict";
import { parsePatternLine, matchPattern } from "../../src/events/pattern.ts";
import { loadVerbLexicon, parseVerbLexicon } from "../../src/events/lexicon.ts";

const words = (s: string) => s.toLowerCase().split(/\s+/).map((w) => [w]);
const stops = (s: string) => s.split(/\s+/).map((w) => w === ",");

test("patterns match the words they describe", async (t) => {
  const cases: [line: string, sentence: string, at: number, end: number][] = [
    ["0871\tdeclare|announce * ceasefire|truce\trecip", "announce a unilateral ceasefire today", 0, 4],
    ["057\tsign * agreement", "sign the Moscow agreement", 0, 4],
    ["190\tattack", "attack the convoy", 0, 1],
    ["0256\turge * ceasefire\trequest", "urge , ceasefire", 0, -1],
    ["036\tagree (to) meet", "agree meet", 0, 2],
    ["036\tagree (to) meet", "agree to meet", 0, 3],
  ];
  for (const [line, sentence, at, end] of cases) {
    await t.test(`${line.replace(/\t/g, " | ")} on "${sentence}"`, () => {
      const p = parsePatternLine(line);
      assert.ok(p.ok);
      assert.equal(matchPattern(p.value, words(sentence), stops(sentence), at), end);
    });
  }
});

test("bad pattern lines are reported with file and line", () => {
  const result = parseVerbLexicon({ "x.tsv": "# comment\n190\tattack\n19x\tfight\n190\t* attack\n190\tattack\tloud\n" });
  assert.equal(result.ok, false);
  if (result.ok) return;
  assert.match(result.error.message, /x\.tsv:3: code "19x"/);
  assert.match(result.error.message, /x\.tsv:4: .*must start with a word/);
  assert.match(result.error.message, /x\.tsv:5: unknown flag "loud"/);
});

test("the shipped verb patterns load", () => {
  const lexicon = loadVerbLexicon();
  assert.ok(lexicon.size > 300);
  assert.ok(lexicon.byHead("shell")?.some((p) => p.code === "194"));
});
