/** GUM's Entity= bracket notation read into UNER-style named-entity spans (src/syntax/gum-entities.ts). */
import assert from "node:assert/strict";
import { test } from "node:test";
import { parseConllu } from "../../src/syntax/conllu.ts";
import { gumEntitySpans, gumMentions } from "../../src/syntax/gum-entities.ts";

type Row = [form: string, upos: string, head: number, entity: string, feats?: string];

/** One CoNLL-U sentence from rows of (form, upos, head, Entity= value or "", FEATS). */
function sentence(rows: readonly Row[]): string {
  const lines = rows.map(([form, upos, head, entity, feats], i) =>
    [String(i + 1), form, form.toLowerCase(), upos, "_", feats ?? "_", String(head), head === 0 ? "root" : "dep", "_", entity ? `Entity=${entity}` : "_"].join("\t"));
  return `# text = ${rows.map((r) => r[0]).join(" ")}\n${lines.join("\n")}\n\n`;
}

function spansOf(rows: readonly Row[]): string[] {
  const parsed = parseConllu(sentence(rows), "test.conllu");
  assert.ok(parsed.ok);
  const s = parsed.value[0]!;
  return gumEntitySpans(s).map((x) => `${x.type} ${s.words.slice(x.start, x.end).map((w) => w.form).join(" ")} [${x.start},${x.end})`);
}

const cases: { name: string; rows: Row[]; expect: string[] }[] = [
  {
    name: "a one-word mention opened and closed on the same word",
    rows: [["Haftar", "PROPN", 2, "(1-person-new-sssss-cf1-1-coref-Khalifa_Haftar)"], ["spoke", "VERB", 0, ""], [".", "PUNCT", 2, ""]],
    expect: ["PER Haftar [0,1)"],
  },
  {
    name: "nested mentions: the outer name wins over the place inside it",
    rows: [
      ["at", "ADP", 4, ""],
      ["Tripoli", "PROPN", 4, "(2-organization-new-snnnn-cf5-1,2,3-coref-Tripoli_University(3-place-new-snnnn-cf10-1-sgl-Tripoli)"],
      ["Medical", "PROPN", 4, ""],
      ["School", "PROPN", 0, "2)"],
    ],
    expect: ["ORG Tripoli Medical School [1,4)"],
  },
  {
    name: "a leading article and a title are trimmed off the name",
    rows: [
      ["the", "DET", 2, "(4-place-giv-sssss-cf2-2-coref-United_Arab_Emirates"],
      ["Emirates", "PROPN", 5, "4)"],
      ["and", "CCONJ", 4, ""],
      ["Dr.", "PROPN", 5, "(5-person-new-nnnnn-cf4-1,2-sgl-Salma_Idris"],
      ["Idris", "PROPN", 0, "5)"],
    ],
    expect: ["LOC Emirates [1,2)", "PER Idris [4,5)"],
  },
  {
    name: "words of a name keep their own class in UD (New/ADJ York/PROPN) and stay in the span",
    rows: [["New", "ADJ", 2, "(6-place-new-nnnnn-cf1-1,2-sgl-New_York"], ["York", "PROPN", 3, "6)"], ["voted", "VERB", 0, ""]],
    expect: ["LOC New York [0,2)"],
  },
  {
    name: "a mention headed by a common noun is no name; the name inside it is",
    rows: [
      ["the", "DET", 2, "(7-organization-new-nnsnn-cf3-2,4-coref"],
      ["office", "NOUN", 0, ""],
      ["of", "ADP", 4, ""],
      ["Oxfam", "PROPN", 2, "(8-organization-new-nnnnn-cf4-1-sgl-Oxfam)7)"],
    ],
    expect: ["ORG Oxfam [3,4)"],
  },
  {
    name: "a trailing relative clause stays out of the name; joiners stay only between names",
    rows: [
      ["Bank", "PROPN", 0, "(9-organization-new-sssss-cf1-1-coref-Bank_of_Kordofan"],
      ["of", "ADP", 3, ""],
      ["Kordofan", "PROPN", 1, ""],
      ["that", "PRON", 5, ""],
      ["failed", "VERB", 1, "9)"],
    ],
    expect: ["ORG Bank of Kordofan [0,3)"],
  },
  {
    name: "plural person mentions name groups (demonyms, parties) and give no span",
    rows: [["Sudanese", "PROPN", 2, "(10-person-new-nnnnn-cf1-1-sgl)", "Number=Plur"], ["marched", "VERB", 0, ""]],
    expect: [],
  },
  {
    name: "types UNER does not tag (event, time, object) give no span",
    rows: [["Ramadan", "PROPN", 2, "(11-time-new-nnnnn-cf1-1-sgl-Ramadan)"], ["began", "VERB", 0, ""]],
    expect: [],
  },
];

for (const c of cases) {
  test(`GUM entities: ${c.name}`, () => {
    assert.deepEqual(spansOf(c.rows), c.expect);
  });
}

test("GUM entities: a mention left open at the end of a sentence is dropped, not carried into the next", () => {
  const rows: Row[] = [["Fayez", "PROPN", 0, "(12-person-new-sssss-cf1-1-coref-Fayez_al-Sarraj"], ["al-Sarraj", "PROPN", 1, ""]];
  const parsed = parseConllu(sentence(rows) + sentence([["He", "PRON", 2, "12)"], ["left", "VERB", 0, ""]]), "t.conllu");
  assert.ok(parsed.ok);
  assert.deepEqual(parsed.value.map((s) => gumMentions(s.words).length), [0, 0]);
});

test("GUM entities: an identity with hyphens is read whole", () => {
  const parsed = parseConllu(sentence([["Sarraj", "PROPN", 0, "(13-person-new-sssss-cf1-1-coref-Fayez_al-Sarraj)"]]), "t.conllu");
  assert.ok(parsed.ok);
  assert.equal(gumMentions(parsed.value[0]!.words)[0]?.identity, "Fayez_al-Sarraj");
});
