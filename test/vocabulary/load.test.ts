import { test } from "node:test";
import assert from "node:assert/strict";
import { parseSeeds } from "../../src/vocabulary/seeds.ts";
import { parseArguments, parseExpanded, parseUse, CATEGORIES, loadVocabulary } from "../../src/vocabulary/load.ts";
import { EXPANDED_HEADER } from "../../src/vocabulary/format.ts";

const HEADER = EXPANDED_HEADER.join("\t");
const allUse = (change: string) => CATEGORIES.map((c) => `${c}\toff\tnote`).join("\n").replace("verb synonym\toff\tnote", change);

test("bad vocabulary lines are reported with file and line", async (t) => {
  const cases: [name: string, run: () => { ok: boolean; error?: { message: string } }, message: RegExp][] = [
    ["a seed with four cells", () => parseSeeds("173\tarrest\tv\tarrest%2:35:00::\n"), /seeds\.tsv:1: expected 5 tab-separated cells/],
    ["a seed code that is not CAMEO", () => parseSeeds("17a\tarrest\tv\tarrest%2:35:00::\ttake into custody\n"), /seeds\.tsv:1: code "17a"/],
    ["a seed code the codebook lacks", () => parseSeeds("1799\tarrest\tv\tarrest%2:35:00::\tx\n", "seeds.tsv", new Set(["173"])), /code 1799 is not in the codebook/],
    ["a seed part of speech that is not n or v", () => parseSeeds("173\tarrest\tadj\tarrest%2:35:00::\tx\n"), /pos "adj" is not n or v/],
    ["a sense key of another lemma", () => parseSeeds("173\tdetain\tv\tarrest%2:35:00::\tx\n"), /is not a sense of "detain"/],
    ["a noun sense key on a verb seed", () => parseSeeds("173\tarrest\tv\tarrest%1:04:00::\tx\n"), /is not a verb sense/],
    ["a sense that is neither key nor offset", () => parseSeeds("173\tarrest\tv\t1217701\tx\n"), /neither a sense key .* nor an 8-digit synset offset/],
    ["a seed without a note", () => parseSeeds("173\tarrest\tv\t01217701\t \n"), /the note is empty/],
    ["a duplicate seed", () => parseSeeds("173\tarrest\tv\t01217701\ta\n173\tarrest\tv\t01217701\tb\n"), /seeds\.tsv:2: duplicate seed/],
    ["an expansion without its header", () => parseExpanded("173\tarrest\tv\tseed\t0\tarrest\tk\tk\t20\n"), /expanded\.tsv:1: the header must be/],
    ["an expansion row with an unknown relation", () => parseExpanded(`${HEADER}\n173\tnab\tv\tcousin\t0\tarrest\tk\tk\t2\n`), /expanded\.tsv:2: relation "cousin"/],
    ["an expansion row with a multiword lemma", () => parseExpanded(`${HEADER}\n173\ttake_into_custody\tv\tsynonym\t0\tarrest\tk\tk\t2\n`), /expanded\.tsv:2: lemma "take_into_custody"/],
    ["an expansion row with a short line", () => parseExpanded(`${HEADER}\n173\tnab\tv\n`), /expanded\.tsv:2: expected 9 tab-separated cells, found 3/],
    ["a use line with an unknown category", () => parseUse(allUse("verb cousin\ton\tnote")), /use\.tsv:2: unknown category "verb cousin"/],
    ["a use line that is neither on nor off", () => parseUse(allUse("verb synonym\tyes\tnote")), /use\.tsv:2: "yes" is neither on nor off/],
    ["a use file missing a category", () => parseUse("verb seed\ton\tours\n"), /use\.tsv: no line for verb synonym/],
    ["an argument flag a code's words cannot take", () => parseArguments("173\tpassive\tnote\n"), /arguments\.tsv:1: flag "passive" .*pattern flag/],
    ["an argument line without a note", () => parseArguments("173\tneedtarget\n"), /arguments\.tsv:1: expected CODE<TAB>FLAGS<TAB>NOTE/],
  ];
  for (const [name, run, message] of cases) {
    await t.test(name, () => {
      const r = run();
      assert.equal(r.ok, false);
      assert.match(r.error!.message, message);
    });
  }
});

test("good vocabulary lines load", () => {
  const seeds = parseSeeds("# comment\n173\tarrest\tv\tarrest%2:35:00::\t173 Arrest: take into custody\n190\tattack\tn\t00089545\toffensive\n");
  assert.ok(seeds.ok);
  assert.deepEqual(seeds.value.map((s) => [s.code, s.lemma, s.pos, s.line]), [["173", "arrest", "v", 2], ["190", "attack", "n", 3]]);
  const args = parseArguments("*\tweak\tall words\n173\tneedtarget\tan arrest takes someone\n");
  assert.ok(args.ok);
  assert.deepEqual([...args.value.get("173")!], ["needtarget"]);
});

test("the shipped vocabulary loads, with every category decided", () => {
  const v = loadVocabulary();
  assert.ok(v.entries.length > 100);
  assert.ok(v.entries.some((e) => e.code === "173" && e.lemma === "apprehend" && e.relation === "synonym"));
});
