/** Knowledge-base and gazetteer hints for the entity tagger (src/syntax/ner-hints.ts), on small dictionaries of our own. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { parseKnowledgeBase } from "../../src/actors/kb/index.ts";
import { parseGazetteer } from "../../src/places/gazetteer.ts";
import { nerHints } from "../../src/syntax/ner-hints.ts";

const kb = parseKnowledgeBase({
  "countries.tsv": "iso3\tiso2\tname\tnames\tdemonyms\tcapitals\nLBY\tLY\tLibya\t\tLibyan|Libyans\tTripoli\nUSA\tUS\tUnited States\tUS|U.S.|United States of America\tAmerican\tWashington\n",
  "igos.tsv": "code\tname\tnames\tkind\tcountry\nIGOUNO\tUnited Nations\tUN|U.N.\tigo\t\n",
  "people.tsv": "name\tnames\tcode\tcountry\tfrom\tto\nKhalifa Haftar\tHaftar\tLBYMIL\tLBY\t\t\n",
});
const gazetteer = parseGazetteer({
  "c.tsv": "name\talt\tkind\tcountry\tadmin1\tlat\tlon\tpopulation\nLibya\t\tcountry\tLBY\t\t27\t17\t7000000\nUnited States\tUS\tcountry\tUSA\t\t39\t-98\t330000000\nAbu Salim\tAbu Slim\tcity\tLBY\tTripoli\t32.85\t13.18\t200000\n",
});
assert.ok(kb.ok && gazetteer.ok);
const sources = { kb: kb.value, gazetteer: gazetteer.value };

/**
 * "word:kb/place" for every token with a hint; the code is 4 × (group + 1) + position (0 alone, 1 first, 2 inner,
 * 3 last); knowledge-base groups: 0 person, 1 IGO/NGO/group, 2 country/capital, 3 demonym, 4 agent; places: 0.
 */
function hinted(sentence: string): string[] {
  const forms = sentence.split(" ");
  const h = nerHints(forms, sources);
  return forms.flatMap((f, i) => (h.kb[i] || h.place[i] ? [`${f}:${h.kb[i]}/${h.place[i]}`] : []));
}

const cases: { name: string; sentence: string; expect: string[] }[] = [
  { name: "a person's full name is one phrase (first and last word)", sentence: "Khalifa Haftar spoke", expect: ["Khalifa:5/0", "Haftar:7/0"] },
  { name: "the longest phrase wins over a shorter one inside it", sentence: "the United States of America voted", expect: ["United:13/5", "States:14/7", "of:14/0", "America:15/0"] },
  { name: "a country is in both dictionaries; a demonym only in the knowledge base", sentence: "Libyan forces left Libya", expect: ["Libyan:16/0", "Libya:12/4"] },
  { name: "an IGO acronym is found in capitals", sentence: "the UN said", expect: ["UN:8/0"] },
  { name: "an all-capitals key is not matched in lower case", sentence: "tell us more", expect: [] },
  { name: "a lower-case country name is still found (web text)", sentence: "flights to libya", expect: ["libya:12/4"] },
  { name: "a two-word city from the gazetteer alone", sentence: "clashes in Abu Slim", expect: ["Abu:0/5", "Slim:0/7"] },
  { name: "punctuation breaks a phrase", sentence: "Khalifa , Haftar", expect: ["Haftar:4/0"] },
];

for (const c of cases) {
  test(`NER hints: ${c.name}`, () => {
    assert.deepEqual(hinted(c.sentence), c.expect);
  });
}

test("NER hints: without dictionaries every hint is zero", () => {
  const h = nerHints(["Khalifa", "Haftar"], {});
  assert.deepEqual([...h.kb, ...h.place], [0, 0, 0, 0]);
});
