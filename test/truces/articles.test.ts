/**
 * Ceasefire records from whole articles through the real coder (tokens, tagger, parser, actors, events): who
 * mediates and who is a party, read from the tree, and a status that is not "declared" when a side refused, the
 * talks failed or the fighting resumed, with the sentence that decides it. Articles written by us (issue 10).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { createCoder } from "../../src/index.ts";
import type { ArticleCeasefire, CodedArticle } from "../../src/types.ts";

const coder = createCoder();

interface Row {
  readonly name: string;
  readonly date: string;
  readonly text: string;
  readonly status: ArticleCeasefire["status"];
  /** actor names that must be among the mediators / parties, and that must not be */
  readonly mediators: readonly string[];
  readonly parties: readonly string[];
  readonly notMediators?: readonly string[];
  readonly notParties?: readonly string[];
  readonly country?: string;
  /** words of the sentence that decides the status */
  readonly decidedBy?: RegExp;
}

const ROWS: readonly Row[] = [
  { name: "two powers call a truce, one commander leaves without signing, fighting intensifies: not declared",
    date: "2020-01-16",
    text: "Russia and Turkey called for a ceasefire in Libya last week, urging the forces of Khalifa Haftar and the " +
      "Government of National Accord to stop fighting.\nThe two sides held separate talks in Moscow on Monday, with " +
      "Russian and Turkish officials shuttling between the delegations.\nFayez al-Sarraj, the head of the Government " +
      "of National Accord, signed the ceasefire document, but Haftar left Moscow on Tuesday without signing it.\nOn " +
      "Thursday fighting intensified south of Tripoli as Haftar's forces shelled the Mitiga airport.",
    status: "collapsed", mediators: ["Russia", "Turkey"], parties: ["Khalifa Haftar", "Government of National Accord"],
    notParties: ["Russia", "Turkey"], decidedBy: /fighting intensified/, country: "LBY" },
  { name: "a refusal to sign with no fighting after it leaves the truce proposed",
    date: "2020-01-15",
    text: "Fayez al-Sarraj signed the ceasefire document in Moscow on Monday.\nKhalifa Haftar refused to sign the " +
      "agreement on Tuesday and walked out of the talks.",
    status: "proposed", mediators: [], parties: ["Khalifa Haftar", "Fayez al-Sarraj"], decidedBy: /refused to sign/ },
  { name: "an Egypt-brokered truce that holds",
    date: "2021-05-22",
    text: "A ceasefire between Israel and Hamas brokered by Egypt took effect at 2am on Friday after eleven days of " +
      "fighting.\nThe truce was largely holding on Saturday, residents of Gaza said.\nHamas said it would respect the " +
      "agreement as long as Israel did.",
    status: "in_force", mediators: ["Egypt"], parties: ["Israel", "Hamas"], notParties: ["Egypt"],
    notMediators: ["Israel", "Hamas"], decidedBy: /largely holding/ },
  { name: "a truce brokered by two powers: both mediate",
    date: "2023-11-24",
    text: "A four-day truce between Israel and Hamas brokered by Egypt and the United States came into force on " +
      "Friday morning.",
    status: "in_force", mediators: ["Egypt", "United States"], parties: ["Israel", "Hamas"],
    notParties: ["Egypt", "United States"] },
  { name: "talks hosted by a mediator failed: proposed, the host mediates",
    date: "2024-04-09",
    text: "Talks on a Gaza ceasefire hosted by Qatar failed on Monday, after Hamas rejected the latest proposal.\n" +
      "Israel said it would press on with its offensive.",
    status: "proposed", mediators: ["Qatar"], parties: ["Hamas"], notParties: ["Qatar"] },
  { name: "talks under UN auspices: the UN mediates",
    date: "2019-09-02",
    text: "Delegations of the Yemeni government and the Houthis met in Stockholm under UN auspices to discuss a " +
      "ceasefire in Hodeidah.",
    status: "proposed", mediators: ["United Nations"], parties: [], notParties: ["United Nations"] },
  { name: "a side that calls for a truce while it fights is a party, not a mediator",
    date: "2024-02-10",
    text: "Hamas called for an immediate ceasefire on Saturday as Israeli jets bombed Rafah.\nHamas fighters " +
      "attacked Israeli troops in Khan Younis.",
    status: "proposed", mediators: [], parties: ["Hamas"], notMediators: ["Hamas"] },
  { name: "a truce only as a condition is proposed",
    date: "2024-02-13",
    text: "Hezbollah's leader said on Tuesday that his group would stop its attacks on Israel only if a ceasefire was reached in Gaza.",
    status: "proposed", mediators: [], parties: [], decidedBy: /only if a ceasefire was reached/ },
  { name: "a resolution calling for a truce proposes it",
    date: "2023-10-28",
    text: "The UN General Assembly adopted a resolution on Friday calling for an immediate humanitarian truce between Israel and Hamas.",
    status: "proposed", mediators: [], parties: ["Israel", "Hamas"], notParties: [] },
  { name: "a truce noun that nobody agreed is no declaration",
    date: "2023-10-28",
    text: "Israel's ambassador to the UN said a ceasefire means giving Hamas time to rearm.",
    status: "proposed", mediators: [], parties: [] },
  { name: "a refusal of something other than the deal leaves the truce declared",
    date: "2023-11-23",
    text: "Israel and Hamas agreed to a four-day truce on Wednesday.\nHamas rejected any attempt to disarm its fighters in Gaza.",
    status: "declared", mediators: [], parties: ["Israel", "Hamas"] },
  { name: "no progress in the talks leaves the truce proposed",
    date: "2024-04-08",
    text: "Negotiators in Cairo said on Sunday that no progress had been made in the Gaza truce talks, which are mediated by Egypt and Qatar.",
    status: "proposed", mediators: ["Egypt", "Qatar"], parties: [], decidedBy: /no progress/ },
  { name: "an agreement after an earlier refusal is declared",
    date: "2024-11-28",
    text: "Hezbollah rejected the first draft of the ceasefire on November 12.\nIsrael and Hezbollah agreed to the ceasefire on November 26, in a deal mediated by the United States and France.",
    status: "declared", mediators: ["United States", "France"], parties: ["Israel", "Hezbollah"] },
  { name: "a civil war's truce signed abroad is about the sides' country, and the host mediates",
    date: "2031-05-21",
    text: "Sudan's army and the Rapid Support Forces signed a seven-day ceasefire in Jeddah on Saturday, in talks " +
      "hosted by Saudi Arabia.\nThe truce is due to take effect on Monday evening.",
    status: "declared", mediators: ["Saudi Arabia"], parties: ["Rapid Support Forces"], notParties: ["Saudi Arabia"],
    country: "SDN" },
  { name: "an article on a new proposal that recalls an earlier truce is about the proposal",
    date: "2031-02-06",
    text: "Mediators presented Hamas with a new truce proposal on Monday, Qatar said.\nThe only truce so far, in " +
      "November, was agreed for four days and extended to a week.\nIsraeli air strikes killed 30 people in Rafah on Sunday.",
    status: "proposed", mediators: [], parties: [] },
];

function coded(row: Row): CodedArticle {
  const r = coder.code({ id: "t", text: row.text, date: row.date });
  assert.ok(r.ok, r.ok ? "" : r.error.message);
  return r.value;
}

for (const row of ROWS) {
  test(`truces from articles: ${row.name}`, () => {
    const article = coded(row);
    const names = new Map(article.actors.map((a) => [a.id, a.name]));
    const [cf, ...more] = article.ceasefires;
    assert.ok(cf, "a ceasefire record");
    assert.equal(more.length, 0, "one record");
    const mediators = cf.mediators.map((k) => names.get(k) ?? k);
    const parties = cf.parties.map((k) => names.get(k) ?? k);
    const seen = `mediators ${JSON.stringify(mediators)}, parties ${JSON.stringify(parties)}`;
    assert.equal(cf.status, row.status, `status; decided by ${JSON.stringify(cf.decided_by)}`);
    for (const m of row.mediators) assert.ok(mediators.includes(m), `mediator ${m}: ${seen}`);
    for (const p of row.parties) assert.ok(parties.includes(p), `party ${p}: ${seen}`);
    for (const m of row.notMediators ?? []) assert.ok(!mediators.includes(m), `not a mediator: ${m}: ${seen}`);
    for (const p of row.notParties ?? []) assert.ok(!parties.includes(p), `not a party: ${p}: ${seen}`);
    if (row.country) assert.equal(cf.country, row.country, "country");
    if (row.decidedBy) {
      const d = cf.decided_by;
      assert.ok(d, "decided by a sentence");
      assert.match(d.text, row.decidedBy);
      assert.equal(article.article.text.slice(d.start, d.end), d.text, "offsets of the deciding sentence");
    }
  });
}
