// A document speaks for whoever issued it (src/coref/issuer.ts): one row per way an article names the issuer, with
// sentences we wrote. Each row: the text, then the events expected as "CODE SOURCE>TARGET".
import { test } from "node:test";
import assert from "node:assert/strict";
import { events, show } from "../events/coded.ts";

const CASES: [construction: string, text: string, want: string[]][] = [
  ["the subject of a verb of adopting is the issuer",
    "The African Union adopted a resolution on Sudan on Monday. The resolution called for an immediate ceasefire.", ["0256 IGOAFRAFU>"]],
  ["the body that adopted a text is its issuer, not the state that drafted it",
    "The Security Council adopted a resolution drafted by Malta. The resolution demands the release of the hostages.", ["1053 IGOUNO>---CVL"]],
  ["the agent of a passive verb of issuing is the issuer",
    "A statement was issued by Kenya's foreign ministry on Tuesday. The statement condemned the attack on the embassy.", ["010 KENGOV>", "110 KENGOV>"]],
  ["whoever voted for a text is its issuer",
    "Kenya voted in favour of a resolution on Somalia. The resolution urges the rebels to negotiate.", ["020 KEN>---REB"]],
  ["a document with no issuer named speaks for no one",
    "The report said the rebels withdrew from the town.", ["0874 ---REB>"]],
  ["a document that is only described does nothing",
    "The UN Security Council passed a resolution on Gaza. The resolution is non-binding.", []],
  ["a passive document is acted on, not acting: its critic is the only doer",
    "The African Union issued a statement on Monday. The statement was criticised by the rebels.", ["010 IGOAFRAFU>", "110 ---REB>"]],
  ["\"it\" as the next sentence's subject goes on speaking for the document's issuer",
    "The African Union adopted a resolution on Sudan on Monday. The resolution called for an immediate ceasefire. It also asked for the release of the prisoners.",
    ["0256 IGOAFRAFU>", "0253 IGOAFRAFU>---CVL"]],
  ["\"it\" two sentences after the document is left to coreference",
    "The African Union adopted a resolution on Sudan on Monday. The resolution called for an immediate ceasefire. Fighting continued in Darfur. It also asked for the release of the prisoners.",
    ["0256 IGOAFRAFU>", "0253 >SDNCVL"]],
];

for (const [construction, text, want] of CASES) {
  test(`issuer: ${construction}`, () => {
    assert.deepEqual(events(text).map(show), want, text);
  });
}
