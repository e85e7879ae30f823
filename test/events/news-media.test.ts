// The news media tell the news: a correspondent's or an outlet's reporting verb is no statement of a party, an
// outlet is never the doer of an act it reports, and the one a report is "according to" or was "told" is no party
// to the act told. Each row: a sentence we wrote, the events expected (code, source, target) and codes of actors
// that must be in no event.
import { test } from "node:test";
import assert from "node:assert/strict";
import { events, show } from "./coded.ts";


const CASES: [construction: string, sentence: string, want: RegExp[], absent: string[]][] = [
  ["a correspondent's report is no statement",
    "Reporting from Khartoum, Al Jazeera's correspondent said the streets were quiet on Monday.", [], ["QATMED"]],
  ["an outlet's report is no statement; the act it reports is coded",
    "Reuters reported that Sudanese army aircraft bombed Nyala on Monday.", [/^1[89]\d* SDNMIL>/], ["GBRMED"]],
  ["an outlet's own criticism is a verbal act of its own",
    "Haaretz criticised the Israeli government over the raid.", [/^11\d* ISRMED>ISRGOV/], []],
  ["\"according to\" names the report's source, not a party",
    "The rebels attacked the airport in Goma, according to AFP.", [/^19\d* ---REB>$/], ["FRAMED"]],
  ["the outlet told is the addressee of the telling, not of the act told",
    "\"There will be no ceasefire in Gaza,\" he told Al Jazeera on Monday.", [], ["QATMED"]],
  ["a party's statement to an outlet is a statement to it",
    "Ethiopia's foreign minister told Reuters the border with Eritrea was calm.", [/^010 ETHGOV>GBRMED$/], []],
];

for (const [construction, sentence, want, absent] of CASES) {
  test(`${construction}: "${sentence}"`, () => {
    const got = events(sentence).map(show);
    for (const w of want) assert.ok(got.some((g) => w.test(g)), `${w} in ${got.join(" | ")}`);
    for (const a of absent) assert.ok(!got.some((g) => g.includes(a)), `${a} in no event: ${got.join(" | ")}`);
  });
}
