import { test } from "node:test";
import assert from "node:assert/strict";
import { parseActors } from "../../src/dictionaries/actors.ts";
import { parseAgents } from "../../src/dictionaries/agents.ts";
import { parseDiscards, discardsIn } from "../../src/dictionaries/discards.ts";
import { parseVerbs } from "../../src/dictionaries/verbs.ts";
import { parseDatedCode } from "../../src/dictionaries/dates.ts";
import { parsePatLine } from "../../src/dictionaries/pattern-text.ts";
import { dictLines } from "../../src/dictionaries/lines.ts";

test("comments of every kind are removed", () => {
  const text = "<!-- header\nstill header -->\nVALDORIA [VLD] # note\n  [KST] ; TABARI note\n\n<! -- odd -->QUILL [QLL]\n";
  assert.deepEqual(dictLines(text).map((l) => [l.line, l.text]), [[3, "VALDORIA [VLD]"], [4, "[KST]"], [6, "QUILL [QLL]"]]);
});

test("dated codes", async (t) => {
  const cases: [inner: string, code: string, from: string | undefined, to: string | undefined][] = [
    ["VLD", "VLD", undefined, undefined],
    ["VLDGOV >20200115", "VLDGOV", "2020-01-16", undefined],
    ["VLDGOV <20200115", "VLDGOV", undefined, "2020-01-14"],
    ["VLDMIL 20190101-20191231", "VLDMIL", "2019-01-01", "2019-12-31"],
    ["VLDMIL 950601 - 990815", "VLDMIL", "1995-06-01", "1999-08-15"],
    ["vld", "VLD", undefined, undefined],
  ];
  for (const [inner, code, from, to] of cases) {
    await t.test(inner, () => {
      const r = parseDatedCode(inner);
      assert.ok(r.ok, r.ok ? "" : r.error.message);
      assert.deepEqual([r.value.code, r.value.from, r.value.to], [code, from, to]);
    });
  }
  for (const bad of ["VLD <2020011", "VLD 20200231-20200301", "VLD 20201231-20200101", "VLD ~2020"]) {
    await t.test(`rejects ${bad}`, () => assert.equal(parseDatedCode(bad).ok, false));
  }
});

test("actors: codes on the line or below, synonyms, several names, dated roles", () => {
  const text = [
    "VALDORIA [VLD]", "+VALDORIAN", "+PORT_ESSEN", "",
    "KESTREL_BANK", "QUILL_FUND", "\t[IGOKBQ]", "",
    "MARA_OSTEN # a fictional minister", "+MINISTER_OSTEN", "\t[VLDGOV 20190101-20201231]", "\t[VLDOPP >20201231]", "\t[VLD]",
    "NOBODY_HERE", "ORPHAN [VLD",
  ].join("\n");
  const r = parseActors("a.txt", text);
  assert.deepEqual(r.items.map((a) => [a.line, a.names.map((n) => n.join(" ")), a.codes.map((c) => c.code)]), [
    [1, ["valdoria", "valdorian", "port essen"], ["VLD"]],
    [5, ["kestrel bank", "quill fund"], ["IGOKBQ"]],
    [9, ["mara osten", "minister osten"], ["VLDGOV", "VLDOPP", "VLD"]],
  ]);
  assert.equal(r.items[2]!.codes[0]!.from, "2019-01-01");
  assert.deepEqual(r.problems, ["a.txt:15: unbalanced brackets in \"ORPHAN [VLD\"", "a.txt:14: actor \"nobody here\" has no code"]);
});

test("agents: plurals, {} and substitution sets", () => {
  const text = "!PERSON! = MAN, WOMAN\nDEFENCE_CHIEF [~MIL]\nMARINES {} [~MIL]\nPEACE!PERSON! [~GOV]\nRELIEF_BODY [NGO~]\nSENTRY {SENTRIES} [~MIL]\nBAD ENTRY\nX!NOPE! [~GOV]\n";
  const r = parseAgents("g.txt", text);
  assert.deepEqual(r.items.map((a) => [a.forms.map((f) => f.join(" ")), a.code, a.leading]), [
    [["defence chief", "defence chiefs"], "MIL", false],
    [["marines"], "MIL", false],
    [["peaceman", "peacemen", "peacewoman", "peacewomen"], "GOV", false],
    [["relief body", "relief bodies"], "NGO", true],
    [["sentry", "sentries"], "MIL", false],
  ]);
  assert.equal(r.problems.length, 2);
  assert.match(r.problems[0]!, /^g\.txt:7: /);
  assert.match(r.problems[1]!, /^g\.txt:8: substitution set !NOPE!/);
});

test("discards: sentence and story level", () => {
  const r = parseDiscards("d.txt", "CRICKET MATCH\n+HORSE_RACING # sports\n");
  assert.deepEqual(r.items.map((d) => [d.key, d.story]), [["cricket match", false], ["horse racing", true]]);
  assert.equal(discardsIn("The cricket match went on.", r.items).length, 1);
  assert.equal(discardsIn("A cricketer matched it.", r.items).length, 0);
});

test("pattern lines", async (t) => {
  const cases: [line: string, items: string, code: string, reverse?: string][] = [
    ["- * TO_ATTEND [082]", "verb word:to _word:attend", "082"],
    ["- $ * + [042:043]", "source verb target", "042", "043"],
    ["- % HAVE * [032]", "compound word:have verb", "032"],
    ["- + WAS_ * ^ FROM $ [174]", "target word:was verb skip word:from source", "174"],
    ["- * {NEW &TIES RELATIONS} [1951]", "verb word:new syn:TIES word:relations", "1951"],
  ];
  for (const [line, items, code, reverse] of cases) {
    await t.test(line, () => {
      const r = parsePatLine(line);
      assert.ok(r.ok, r.ok ? "" : r.error.message);
      const shown = r.value.items.map((i) => `${i.adjacent ? "_" : ""}${i.kind}${i.kind === "word" ? `:${i.word}` : i.kind === "syn" ? `:${i.name}` : ""}`).join(" ");
      assert.equal(shown.replace(/ _/g, " _").replace(/^_/, ""), items.replace(/^_/, ""));
      assert.equal(r.value.code, code);
      assert.equal(r.value.reverse, reverse);
    });
  }
  for (const bad of ["- * TO ATTEND", "- TO ATTEND [082]", "- * * [082]"]) {
    await t.test(`rejects ${bad}`, () => assert.equal(parsePatLine(bad).ok, false));
  }
});

test("verb files: synonym sets, blocks, multi-word verbs, problems with lines", () => {
  const text = [
    "&TIES", "+MILITARY", "+TRADE_LINKS", "",
    "--- MEND [064] ---", "MEND {MENDS MENDED}", "REPAIR", "+PATCH_UP {+PATCHED_UP}", "- * &TIES TIES [064]", "- SAID * [---]",
    "--- BROKEN [19]", "BREAK_OFF",
    "STRAY LINE", "- * OOPS",
  ].join("\n");
  const r = parseVerbs("v.txt", text);
  assert.deepEqual([...r.synsets], [["TIES", ["MILITARY", "TRADE_LINKS"]]]);
  assert.deepEqual(r.blocks.map((b) => [b.name, b.code, b.verbs.map((v) => `${v.words.join(" ")}@${v.verbAt}`), b.patterns.length]), [
    ["MEND", "064", ["mend@0", "repair@0", "patch up@0"], 2],
    ["BROKEN", "19", ["break off@0", "stray line@0"], 0],
  ]);
  assert.deepEqual(r.blocks[0]!.verbs[2]!.forms, ["patched"]);
  assert.deepEqual(r.problems, ["v.txt:14: pattern \"- * OOPS\" has no [code] at its end"]);
});
