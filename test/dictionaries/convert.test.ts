import { test } from "node:test";
import assert from "node:assert/strict";
import { buildDictionaries } from "../../src/dictionaries/index.ts";
import { compileLexicon } from "../../src/dictionaries/lexicon.ts";
import { applyPetrarchRules, splitEvent } from "../../src/dictionaries/coder.ts";
import { dictionaryCoder } from "../../src/dictionaries/create.ts";
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

// PETRARCH's conventions, with a second fictional set of our own (issue 5): each case is one rule
const PETR = {
  "Conv.actors.txt": "VALDORIA [VLD]\n+VALDORIAN\nKESTRIA [KST]\n+KESTRIAN\nORVAL [ORV]\nTHE_MARCHES [MRA/MRB]\nGROUP OF 9 [GR9]\nDUKE OF ORVAL [DKO]\nORVAL_LANCERS [ORVLNC]\nHALL_OF_LORDS [KSTGOV]\nMARA_OSTEN [ORV]\n",
  "Conv.agents.txt": "MSF [NGO~]\nLAWMAKER [~LEG]\nOFFICIAL [~GOV]\nMEDIA [~MED]\nGOVERNMENT [~GOV]\nMINISTER [~GOV]\n",
  "Conv.verbs.txt": [
    "--- WELCOME [041] ---", "WELCOME", "",
    "--- RENEW [---] ---", "RENEW", "- * TIES [064:064]", "",
    "--- RECEIVE [---] ---", "RECEIVE", "- + * AID FROM $ [071]", "",
    "--- MEND [064] ---", "MEND", "- * FXLL TIES [+++]", "- * BRKN TIES [###]  # a discard code, not a comment", "",
    "--- VISIT [042:043] ---", "VISIT", "",
    "--- ARRIVE [032:033] ---", "ARRIVE", "",
    "--- WARN [160] ---", "WARN", "- * AT ^ + [162]", "",
    "--- BOYCOTT [191] ---", "BOYCOTT", "- NEITHER * [081]", "",
    "--- AGREE [081] ---", "AGREE", "- % * [030:030]", "",
    "--- REGRET [111] ---", "REGRET", "- NOTED + * [115]", "",
    "--- FREE [066] ---", "FREE", "- + * FROM $ [066]", "",
    "--- FIGHT [190] ---", "FIGHT", "",
    "--- RISEN [---] ---", "RISEN", "- DEATH_TOLL * [190]", "",
  ].join("\n"),
};

test("coding as PETRARCH does with imported dictionaries alone", async (t) => {
  const loaded = buildDictionaries(PETR, "replace", { ...ours, verbs: compileLexicon([]) });
  assert.deepEqual(loaded.problems, ['Conv.verbs.txt:14: code [+++] is not an event code, "---" or "###"; pattern left out']);
  const coder = dictionaryCoder(loaded, "replace");
  const cases: [rule: string, text: string, expected: string[]][] = [
    ["an actor with alternative codes is each of them", "The Marches welcomed the decision of Kestria.", ["MRA>KST:041", "MRB>KST:041"]],
    ["a leading agent code goes before the country", "MSF Valdoria welcomed the decision of Kestria.", ["NGOVLD>KST:041"]],
    ["modifiers inside a list keep the list", "Valdoria and the proud ancient Kestria welcomed the decision of Orval.", ["VLD>ORV:041", "KST>ORV:041"]],
    ["an agent placed in a list of countries is in each", "Lawmakers in Valdoria and Kestria welcomed the decision of Orval.", ["VLDLEG>ORV:041", "KSTLEG>ORV:041"]],
    ["…and agents listed together in each", "Lawmakers and officials in Valdoria and Kestria welcomed the decision of Orval.", ["VLDLEG>ORV:041", "VLDGOV>ORV:041", "KSTLEG>ORV:041", "KSTGOV>ORV:041"]],
    ["a paired code with a compound subject is reciprocal", "Valdoria and Kestria renewed ties on Monday.", ["VLD>KST:064", "KST>VLD:064"]],
    ["a '+ * $' pattern: the subject is the target", "Kestria received aid from Valdoria.", ["VLD>KST:071"]],
    ["a pattern with no event code leaves the verb's own", "Valdoria mended fxll ties with Kestria.", ["VLD>KST:064"]],
    ["a ### pattern discards its sentence", "Valdoria mended brkn ties with Kestria after Orval welcomed Kestria.", []],
    ["a country after 'in' is the target", "A Valdorian official arrived in Kestria on Monday.", ["VLDGOV>KST:032", "KST>VLDGOV:033"]],
    ["an actor code may hold digits", "Valdoria welcomed the Group of 9 on Monday.", ["VLD>GR9:041"]],
    ["a coordinated verb shares the subject", "Valdoria welcomed the decision of Kestria and visited Orval.", ["VLD>KST:041", "VLD>ORV:042", "ORV>VLD:043"]],
    ["an unresolved pronoun is the earlier subject", "Valdoria welcomed Kestria on Monday and then it visited Orval.", ["VLD>KST:041", "VLD>ORV:042", "ORV>VLD:043"]],
    ["'^' skips a phrase before the target", "Valdoria warned at the people of Kestria.", ["VLD>KST:162"]],
    ["'of' joins no two actors but a place", "Valdoria warned the people of Kestria of the Duke of Orval.", ["VLD>KST:160"]],
    ["a bare agent after 'and' shares a country word's country", "The Valdorian media and government warned Kestria.", ["VLDMED>KST:160", "VLDGOV>KST:160"]],
    ["words before the verb, the pattern's own negation, 'neither … nor'", "Neither Valdoria nor Orval boycotted the summit of Kestria.", ["VLD>KST:081", "ORV>KST:081"]],
    ["a pattern for a compound subject", "Valdoria and Kestria agree that the border should stay open.", ["VLD>KST:030", "KST>VLD:030"]],
    ["…which a single subject does not take", "Valdoria agreed with Kestria on Monday.", ["VLD>KST:081"]],
    ["a '+' before the verb: its subject is the target", "A Valdorian official noted that Kestria regretted the vote.", ["VLDGOV>KST:115"]],
    ["a '+ * $' pattern in the passive voice", "The Kestrian official was freed from Valdoria on Monday.", ["VLD>KSTGOV:066"]],
    ["'between A and B' with no one else named: each side on the other", "A flare-up in fighting between Valdoria and Kestria has alarmed Orval.", ["VLD>KST:190", "KST>VLD:190"]],
    ["an unknown name does not swallow a known phrase after it", "Captain Berin of Dun Orval lancers warned Kestria.", ["ORVLNC>KST:160"]],
    ["'X's ADJ and ADJ minister NAME' is X's minister", "Valdoria's bold and tireless minister Mara Osten warned Kestria.", ["VLDGOV>KST:160"]],
    ["an agent in a government body takes its country", "Officials in the Hall of Lords warned Valdoria.", ["KSTGOV>VLD:160"]],
    ["words joined by '_' before the verb stay together", "The death toll of Kestria has risen in the war with Valdoria.", ["KST>VLD:190"]],
    ["…and match nothing apart", "The death and injury toll of Kestria has risen in the war with Valdoria.", []],
    ["an object pronoun is the earlier subject", "Valdoria welcomed Kestria on Monday and Orval visited him.", ["VLD>KST:041", "ORV>VLD:042", "VLD>ORV:043"]],
  ];
  for (const [rule, text, expected] of cases) {
    await t.test(rule, () => {
      const r = coder.code({ text, date: "2020-03-02", format: "text" });
      assert.ok(r.ok);
      assert.deepEqual(r.value.events.map((e) => `${e.source.map((a) => a.code).join("+")}>${e.target.map((a) => a.code).join("+")}:${e.cameo}`), expected, text);
    });
  }
});

test("UniversalPetrarch dictionaries: alternative codes whole, words before the verb only in {noun phrases}", () => {
  const verbs = `${PETR["Conv.verbs.txt"]}\n--- HAIL [041] ---\nHAIL\n- RECENTLY * [042]\n- {GRAND CHAMBER} * [043]\n`;
  const loaded = buildDictionaries({ ...PETR, "Conv.verbs.txt": verbs, "Conv_Internal_Coding_Ontology.txt": "# ontology\n" }, "replace", { ...ours, verbs: compileLexicon([]) });
  assert.equal(loaded.alternatives, "whole");
  const coder = dictionaryCoder(loaded, "replace");
  const coded = (text: string) => {
    const r = coder.code({ text, date: "2020-03-02", format: "text" });
    assert.ok(r.ok);
    return r.value.events.map((e) => `${e.source[0]?.code}>${e.target[0]?.code}:${e.cameo}`);
  };
  assert.deepEqual(coded("The Marches welcomed the decision of Kestria."), ["MRA/MRB>KST:041"]);
  assert.deepEqual(coded("Valdoria recently hailed the decision of Kestria."), ["VLD>KST:041"]);
  assert.deepEqual(coded("The grand chamber of Valdoria hailed the decision of Kestria."), ["VLD>KST:043"]);
});
