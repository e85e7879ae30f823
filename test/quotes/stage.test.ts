import { test } from "node:test";
import assert from "node:assert/strict";
import { quotesStage } from "../../src/quotes/stage.ts";
import type { Context } from "../../src/stage.ts";
import { handDoc, type HandMention } from "./hand-doc.ts";

const ctx = {} as Context;
const HAFTAR: HandMention = { text: "Haftar", key: "haftar", kind: "person", code: "LBYMIL" };
const SARRAJ: HandMention = { text: "Fayez al-Sarraj", key: "sarraj", kind: "person", code: "LBYGOV" };
const LAVROV: HandMention = { text: "Sergei Lavrov", key: "lavrov", kind: "person", code: "RUSGOV" };
const LNA: HandMention = { text: "Libyan National Army", key: "lna", kind: "military", code: "LBYMIL" };

interface Row {
  readonly name: string;
  readonly text: string;
  readonly mentions: readonly HandMention[];
  /** expected [speaker, text, direct] in text order */
  readonly want: readonly (readonly [string | null, string, boolean])[];
}

const ROWS: readonly Row[] = [
  { name: "said X after the quote", mentions: [HAFTAR],
    text: `"We will not withdraw from the outskirts of the capital," said Haftar on Tuesday.`,
    want: [["haftar", "We will not withdraw from the outskirts of the capital", true]] },
  { name: "X said after the quote", mentions: [HAFTAR],
    text: `“Our forces will keep their positions,” Haftar said in Benghazi.`,
    want: [["haftar", "Our forces will keep their positions", true]] },
  { name: "X said: before the quote", mentions: [SARRAJ],
    text: `Prime Minister Fayez al-Sarraj said: "The aggressor must return to where he came from."`,
    want: [["sarraj", "The aggressor must return to where he came from.", true]] },
  { name: "title and name before the verb", mentions: [LNA, HAFTAR],
    text: `"No deal will be signed under pressure," Libyan National Army commander Haftar told reporters.`,
    want: [["haftar", "No deal will be signed under pressure", true]] },
  { name: "the general resolves to the latest titled person", mentions: [LAVROV, HAFTAR],
    text: `Sergei Lavrov met the eastern commander, General Haftar, in Moscow. "We need more time to study the text," the general told reporters.`,
    want: [["haftar", "We need more time to study the text", true]] },
  { name: "he resolves to the latest person", mentions: [SARRAJ],
    text: `Fayez al-Sarraj signed the document on Monday. "We have shown our good will to the world," he said.`,
    want: [["sarraj", "We have shown our good will to the world", true]] },
  { name: "a quote spanning two sentences", mentions: [LAVROV],
    text: `Sergei Lavrov said: "The talks made progress. Both sides must now keep their word."`,
    want: [["lavrov", "The talks made progress. Both sides must now keep their word.", true]] },
  { name: "split quote around the attribution", mentions: [HAFTAR],
    text: `"We are ready for peace," Haftar said, "but not for surrender."`,
    want: [["haftar", "We are ready for peace", true], ["haftar", "but not for surrender.", true]] },
  { name: "according to X after the quote", mentions: [LNA],
    text: `"The shelling came from the west," according to the Libyan National Army.`,
    want: [["lna", "The shelling came from the west", true]] },
  { name: "reported: X said that", mentions: [SARRAJ],
    text: `Fayez al-Sarraj said on Monday that the government would honour the truce.`,
    want: [["sarraj", "the government would honour the truce", false]] },
  { name: "reported: X told reporters", mentions: [HAFTAR],
    text: `Haftar told reporters his forces had not fired first.`,
    want: [["haftar", "his forces had not fired first", false]] },
  { name: "reported: X warned that", mentions: [LAVROV],
    text: `Sergei Lavrov warned that the window for talks was closing.`,
    want: [["lavrov", "the window for talks was closing", false]] },
  { name: "reported: according to X, at the start", mentions: [LNA],
    text: `According to the Libyan National Army, the airport was hit by three drones.`,
    want: [["lna", "the airport was hit by three drones", false]] },
  { name: "reported: apposition between subject and verb", mentions: [HAFTAR, LNA],
    text: `Haftar, the Libyan National Army commander, said the truce was a trap.`,
    want: [["haftar", "the truce was a trap", false]] },
  { name: "reported: trailing he said", mentions: [SARRAJ],
    text: `Fayez al-Sarraj spoke in Rome. The government will not negotiate under fire, he said.`,
    want: [["sarraj", "The government will not negotiate under fire", false]] },
  { name: "a partial quote inside reported speech takes the reporter's speaker", mentions: [LAVROV],
    text: `Sergei Lavrov told the Security Council by video link that foreign troops would "make a bad situation much worse".`,
    want: [["lavrov", "make a bad situation much worse", true]] },
  { name: "a verb right after a quote attributes it and reports nothing more", mentions: [HAFTAR],
    text: `"We have come to listen," Haftar told Russian state television before the talks.`,
    want: [["haftar", "We have come to listen", true]] },
];

for (const row of ROWS) {
  test(`quotes: ${row.name}`, () => {
    const doc = quotesStage.run(handDoc(row.text, { mentions: row.mentions }), ctx);
    const got = (doc.quotes ?? []).map((q) => [q.speaker, q.text, q.direct] as const);
    assert.deepEqual(got, row.want);
    for (const q of doc.quotes ?? []) assert.equal(row.text.slice(q.start, q.end), q.text);
  });
}
