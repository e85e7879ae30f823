// The death count ACLED's `fatalities` is read from: one line per sentence, written by us in the style of wire
// reports. Counts of the wounded, times, years, vague amounts and running totals are not deaths.
import { test } from "node:test";
import assert from "node:assert/strict";
import { deathCount, numberValue } from "../../src/store/export/fatalities.ts";

const CASES: [sentence: string, deaths: number | null][] = [
  ["Three civilians have been killed in the shelling of Tarhuna, medics said.", 3],
  ["The army shelled the district on Monday, killing at least five people.", 5],
  ["Two militias killed three civilians near the market in Zawiya.", 3],
  ["At least 12 people died when a shell hit the bus station.", 12],
  ["Twenty-one soldiers were killed and 40 wounded in the ambush.", 21],
  ["A civilian was killed by a stray bullet in Gharyan.", 1],
  ["Five soldiers killed in ambush near Sirte.", 5],
  ["The strike killed 1,200 people, the ministry said.", 1200],
  ["The death toll rose to 14 on Tuesday.", 14],
  ["Four hundred fighters were killed in the battle for the airport.", 400],
  ["Gunmen killed a police officer and wounded two others.", 1],
  ["Shelling killed two civilians, the first deaths since the truce.", 2],
  ["No one was killed in the attack, officials said.", 0],
  ["No one was killed, but three people died in a second strike.", 3],
  ["Three people were wounded when a mortar landed near the port.", null],
  ["Fighting broke out two days after the truce.", null],
  ["Shelling killed two days after the ceasefire was declared.", null],
  ["A drone strike killed civilians, residents said.", null],
  ["Two gunmen killed civilians at a checkpoint.", null],
  ["The 2019 killings still divide the city.", null],
  ["Dozens were killed, according to residents.", null],
  ["The ministry said 61 people had been killed since the offensive began.", null],
  ["Envoys met in Berlin to discuss the truce.", null],
  ["On Friday 23 civilians including nine children were killed in air raids on Kadugli.", 23],
  ["Eleven people, including six pupils, were killed in the shelling of the school.", 11],
  ["Two more people died of their wounds, bringing the toll to 31 people including four children.", 31],
  ["Nine children were killed, among them two infants, in the strike on Zalingei.", 9],
  ["Soldiers shot dead six protesters in Omdurman on Friday.", 6],
];

test("deathCount reads number words and digits before killed/dead/died/deaths and after killing", () => {
  for (const [sentence, deaths] of CASES) assert.equal(deathCount(sentence), deaths, sentence);
});

test("numberValue reads digits, number words, hyphenated tens and hundreds", () => {
  const VALUES: [words: string, value: number | null][] = [
    ["3", 3], ["1,200", 1200], ["three", 3], ["Twenty-one", 21], ["forty two", 42], ["five hundred", 500],
    ["a", 1], ["a dozen", 12], ["several", null], ["twenty-seventy", null],
  ];
  for (const [words, value] of VALUES) assert.equal(numberValue(words), value, words);
});
