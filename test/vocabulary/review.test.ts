import { test } from "node:test";
import assert from "node:assert/strict";
import { parseSynsetLine, readWordnet } from "../../src/vocabulary/wordnet.ts";
import { buildVocabulary } from "../../src/vocabulary/build.ts";

// A tiny WordNet of our own in the wndb format: "seize" (v, 00000100) with a synonym, a rare synonym, a multiword
// synonym, a troponym with a name in it, a derivation to an event noun (noun.act) and one to a person noun
// (noun.person); "grab" (v, 00000300) reaches "snatch" as well, so "snatch" is in two codes' expansions.
const dataVerb = [
  "  1 license header line",
  "00000100 35 v 04 seize 0 capture 0 nab 1 take_into_custody 0 003 ~ 00000200 v 0000 + 00000500 n 0101 + 00000600 n 0101 | take by force",
  "00000200 35 v 02 snatch 0 Blackbeard 0 001 @ 00000100 v 0000 | seize quickly",
  "00000300 35 v 02 grab 0 snatch 1 000 | take hold of",
].join("\n");
const dataNoun = [
  "00000500 04 n 01 seizure 0 001 + 00000100 v 0101 | the act of seizing",
  "00000600 18 n 01 seizer 0 001 + 00000100 v 0101 | a person who seizes",
].join("\n");
const indexSense = [
  "capture%2:35:00:: 00000100 2 4", "grab%2:35:00:: 00000300 1 6", "nab%2:35:01:: 00000100 1 0", "seize%2:35:00:: 00000100 1 9",
  "seizer%1:18:00:: 00000600 1 1", "seizure%1:04:00:: 00000500 1 3", "snatch%2:35:00:: 00000200 1 2", "snatch%2:35:01:: 00000300 2 1",
  "take_into_custody%2:35:00:: 00000100 1 1",
].join("\n");
const wn = readWordnet({ dataNoun, dataVerb, indexSense });

test("a data line is read as wndb(5WN) describes it", () => {
  const s = parseSynsetLine(dataVerb.split("\n")[1]!);
  assert.ok(s);
  assert.equal(s.lexFile, 35);
  assert.deepEqual(s.words.map((w) => [w.lemma, w.lexId]), [["seize", 0], ["capture", 0], ["nab", 1], ["take_into_custody", 0]]);
  assert.deepEqual(s.pointers.map((p) => [p.symbol, p.offset, p.pos, p.sourceWord, p.targetWord]), [["~", "00000200", "v", 0, 0], ["+", "00000500", "n", 1, 1], ["+", "00000600", "n", 1, 1]]);
  assert.equal(s.gloss, "take by force");
  assert.equal(parseSynsetLine("  1 license header line"), null);
});

test("the review keeps what the rules allow and says why it dropped the rest", async (t) => {
  const built = buildVocabulary(wn, "171\tseize\tv\tseize%2:35:00::\tseize property\n1711\tgrab\tv\t00000300\ttake hold\n");
  assert.ok(built.ok, built.ok ? "" : built.error.message);
  const kept = built.value.expanded.split("\n").filter((l) => /^\d/.test(l)).map((l) => l.split("\t").slice(0, 4).join(" "));
  const dropped = new Map(built.value.dropped.split("\n").filter((l) => /^\d/.test(l)).map((l) => { const c = l.split("\t"); return [`${c[0]} ${c[1]}`, c[5]!]; }));
  const cases: [word: string, expect: RegExp | "kept"][] = [
    ["171 seize v seed", "kept"],
    ["171 capture v synonym", "kept"],
    ["171 seizure n derivation", "kept"],
    ["1711 grab v seed", "kept"],
    ["171 nab", /untagged sense/],
    ["171 take_into_custody", /multiword/],
    ["171 blackbeard", /a name/],
    ["171 snatch", /several codes: 1711, 171|several codes: 171, 1711/],
    ["1711 snatch", /several codes/],
  ];
  for (const [word, expect] of cases) {
    await t.test(word, () => {
      if (expect === "kept") assert.ok(kept.includes(word), `${word} not in ${kept.join("; ")}`);
      else assert.match(dropped.get(word) ?? "(kept)", expect);
    });
  }
  await t.test("a derivation to a person noun is not an event", () => assert.ok(!built.value.expanded.includes("seizer") && !built.value.dropped.includes("seizer")));
});

test("a seed that is not in WordNet is reported with its line", () => {
  const built = buildVocabulary(wn, "# x\n171\tgrab\tv\tgrab%2:35:07::\tno such sense\n");
  assert.equal(built.ok, false);
  if (!built.ok) assert.match(built.error.message, /seeds\.tsv:2: WordNet has no sense grab%2:35:07::/);
});
