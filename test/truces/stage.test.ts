import { test } from "node:test";
import assert from "node:assert/strict";
import { trucesStage } from "../../src/truces/stage.ts";
import type { Context } from "../../src/stage.ts";
import type { ArticleCeasefire } from "../../src/types.ts";
import { handDoc, type HandDoc, type HandMention } from "../quotes/hand-doc.ts";

const ctx = {} as Context;
const LNA: HandMention = { text: "Haftar", key: "haftar", kind: "person", code: "LBYMIL", country: "LBY" };
const GNA: HandMention = { text: "Sarraj", key: "sarraj", kind: "person", code: "LBYGOV", country: "LBY" };
const RUS: HandMention = { text: "Russia", key: "russia", kind: "state", code: "RUS", country: "RUS" };
const TUR: HandMention = { text: "Turkey", key: "turkey", kind: "state", code: "TUR", country: "TUR" };
const UN: HandMention = { text: "the United Nations", key: "un", kind: "igo", code: "IGOUNO", country: null };

const code = (text: string, spec: HandDoc): readonly ArticleCeasefire[] =>
  trucesStage.run(handDoc(text, spec), ctx).ceasefires ?? [];

interface Row {
  readonly name: string;
  readonly text: string;
  readonly spec: HandDoc;
  readonly want: Partial<ArticleCeasefire>;
}

const ROWS: readonly Row[] = [
  { name: "proposed by mediators",
    text: "Russia and Turkey called for a ceasefire between Haftar and Sarraj. Both men were invited to Moscow.",
    spec: { mentions: [RUS, TUR, LNA, GNA], events: [
      { trigger: "called for", cameo: "0256", source: ["russia", "turkey"], target: ["haftar", "sarraj"], country: "LBY" }] },
    want: { status: "proposed", parties: ["haftar", "sarraj"], mediators: ["russia", "turkey"], country: "LBY",
      evidence: ["e1"] } },
  { name: "declared with an effective date",
    text: "Haftar and Sarraj announced a truce on Saturday. The ceasefire takes effect at midnight on Sunday.",
    spec: { published: "2020-01-11", mentions: [LNA, GNA],
      dates: [{ text: "on Saturday", date: "2020-01-11" }, { text: "on Sunday", date: "2020-01-12" }],
      events: [{ trigger: "announced", cameo: "0871", source: ["haftar", "sarraj"], date: "2020-01-11" }] },
    want: { status: "declared", declared: "2020-01-11", effective: "2020-01-12", parties: ["haftar", "sarraj"],
      evidence: ["e1"] } },
  { name: "in force once the effective date has passed",
    text: "The truce between Haftar and Sarraj came into force on Sunday. Residents of Tripoli reported calm.",
    spec: { published: "2020-01-13", mentions: [LNA, GNA], dates: [{ text: "on Sunday", date: "2020-01-12" }] },
    want: { status: "in_force", effective: "2020-01-12", parties: ["haftar", "sarraj"], evidence: [] } },
  { name: "violated by shelling after the effective date",
    text: "A ceasefire took effect on Sunday. Haftar's forces shelled Sarraj's positions near Tripoli on Tuesday.",
    spec: { published: "2020-01-15", mentions: [LNA, GNA],
      dates: [{ text: "on Sunday", date: "2020-01-12" }, { text: "on Tuesday", date: "2020-01-14" }],
      events: [{ trigger: "shelled", cameo: "194", source: ["haftar"], target: ["sarraj"], date: "2020-01-14", country: "LBY" }] },
    want: { status: "violated", effective: "2020-01-12", parties: ["haftar", "sarraj"], country: "LBY", evidence: ["e1"] } },
  { name: "violated by an accusation without a coded event",
    text: "Sarraj accused Haftar of violating the truce overnight.",
    spec: { mentions: [LNA, GNA] },
    want: { status: "violated", evidence: [] } },
  { name: "refusal to sign and a renewed offensive: collapsed",
    text: "Sarraj signed the ceasefire document in Moscow but Haftar left without signing. On Thursday his forces renewed their offensive on the capital.",
    spec: { mentions: [LNA, GNA], events: [
      { trigger: "signed", cameo: "057", source: ["sarraj"] },
      { trigger: "without signing", cameo: "057", source: ["haftar"], negated: true }] },
    want: { status: "collapsed", parties: ["sarraj", "haftar"], evidence: ["e1", "e2"] } },
  { name: "collapse words",
    text: "The fragile truce around Tripoli collapsed on Friday.",
    spec: {}, want: { status: "collapsed" } },
  { name: "mediator from brokered by, parties from between",
    text: "A truce between Haftar and Sarraj, brokered by the United Nations, was largely holding.",
    spec: { mentions: [LNA, GNA, UN] },
    want: { status: "in_force", parties: ["haftar", "sarraj"], mediators: ["un"] } },
  { name: "terms",
    text: "Under the deal, both sides would withdraw to the positions of April 2019 and exchange prisoners. The ceasefire was signed on Monday.",
    spec: {}, want: { status: "declared", terms: ["withdraw to the positions of April 2019", "exchange prisoners"] } },
  { name: "an appeal to agree is a proposal, and coordinated mediators share the role",
    text: "Russia and Turkey called on both sides to agree to a ceasefire.",
    spec: { mentions: [RUS, TUR] }, want: { status: "proposed", mediators: ["russia", "turkey"] } },
  { name: "talks on a truce without status words are a proposal",
    text: "Delegations arrived in Moscow for talks on a truce.", spec: {}, want: { status: "proposed" } },
  { name: "signing subjects are parties",
    text: "Sarraj signed the ceasefire document, but Haftar left Moscow on Thursday without signing it.",
    spec: { mentions: [LNA, GNA] }, want: { parties: ["sarraj", "haftar"] } },
];

for (const row of ROWS) {
  test(`truces: ${row.name}`, () => {
    const got = code(row.text, row.spec);
    assert.equal(got.length, 1);
    const [c] = got;
    for (const [k, v] of Object.entries(row.want)) assert.deepEqual(c?.[k as keyof ArticleCeasefire], v, k);
  });
}
