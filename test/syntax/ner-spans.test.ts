/** BIO and BILOU labels to token spans and back (ner-spans.ts, ner-scheme.ts), and reading UNER IOB2 files (uner.ts). */
import assert from "node:assert/strict";
import { test } from "node:test";
import { allowedAfter, BIO_LABELS, classesToSpans, spansToClasses, tagsToSpans } from "../../src/syntax/ner-spans.ts";
import { parseIob2 } from "../../src/syntax/uner.ts";
import { BILOU, BIO, schemeOf } from "../../src/syntax/ner-scheme.ts";
import { afterTitles } from "../../src/syntax/ner-titles.ts";

const decoding: { name: string; tags: string[]; spans: [number, number, string][] }[] = [
  { name: "two adjacent names of one type stay apart at a B-", tags: ["B-PER", "I-PER", "B-PER", "O"], spans: [[0, 2, "PER"], [2, 3, "PER"]] },
  { name: "a name at the very end of the sentence is closed", tags: ["O", "O", "B-LOC", "I-LOC"], spans: [[2, 4, "LOC"]] },
  { name: "an I- after O opens a span, as the CoNLL scorer reads it", tags: ["O", "I-ORG", "I-ORG"], spans: [[1, 3, "ORG"]] },
  { name: "an I- of another type opens a new span", tags: ["B-PER", "I-LOC"], spans: [[0, 1, "PER"], [1, 2, "LOC"]] },
  { name: "types the tagger does not know are dropped", tags: ["B-MISC", "I-MISC", "B-ORG"], spans: [[2, 3, "ORG"]] },
  { name: "no names", tags: ["O", "O"], spans: [] },
];

for (const c of decoding) {
  test(`NER spans: ${c.name}`, () => {
    assert.deepEqual(tagsToSpans(c.tags).map((s) => [s.start, s.end, s.type]), c.spans);
  });
}

test("NER spans: classes from spans decode back to the same spans", () => {
  const spans = [{ start: 0, end: 2, type: "PER" as const }, { start: 2, end: 3, type: "LOC" as const }, { start: 5, end: 8, type: "ORG" as const }];
  const classes = spansToClasses(9, spans);
  assert.deepEqual(classes.map((c) => BIO_LABELS[c]), ["B-PER", "I-PER", "B-LOC", "O", "O", "B-ORG", "I-ORG", "I-ORG", "O"]);
  assert.deepEqual(classesToSpans(classes), spans);
});

test("NER spans: overlapping or out-of-range spans are a bug and throw", () => {
  assert.throws(() => spansToClasses(3, [{ start: 0, end: 2, type: "PER" }, { start: 1, end: 3, type: "LOC" }]), /overlapping/);
  assert.throws(() => spansToClasses(3, [{ start: 2, end: 4, type: "PER" }]), /outside/);
});

test("NER spans: an I- label may only continue its own type", () => {
  const bPer = BIO_LABELS.indexOf("B-PER"), iPer = BIO_LABELS.indexOf("I-PER"), iLoc = BIO_LABELS.indexOf("I-LOC");
  assert.equal(allowedAfter(bPer, iPer), true);
  assert.equal(allowedAfter(iPer, iPer), true);
  assert.equal(allowedAfter(bPer, iLoc), false);
  assert.equal(allowedAfter(0, iPer), false);
  assert.equal(allowedAfter(-1, iPer), false);
  assert.equal(allowedAfter(-1, bPer), true);
});

const iob2 = [
  "# sent_id = email-0001", "# text = Mahmoud Abbas flew to Ramallah", "1\tMahmoud\tB-PER\t-\tann1", "2\tAbbas\tI-PER\t-\tann1",
  "3\tflew\tO\t-\t-", "4\tto\tO\t-\t-", "5\tRamallah\tB-LOC\t-\tann2", "", "# sent_id = email-0002", "1\tThanks\tO\t-\t-", "",
].join("\n");

test("UNER IOB2: sentences with ids, forms and spans", () => {
  const r = parseIob2(iob2, "t.iob2");
  assert.ok(r.ok);
  assert.deepEqual(r.value.map((s) => [s.id, s.forms.length, s.spans.map((x) => `${x.type}:${x.start}-${x.end}`)]), [
    ["email-0001", 5, ["PER:0-2", "LOC:4-5"]],
    ["email-0002", 1, []],
  ]);
});

test("UNER IOB2: a malformed line is an error value naming file and line", () => {
  const r = parseIob2("# sent_id = x\n1\tHi\tB-PER\t-\t-\nthis is not a token line\n", "bad.iob2");
  assert.equal(r.ok, false);
  if (!r.ok) assert.match(r.error.message, /^bad\.iob2:3: /);
});

const bilou: { name: string; spans: [number, number, "PER" | "ORG" | "LOC"][]; n: number; labels: string[] }[] = [
  { name: "a one-word name is U-, a longer one B- … L-", n: 5, spans: [[0, 1, "PER"], [2, 5, "LOC"]], labels: ["U-PER", "O", "B-LOC", "I-LOC", "L-LOC"] },
  { name: "two names side by side", n: 3, spans: [[0, 2, "ORG"], [2, 3, "ORG"]], labels: ["B-ORG", "L-ORG", "U-ORG"] },
];

for (const c of bilou) {
  test(`NER BILOU: ${c.name}`, () => {
    const spans = c.spans.map(([start, end, type]) => ({ start, end, type }));
    const classes = BILOU.toClasses(c.n, spans);
    assert.deepEqual(classes.map((k) => BILOU.labels[k]), c.labels);
    assert.deepEqual(BILOU.toSpans(classes), spans);
  });
}

test("NER BILOU: after B- only I- or L- of the same type may come; a name left open at the end still ends there", () => {
  const at = (l: string): number => BILOU.labels.indexOf(l);
  assert.equal(BILOU.allowed(at("B-PER"), at("L-PER")), true);
  assert.equal(BILOU.allowed(at("B-PER"), at("O")), false);
  assert.equal(BILOU.allowed(at("B-PER"), at("L-LOC")), false);
  assert.equal(BILOU.allowed(at("L-PER"), at("U-LOC")), true);
  assert.equal(BILOU.allowed(-1, at("I-PER")), false);
  assert.deepEqual(BILOU.toSpans([at("O"), at("B-LOC"), at("I-LOC")]), [{ start: 1, end: 3, type: "LOC" }]);
  assert.equal(schemeOf(BILOU.labels), BILOU);
  assert.equal(schemeOf(BIO_LABELS), BIO);
  assert.equal(schemeOf(["O", "B-MISC"]), null);
});

const titled: { forms: string; start: number; end: number; expect: number }[] = [
  { forms: "Prime Minister Fayez al-Sarraj", start: 0, end: 4, expect: 2 },
  { forms: "Dr. Salma Idris", start: 0, end: 3, expect: 1 },
  { forms: "Khalifa Haftar", start: 0, end: 2, expect: 0 },
  { forms: "the President", start: 1, end: 2, expect: 2 },
];

for (const c of titled) {
  test(`NER titles: "${c.forms}" [${c.start},${c.end}) starts its name at ${c.expect}`, () => {
    assert.equal(afterTitles(c.forms.split(" "), c.start, c.end), c.expect);
  });
}
