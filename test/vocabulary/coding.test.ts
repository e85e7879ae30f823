import { test } from "node:test";
import assert from "node:assert/strict";
import { createCoder } from "../../src/index.ts";
import { loadVerbLexicon } from "../../src/events/lexicon.ts";
import { CATEGORIES, loadVocabulary } from "../../src/vocabulary/load.ts";

// Every category of the expansion on, whatever use.tsv ships with: these sentences test the mechanism.
const everything = createCoder({ resources: { verbs: loadVerbLexicon(undefined, { ...loadVocabulary(), on: new Set(CATEGORIES) }) } });
const shipped = createCoder();
const handOnly = loadVerbLexicon(undefined, null);

const eventsOf = (coder: typeof shipped, text: string) => {
  const r = coder.code({ id: "v", date: "2021-03-10", text });
  assert.ok(r.ok);
  return r.value.events;
};

test("verbs only in the WordNet expansion are coded with their seed's code", async (t) => {
  const cases: [sentence: string, verb: string, code: string, seed: string, relation: string][] = [
    ["Hamas liberated two Israeli soldiers on Sunday.", "liberate", "0841", "free", "synonym"],
    ["The Syrian army subjugated the Kurdish rebels.", "subjugate", "175", "repress", "synonym"],
    ["Militants assailed a police convoy in Kabul.", "assail", "182", "assault", "synonym"],
    ["France excoriated Russia over the election.", "excoriate", "111", "condemn", "synonym"],
    ["Turkish soldiers tore down a Kurdish village.", "tear", "1712", "raze", "synonym"],
    ["Iran implored the United Nations on Monday.", "implore", "020", "plead", "troponym"],
    ["Egypt acclaimed the Sudanese government.", "acclaim", "051", "praise", "troponym"],
    ["Iran haggled with Iraq over the border.", "haggle", "046", "negotiate", "troponym"],
  ];
  for (const [sentence, verb, code, seed, relation] of cases) {
    await t.test(sentence, () => {
      assert.equal(handOnly.byHead(verb), undefined, `"${verb}" has a hand pattern: the case tests nothing`);
      const events = eventsOf(everything, sentence);
      assert.deepEqual(events.map((e) => [e.cameo, e.vocabulary?.seed, e.vocabulary?.relation]), [[code, seed, relation]]);
    });
  }
});

test("event nouns derived from a seed verb are coded with the shipped vocabulary", async (t) => {
  const cases: [sentence: string, code: string, trigger: string][] = [
    ["Poland announced the expulsion of Russian diplomats.", "166", "expulsion"],
    ["Mali ordered the extradition of the French journalist.", "063", "extradition"],
  ];
  for (const [sentence, code, trigger] of cases) {
    await t.test(sentence, () => {
      const events = eventsOf(shipped, sentence);
      assert.deepEqual(events.map((e) => [e.cameo, e.trigger, e.vocabulary?.relation]), [[code, trigger, "derivation"]]);
    });
  }
});

test("our hand patterns win over the vocabulary and carry no vocabulary mark", () => {
  // "bombard" is both a hand pattern (194) and, through "bomb", a WordNet synonym of 195
  assert.ok(handOnly.byHead("bombard")?.length);
  const events = eventsOf(everything, "Iran attacked Iraq. Israel bombarded Gaza.");
  assert.deepEqual(events.map((e) => [e.cameo, e.vocabulary]), [["190", undefined], [handOnly.byHead("bombard")![0]!.code, undefined]]);
});

test("a vocabulary word fires only in its own part of speech", () => {
  // "still" is a troponym of suppress (175) as a verb; here it is an adverb
  assert.deepEqual(eventsOf(everything, "The talks were still going on in Geneva between Iran and Iraq.").filter((e) => e.vocabulary), []);
});

test("an arrest from the vocabulary needs someone arrested (arguments.tsv)", () => {
  const events = eventsOf(everything, "Kenyan police collared three Somali militants. Kenyan police collared yesterday.");
  assert.deepEqual(events.map((e) => [e.cameo, e.sentence]), [["173", 0]]);
});
