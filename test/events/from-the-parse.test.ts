// Events read from the dependency tree, one construction per row, with sentences we wrote: reported speech, open
// complements, light verbs, negation scope, conjunctions, passives, relative clauses, questions and dates attached
// in the tree. Each row: the sentence, then the events expected (code prefix, source, target, negated, modality)
// and where the first event's date came from.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createCoder } from "../../src/index.ts";
import type { CodedEvent } from "../../src/index.ts";

const coder = createCoder();
const events = (text: string): readonly CodedEvent[] => {
  const r = coder.code({ id: "t", text, date: "2026-11-30" });
  assert.ok(r.ok, r.ok ? "" : r.error.message);
  return r.value.events;
};
type Want = [code: string, source: string, target: string, negated: boolean, modality: string];
const show = (e: CodedEvent) => `${e.cameo} ${e.source.map((a) => a.code).join("+")}>${e.target.map((a) => a.code).join("+")} ${e.negated ? "not " : ""}${e.modality}`;

const CASES: [construction: string, sentence: string, want: Want[], dateFrom?: string][] = [
  ["reported speech: an obligation reported is the speaker's demand of the clause's subject",
    "The Sudanese army said the rebels must withdraw from the city.", [["1056", "SDNMIL", "---REB", false, "requested"]]],
  ["reported speech: what the clause's subject should do is the speaker's appeal, not a demand",
    "The Sudanese army said the rebels should withdraw from the city.", [["0256", "SDNMIL", "---REB", false, "requested"]]],
  ["reported speech: the demand takes its family from the act demanded (a release)",
    "Kenya's foreign ministry said Somalia must release the detained journalists.", [["1053", "KENGOV", "SOM", false, "requested"]]],
  // (a "would not" of the speaker's own is a refusal: CAMEO 125, reject a proposal to negotiate)
  ["reported speech: a pronoun subject of the reported clause is the speaker",
    "The Iranian foreign minister said he would not negotiate with the United States.",
    [["125", "IRNGOV", "USA", false, "asserted"]]],
  ["reported speech: one speaker's reporting verbs in a sentence are one statement",
    "Ethiopia's foreign minister said the border was calm, adding that the region was quiet.", [["010", "ETHGOV", "", false, "asserted"]]],
  ["open complement: an act agreed to is coded as the intention CAMEO defines for it",
    "Turkey agreed to withdraw its troops from the border.", [["0356", "TUR", "TURMIL", false, "intended"]]],
  ["a plan: \"is to\" with an infinitive is an intention, not the act",
    "Under the deal, Kenya is to release 150 prisoners on Friday.", [["0353", "KEN", "---CVL", false, "intended"]]],
  ["a plan: a passive infinitive modifying a noun is an intention",
    "Two Kenyans are among the captives to be released by the rebels on Monday.", [["0353", "---REB", "---CVL", false, "intended"]]],
  ["a plan: the participle of an act done is the act",
    "Two Kenyans are among the captives released by the rebels on Monday.", [["0841", "---REB", "---CVL", false, "asserted"]]],
  ["a plan: the act done is the act",
    "Under the deal, Kenya released 150 prisoners on Friday.", [["0841", "KEN", "---CVL", false, "asserted"]]],
  ["open complement: a refusal is not the act refused",
    "The rebels refused to sign the peace agreement.", [["127", "---REB", "", false, "asserted"]]],
  ["refusal: an act refused is the refusal CAMEO defines for it, and the refusal happened",
    "Eritrea refused to release the detained journalists.", [["1243", "ERI", "---MED", false, "asserted"]]],
  ["refusal: the act's own \"will not\" is a refusal, not a negated intention",
    "Sudan's army will not halt its offensive in Darfur.", [["1246", "SDNMIL", "", false, "asserted"]]],
  ["refusal: a plain negation is no refusal",
    "The army did not withdraw from the town.", [["0874", "---MIL", "", true, "asserted"]]],
  ["open complement: a threatened act is the threat",
    "The militia threatened to attack the airport.", [["138", "---UAF", "", false, "hypothetical"]]],
  ["light verb and event noun: the verb's subject and the noun's oblique",
    "Israeli troops launched an attack on the refugee camp.", [["190", "ISRMIL", "---REF", false, "asserted"]]],
  ["light verb: a failed meeting is negated",
    "Mali's junta failed to hold talks with the Tuareg rebels.", [["040", "MLIGOV", "MLIREB", true, "asserted"]]],
  ["negation scope: the negation of the first verb does not reach the conjoined one",
    // (a sentence set in Sudan three times over: the rebels are Sudan's, src/actors/focus.ts)
    "Sudanese troops did not shell Kadugli but bombed rebel positions near Dilling.",
    [["194", "SDNMIL", "", true, "asserted"], ["195", "SDNMIL", "SDNREB", false, "asserted"]]],
  ["conjunction: conjoined actors each act on the other",
    "The Ethiopian government and the Tigrayan rebels signed a truce in Pretoria on Wednesday.",
    [["057", "ETHGOV", "---REB", false, "asserted"], ["057", "---REB", "ETHGOV", false, "asserted"]], "clause"],
  ["conjunction: conjoined subjects each get the event",
    "Russia and Turkey condemned the attack.", [["110", "RUS", "", false, "asserted"], ["110", "TUR", "", false, "asserted"]]],
  ["conjunction: an actor right before a verb is its subject, though the parse joins it to the phrase before",
    "Chad welcomed Niger on Monday and Mali visited Niger.", [["051", "TCD", "NER", false, "asserted"], ["042", "MLI", "NER", false, "asserted"]]],
  ["passive: the agent is the source and the subject the target",
    "Ukraine was shelled by Russian forces overnight.", [["194", "RUSMIL", "UKR", false, "asserted"]]],
  ["passive: a conjoined verb shares the voice and the agent",
    "The militants were arrested by Iraqi police and later released.",
    [["173", "IRQCOP", "---REB", false, "asserted"], ["0841", "IRQCOP", "---REB", false, "asserted"]]],
  ["hearsay: a reported act (a killing by an armed movement is conventional force, 190)",
    "The rebels reportedly killed three soldiers.", [["190", "---REB", "---MIL", false, "reported"]]],
  ["cause of harm: the force that killed names the one event, with the people killed as its target",
    "Ethiopian air strikes killed nine civilians in Mekelle on Tuesday.", [["195", "ETH", "---CVL", false, "asserted"]]],
  ["cause of harm: a relative clause of harm tells of the act it modifies happening",
    "Mali's army followed with an offensive that killed 40 civilians.", [["190", "MLIMIL", "---CVL", false, "asserted"]]],
  ["cause of harm: the passive's \"in\" oblique is the force; the people harmed are never its source",
    "Five children were killed in shelling of Gaza on Sunday.", [["194", "", "---CVL", false, "asserted"]]],
  ["cause of harm: conjoined harms share the cause, and the possessor of the act (after \"in\") is its source",
    "Dozens of people were killed and wounded in Russia's bombardment of Kharkiv.", [["194", "RUS", "---CVL", false, "asserted"]]],
  ["cause of harm: a past participle after the people harmed is passive, its \"in\" oblique the force",
    "Officials counted 40 civilians wounded in the Sudanese army's air raids.", [["195", "SDNMIL", "---CVL", false, "asserted"]]],
  ["cause of harm: a participle of harm with no subject is the result of the act it hangs from",
    "Rebel fighters shelled the market in Kadugli on Monday, killing seven traders.", [["194", "---REB", "---BUS", false, "asserted"]]],
  ["cause of harm: a participle on a noun of the act's phrase (\"the barracks near the river killing…\") belongs to that act",
    "The militia said its fighters shelled the army barracks near the river killing four soldiers.", [["194", "---REB", "---MIL", false, "asserted"]]],
  ["passive: a participle the tree reads as passive takes no doer from the words before it",
    "Ten villagers were killed and 30 others wounded in the Ethiopian army's assault on the town.", [["190", "ETHMIL", "---CVL", false, "asserted"]]],
  ["light verb: an event noun compounded into the object (\"a mediation effort\") takes the verb's subject",
    "Kenya's president, Mr William Ruto, launched a mediation effort in the Tigray crisis last night.", [["045", "KENGOV", "", false, "asserted"]]],
  ["passive: an event noun compounded into the subject takes the \"by\" agents, each acting on the other",
    "A ceasefire deal was signed by the army and the rebels on Monday.",
    [["0871", "---MIL", "---REB", false, "asserted"], ["0871", "---REB", "---MIL", false, "asserted"]]],
  ["taking part: the event noun someone engages in happened, with them as its sides",
    "Kenya and Ethiopia engaged in talks on the border on Monday.", [["040", "KEN", "ETH", false, "asserted"], ["040", "ETH", "KEN", false, "asserted"]]],
  ["taking part: \"took part in\" takes no part of a town; the talks taken part in happened",
    "Sudan's army took part in the talks in Jeddah.", [["040", "SDNMIL", "", false, "asserted"]]],
  ["setting: a meeting the speaker was in, with its other side named, happened",
    "Kenya's president said after talks with the Somali president that the border would reopen.", [["040", "KENGOV", "SOMGOV", false, "asserted"]]],
  ["setting: \"in his meeting with X\" is the holder's meeting with X",
    "Egypt's foreign minister affirmed in his meeting with Israel's foreign minister in Cairo the need for calm.", [["040", "EGYGOV", "ISRGOV", false, "asserted"]]],
  ["telling of an event: what a monitor reports happened, and the one who reports it is not its doer",
    "Local activists reported Ethiopian air strikes on Mekelle on Tuesday.", [["195", "ETH", "", false, "asserted"]]],
  ["measure of an event: a surge in shelling is shelling that happened",
    "There has been a surge in Sudanese army shelling of El Fasher.", [["194", "SDNMIL", "", false, "asserted"]]],
  ["\"came under fire\": the subject is the target and no doer",
    "A Kenyan police convoy came under fire near the Somali border.", [["190", "", "KENCOP", false, "asserted"]]],
  ["firing into a place aims at it as firing at it does",
    "Ethiopian soldiers fired into the crowd of protesters in Gondar.", [["193", "ETHMIL", "---OPP", false, "asserted"]]],
  ["intention: an end of force promised is the intention to de-escalate (0356), whatever the force is called",
    "The Sudanese army said it would stop the shooting in El Fasher.", [["0356", "SDNMIL", "", false, "intended"]]],
  ["threat: force its own speaker says their side could use is a threat (138)",
    "Al-Shabaab said its fighters could attack Kenyan bases in Somalia.", [["138", "SOMREB", "KEN", false, "hypothetical"]]],
  ["threat: force someone else could use stays the act, hypothetical",
    "Analysts said Ethiopia could strike Eritrea within weeks.", [["190", "ETH", "ERI", false, "hypothetical"]]],
  ["threat: carrying on an offensive promised is a threat",
    "The Houthis said they would continue military operations against Israel.", [["138", "YEMREB", "ISR", false, "intended"]]],
  ["passive participle: the noun it modifies was acted on, and no actor elsewhere in the sentence is",
    "Kenya's president said the plan brokered by Qatar was fair.", [["045", "QAT", "", false, "asserted"]]],
  ["counterfactual: what would have been done gives way to what was done, even in a clause of time",
    "The vote was held after Russia vetoed a resolution on Friday that would have demanded a ceasefire in Gaza.", [["129", "RUS", "", false, "asserted"]]],
  ["counterfactual: what would have been done did not happen, and the statement stands",
    "Kenya said Ethiopia could have prevented the attack on the border.", [["010", "KEN", "", false, "asserted"]]],
  ["a pause in the fighting is a truce (0871), each side's with the other",
    "Sudan's army and the RSF announced a pause in fighting in Khartoum.", [["0871", "SDNMIL", "SDNREB", false, "asserted"], ["0871", "SDNREB", "SDNMIL", false, "asserted"]]],
  ["request: asking someone to act, however long the name between, is the appeal CAMEO defines for the act",
    "Kenya had asked Ethiopian Prime Minister Abiy Ahmed to reopen the border crossing.", [["0255", "KEN", "ETHGOV", false, "requested"]]],
  ["a visit: sending a delegation somewhere, or making a trip there, is the sender's visit (042)",
    "Kenya sent a delegation to Addis Ababa on Monday.", [["042", "KEN", "ETH", false, "asserted"]]],
  ["bringing down a drone is military force (190), not small arms (193)",
    "A Kenyan warship shot down two drones near Lamu on Sunday.", [["190", "KENMIL", "---MIL", false, "asserted"]]],
  ["intercepting a missile is military force (190)",
    "Kenya's air force intercepted a missile near Mombasa on Sunday.", [["190", "KENMIL", "", false, "asserted"]]],
  ["trading fire is fighting (190), whatever the tense; trading with a country is trade",
    "Al-Shabaab has been trading fire with Kenyan troops near the border.", [["190", "SOMREB", "KENMIL", false, "asserted"]]],
  ["an event noun pattern begun on its adjective happened as its noun did (\"began a joint exercise\")",
    "Kenya and Uganda began a joint military exercise near Lake Victoria.", [["062", "KEN", "UGA", false, "asserted"], ["062", "UGA", "KEN", false, "asserted"]]],
  ["rejection: rejecting a request is a rejection (120) of whoever made it",
    "Kenya rejected Somalia's request for talks on the border.", [["120", "KEN", "SOM", false, "asserted"]]],
  ["a lawsuit: suing someone brings a lawsuit against them (115)",
    "Ethiopia sued Egypt over the dam.", [["115", "ETH", "EGY", false, "asserted"]]],
  ["a participle right after a perfect auxiliary is the verb, though the parse reads it as an adjective",
    "The Kenyan army had distributed supplies to refugees near the border.", [["073", "KENMIL", "---REF", false, "asserted"]]],
  ["demand: pushing or pressing for something demands it (10x, as the codebook's examples code it)",
    "Kenya pressed for talks with the Somali government.", [["106", "KEN", "SOMGOV", false, "requested"]]],
  ["claim: force its own doers claim is their claim of responsibility (015)",
    "Al-Shabaab claimed it had attacked the Kenyan base.", [["015", "SOMREB", "KEN", false, "asserted"]]],
  ["claim: force a speaker claims another did is the speaker's accusation of the doer (112)",
    "Kenya claimed that Al-Shabaab had attacked the base.", [["112", "KEN", "SOMREB", false, "asserted"]]],
  ["taking part: joining someone for talks is meeting them",
    "Kenya's foreign minister joined the Somali president for talks in Nairobi.", [["040", "KENGOV", "SOMGOV", false, "asserted"]]],
  ["force posture: strengthening one's forces somewhere mobilises them (154)",
    "Ethiopia has strengthened its forces along the Eritrean border.", [["154", "ETH", "ETHMIL", false, "asserted"]]],
  ["hostages: holding people as human shields takes them hostage (181)",
    "Al-Shabaab fighters held villagers as human shields near Kismayo.", [["181", "SOMREB", "---CVL", false, "asserted"]]],
  ["counterfactual: what hangs from a verb that would have been is no event either",
    "Kenya vetoed a resolution that would have condemned the attack while calling for a pause in the fighting.", [["129", "KEN", "", false, "asserted"]]],
  ["economic aid: giving money is economic aid (071), however the amount is written",
    "The Kenyan government provided an additional $2 million in assistance to Somalia.", [["071", "KENGOV", "SOM", false, "asserted"]]],
  ["setting: an act's setting with no side and no holder is background",
    "Kenya's president spoke after the talks in Nairobi.", [["010", "KENGOV", "", false, "asserted"]]],
  ["cause of harm: causes the parse conjoins to a word before them are causes too; a state's bombing is air power (195)",
    "Dozens of civilians were killed in Sudanese government and Russian bombing of Nyala.",
    [["195", "SDNGOV", "---CVL", false, "asserted"], ["195", "RUS", "---CVL", false, "asserted"]]],
  ["bombing by a state's government is air power, 195 (the codebook's 183 is bombing not by a military)",
    "The Ethiopian government bombed Mekelle on Monday.", [["195", "ETHGOV", "", false, "asserted"]]],
  ["cause of harm: a participle of aiming on an act of force names its target, and is no act of its own",
    "Sudanese air strikes targeting rebel positions in Kadugli killed nine fighters.", [["195", "SDN", "---REB", false, "asserted"]]],
  ["force from the air is air power (195), whatever the word for it",
    "Five civilians were killed in aerial bombardment of Kadugli on Sunday.", [["195", "", "---CVL", false, "asserted"]]],
  ["bombing by rebels stays 183",
    "Rebels bombed a bus station in Goma.", [["183", "---REB", "", false, "asserted"]]],
  ["a verb our tagger reads where wink-nlp's tags a noun (\"helped broker\") fires a verb pattern",
    "Egypt helped broker the ceasefire between Israel and Hamas.", [["045", "EGY", "ISR", false, "asserted"], ["045", "EGY", "PSEREB", false, "asserted"]]],
  ["reported speech: the clause a reporting verb reports is news beside the sentence's main act",
    "Rebels attacked a convoy near Kadugli on Monday, and the army said that militants shelled the market.",
    [["190", "---REB", "", false, "asserted"], ["194", "---REB", "", false, "asserted"]]],
  // (the killing itself, with no cause in the tree, is a weak act beside the fighting and is not coded: a loss)
  ["the people a sentence tells were harmed are no doer of its force",
    "Five civilians were killed on Sunday as fighting raged in Kadugli.", []],
  ["people harmed nowhere in the sentence may be doers",
    "Civilians attacked a police station in Goma on Monday.", [["190", "---CVL", "---COP", false, "asserted"]]],
  ["harm with no doer named: conventional force in news of war (PETRARCH's KILL)",
    "Five people were killed near the border on Sunday.", [["190", "", "---CVL", false, "asserted"]]],
  ["request: an act asked for is the appeal CAMEO defines for it, and no act of its own",
    "The Security Council called for pauses in the fighting in Darfur.", [["0256", "IGOUNO", "", false, "requested"]]],
  ["request: a statement of the need for an act asks for it",
    "Kenya's foreign minister stressed the need for a ceasefire in Sudan.", [["0256", "KENGOV", "", false, "requested"]]],
  ["request: a statement with no noun of necessity stays a statement",
    "Kenya's foreign minister stressed that the border was calm.", [["010", "KENGOV", "", false, "asserted"]]],
  ["request: a meeting asked for is an appeal to meet",
    "Kenya called for talks between the two sides.", [["026", "KEN", "", false, "requested"]]],
  ["mediation: a third party brokering a truce mediates (045); the truce is no act of the mediator's",
    "Qatar has been working with Egypt to broker a truce between Ethiopia and Eritrea.", [["045", "QAT", "ETH", false, "asserted"], ["045", "QAT", "ERI", false, "asserted"]]],
  ["harm by an organised armed actor, means unnamed: conventional force",
    "Nigerian troops killed twelve militants near Maiduguri.", [["190", "NGAMIL", "---REB", false, "asserted"]]],
  ["conditional: the act in the main clause of a condition is a threat",
    "If Hamas fires rockets, Israel will strike Gaza.", [["13", "ISR", "", false, "hypothetical"]]],
  ["question: an act asked about is not asserted",
    "Did Russia bomb the hospital?", [["195", "RUS", "---HLH", false, "hypothetical"]]],
  ["date in the tree: the day attached to the reported act, not to the report",
    "Pakistani officials said on Monday that India had shelled villages in Kashmir on Saturday.", [["194", "IND", "", false, "asserted"]], "clause"],
  ["no date in the sentence: the publication day, marked so",
    "Police arrested ten protesters in Cairo.", [["173", "---COP", "EGYOPP", false, "asserted"]], "publication"],
];

for (const [construction, sentence, want, dateFrom] of CASES) {
  test(`${construction}: "${sentence}"`, () => {
    const got = events(sentence);
    assert.equal(got.length, want.length, got.map(show).join(" | "));
    want.forEach(([code, source, target, negated, modality], i) => {
      const e = got[i]!;
      assert.ok(e.cameo.startsWith(code), `${show(e)}: code ${code}`);
      assert.equal(e.source.map((a) => a.code).join("+"), source, show(e));
      assert.equal(e.target.map((a) => a.code).join("+"), target, show(e));
      assert.equal(e.negated, negated, show(e));
      assert.equal(e.modality, modality, show(e));
    });
    if (dateFrom) assert.equal(got[0]!.date_from, dateFrom);
  });
}

test("dates in the tree: the reported act's own day wins over the report's", () => {
  const [e] = events("On Friday, officials said the army attacked the village on Tuesday.");
  assert.equal(e?.date, "2026-11-24");
  assert.equal(e?.date_from, "clause");
});
