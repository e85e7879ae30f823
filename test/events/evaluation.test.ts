// What a statement says of someone (src/events/evaluation.ts): a reported or quoted clause whose predicate is a
// word of judgement is the speaker's denunciation (111) or accusation (112) of the one it is about, or an
// optimistic (013) or pessimistic (012) comment. Each row: the
// construction, a sentence we wrote, and the events expected (code, source, target).
import { test } from "node:test";
import assert from "node:assert/strict";
import { events, show } from "./coded.ts";
import { parseEvaluationTable } from "../../src/events/evaluation.ts";


const CASES: [construction: string, sentence: string, want: string[]][] = [
  ["a predicate adjective of disapproval: the speaker denounces the clause's subject",
    "Kenya's foreign minister said the Ethiopian government's decision was unacceptable.", ["111 KENGOV>ETHGOV"]],
  ["a predicate noun of disapproval",
    "Egypt's foreign ministry said the Israeli raid was a disgrace.", ["111 EGYGOV>ISR"]],
  ["a predicate noun of a wrong done accuses",
    "Sudan's army said the rebel attack on the camp was a crime.", ["112 SDNMIL>---REB"]],
  ["\"an act of …\": the noun's \"of\" phrase names the wrong",
    "The Iranian foreign ministry said the strike was an act of aggression.", ["112 IRNGOV>"]],
  ["a feeling with a \"by\" agent: the agent is the one judged",
    "The State Department said the United States was disappointed by Turkey's decision.", ["111 USAGOV>TUR"]],
  ["conjoined predicates judge the same subject",
    "Nigeria's president said the report was false and irresponsible.", ["111 NGAGOV>"]],
  ["a quoted clause hanging from its reporting verb",
    "\"The blockade of Tigray is shameful,\" Ethiopia's opposition leader said.", ["111 ETHOPP>"]],
  ["a verb of hoping in the reported clause is an optimistic comment",
    "Ethiopia's foreign minister said he hoped the truce would hold.", ["013 ETHGOV>"]],
  ["a quoted clause of hope, its speaker named after it",
    "\"We are hoping to see a deal very soon,\" Kenya's foreign minister said.", ["013 KENGOV>"]],
  ["a judgement of a bad outcome is a pessimistic comment",
    "Kenya's foreign minister said the outlook for the talks was bleak.", ["012 KENGOV>"]],
  ["hope denied is no optimism",
    "Kenya's foreign minister said he did not hope for a deal.", []],
  ["a neutral clause stays a statement",
    "Kenya's foreign minister said the border with Somalia was calm.", ["010 KENGOV>"]],
  ["a word of judgement that is no predicate judges no one",
    "Kenya's foreign minister said the shameful episode ended when Somalia withdrew its troops.", []],
  ["a judgement with no one speaking is no event",
    "The talks in Geneva were disappointing.", []],
];

for (const [construction, sentence, want] of CASES) {
  test(`${construction}: "${sentence}"`, () => {
    const got = events(sentence).map(show);
    const judged = got.filter((g) => /^(11[12]|01[23]) /.test(g));
    for (const w of want) assert.ok(got.includes(w), `${w} in ${got.join(" | ")}`);
    if (!want.some((w) => /^(11[12]|01[23]) /.test(w))) assert.deepEqual(judged, [], `no judgement: ${got.join(" | ")}`);
  });
}

test("the table: one word and a code per line, a bad line or a word twice names its line", () => {
  const t = parseEvaluationTable("# comment\ndisgraceful\t111\ncrime\t112\n");
  assert.equal(t.get("disgraceful"), "111");
  assert.equal(t.get("crime"), "112");
  assert.throws(() => parseEvaluationTable("disgraceful\t111\nbad line\n", "e.tsv"), /e\.tsv:2:/);
  assert.throws(() => parseEvaluationTable("disgraceful\t010\n", "e.tsv"), /e\.tsv:1:/);
  assert.equal(parseEvaluationTable("hope\t013\n").get("hope"), "013");
  assert.throws(() => parseEvaluationTable("crime\t112\ncrime\t111\n", "e.tsv"), /e\.tsv:2: "crime" is listed twice/);
});
