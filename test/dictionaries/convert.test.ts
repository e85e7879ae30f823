import { test } from "node:test";
import assert from "node:assert/strict";
import { buildDictionaries } from "../../src/dictionaries/index.ts";
import { compileLexicon } from "../../src/dictionaries/lexicon.ts";
import { applyPetrarchRules, splitEvent } from "../../src/dictionaries/coder.ts";
import { createCoder } from "../../src/coder.ts";
import { loadKnowledgeBase } from "../../src/actors/kb/load.ts";
import { loadVerbLexicon } from "../../src/events/lexicon.ts";
import { loadCodebook } from "../../src/codebook/load.ts";
import { matchPattern } from "../../src/events/pattern.ts";
import type { CodedEvent } from "../../src/types.ts";

// a small fictional dictionary set of our own
const FILES = {
  "Test.actors.txt": "VALDORIA [VLD]\n+VALDORIAN\nKESTRIA [KST]\nMARA_OSTEN\n\t[VLDGOV 20190101-20201231]\n\t[VLDOPP >20201231]\n",
  "Test.agents.txt": "ARMY [~MIL]\nFOREIGN_MINISTER [~GOV]\n",
  "Test.verbs.txt": "&TIES\n+TRADE\n+MILITARY\n\n--- MEND [064] ---\nMEND\n- * &TIES TIES [0641]\n- * NOTHING [---]\n\n--- VISIT [042:043] ---\nVISIT\n\n--- SHELL [195] ---\nSHELL\n",
  "Test.discards.txt": "CRICKET\n+HORSE_RACING\n",
};
const ours = { kb: loadKnowledgeBase(), verbs: loadVerbLexicon(), codebook: loadCodebook() };
const replace = buildDictionaries(FILES, "replace", { ...ours, verbs: compileLexicon([]) });

test("the test dictionaries load without problems", () => {
  assert.deepEqual(replace.problems, []);
  assert.equal(replace.kb.lookup("valdorian")?.[0]?.code, "VLD");
  assert.deepEqual(replace.kb.lookup("mara osten")?.map((e) => [e.code, e.from, e.to]), [["VLDGOV", "2019-01-01", "2020-12-31"], ["VLDOPP", "2021-01-01", undefined]]);
  assert.equal(replace.kb.lookup("foreign ministers")?.[0]?.code, "GOV");
  assert.equal(replace.kb.lookup("russia"), undefined, "replace mode does not keep our entries");
});

test("patterns compile into our matcher's language", async (t) => {
  const cases: [sentence: string, head: string, code: string | null][] = [
    ["mended military ties", "mended", "0641"],
    ["mends trade ties", "mends", "0641"],
    ["mend relations", "mend", "064"],
    ["visited", "visited", "042:043"],
    ["mend nothing", "mend", "---"],
  ];
  for (const [sentence, head, code] of cases) {
    await t.test(sentence, () => {
      const ws = sentence.split(" ").map((w) => [w]);
      const stop = ws.map(() => false);
      const hit = (replace.verbs.byHead(head) ?? []).find((p) => matchPattern(p, ws, stop, 0) > 0);
      assert.equal(hit?.code ?? null, code);
    });
  }
});

test("coding with the test dictionaries", async (t) => {
  const coder = createCoder({ resources: { kb: replace.kb, verbs: replace.verbs, codebook: replace.codebook } });
  const cases: [text: string, date: string, expected: string[]][] = [
    ["Valdoria mended military ties with Kestria on Monday.", "2020-03-02", ["VLD>KST:0641"]],
    ["The Valdorian army shelled Kestria overnight.", "2020-03-02", ["VLDMIL>KST:195"]],
    ["Mara Osten visited Kestria.", "2020-03-02", ["VLDGOV>KST:042", "KST>VLDGOV:043"]],
    ["Mara Osten visited Kestria.", "2022-03-02", ["VLDOPP>KST:042", "KST>VLDOPP:043"]],
    ["Valdoria shelled Kestria during a cricket final.", "2020-03-02", []],
    ["Valdoria shelled Kestria. Horse racing resumed.", "2020-03-02", []],
  ];
  for (const [text, date, expected] of cases) {
    await t.test(`${text} (${date})`, () => {
      const r = coder.code({ text, date, format: "text" });
      assert.ok(r.ok);
      const events = applyPetrarchRules(r.value, { discards: replace.discards }).events;
      assert.deepEqual(events.map((e) => `${e.source.map((a) => a.code).join("+")}>${e.target.map((a) => a.code).join("+")}:${e.cameo}`), expected);
    });
  }
});

test("add mode keeps our dictionaries under theirs", () => {
  const add = buildDictionaries(FILES, "add", ours);
  assert.equal(add.kb.lookup("valdoria")?.[0]?.code, "VLD");
  assert.equal(add.kb.lookup("russia")?.[0]?.code, "RUS");
  assert.ok(add.verbs.byHead("mend"));
  assert.ok(add.verbs.byHead("attack"), "our own patterns are still there");
});

test("one event per source and target, paired codes reversed", () => {
  const ref = (code: string) => ({ actor: code, name: code, code, country: code });
  const e = { id: "x:e0", cameo: "036:036", source: [ref("AAA"), ref("BBB")], target: [ref("CCC")] } as unknown as CodedEvent;
  assert.deepEqual(splitEvent(e).map((x) => `${x.source[0]?.code}>${x.target[0]?.code}:${x.cameo}`), ["AAA>CCC:036", "CCC>AAA:036", "BBB>CCC:036", "CCC>BBB:036"]);
});
