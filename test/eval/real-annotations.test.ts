// Our annotation file of real articles: its loader names FILE:LINE for every bad record, and the shipped file is
// well formed: at least 20 articles, real CAMEO codes, and (where ../shared is present) ids of annotate-ids.txt
// with offsets that fall inside one line of the article, on its words.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadCodebook } from "../../src/codebook/load.ts";
import { parseAnnotations, readAnnotations } from "../../src/eval/real-annotations.ts";
import { DEFAULT_ANNOTATIONS, readCorpus } from "../../src/eval/real-corpus.ts";

const CORPUS = fileURLToPath(new URL("../../../shared/corpus/", import.meta.url));
const shared = existsSync(CORPUS);
const skipShared = shared ? false : `../shared/corpus not found at ${CORPUS}: the corpus is only in CI and on the team's machines`;

const event = (over: Record<string, unknown> = {}) => ({
  sentence: [0, 40], source: [{ code: "PHLREB", name: "rebels" }], cameo: "193", target: [], negated: false,
  refused: null, date: null, country: "PHL", ...over,
});
const line = (over: Record<string, unknown> = {}) => JSON.stringify({ id: "made-up-1", events: [event()], facts: [], ...over });

/** [what is wrong, file text, the words the error must hold] */
const BAD: [string, string, RegExp][] = [
  ["not JSON", `${line()}\n{"id": `, /^a\.jsonl:2: not JSON$/],
  ["an event code that is not CAMEO", line({ events: [event({ cameo: "19x" })] }), /^a\.jsonl:1: events\.0\.cameo: a CAMEO event code$/],
  ["an actor code in lower case", line({ events: [event({ source: [{ code: "phlreb", name: "rebels" }] })] }), /a\.jsonl:1: events\.0\.source\.0\.code/],
  ["an event without a source", line({ events: [event({ source: [] })] }), /a\.jsonl:1: events\.0\.source/],
  ["a sentence that ends before it starts", line({ events: [event({ sentence: [40, 10] })] }), /a\.jsonl:1: events\.0\.sentence: start must be before end/],
  ["a date that is not YYYY-MM-DD", line({ events: [event({ date: "March 20, 1987" })] }), /a\.jsonl:1: events\.0\.date/],
  ["a fact of an unknown kind", line({ facts: [{ kind: "truce_signed", sentence: [0, 40] }] }), /a\.jsonl:1: facts\.0\.kind/],
  ["an article annotated twice", `${line()}\n${line()}`, /^a\.jsonl:2: article made-up-1 is annotated twice$/],
];

for (const [name, text, want] of BAD) {
  test(`annotations: ${name} is an error naming the line`, () => {
    const r = parseAnnotations(text, "a.jsonl");
    assert.equal(r.ok, false);
    if (!r.ok) assert.match(r.error.message, want);
  });
}

test("annotations: a good record reads back with its fields", () => {
  const r = parseAnnotations(`${line({ facts: [{ kind: "killed", sentence: [0, 40], count: 18 }] })}\n\n`, "a.jsonl");
  assert.ok(r.ok);
  assert.equal(r.value.length, 1);
  assert.deepEqual(r.value[0]!.facts[0], { kind: "killed", sentence: [0, 40], count: 18 });
  assert.equal(r.value[0]!.events[0]!.cameo, "193");
});

test("the shipped annotations cover at least 20 articles with codes the codebook knows", () => {
  const r = readAnnotations(DEFAULT_ANNOTATIONS);
  assert.ok(r.ok, r.ok ? "" : r.error.message);
  assert.ok(r.value.length >= 20, `${r.value.length} articles`);
  const codebook = loadCodebook();
  const known = new Set(codebook.entries.map((e) => e.code));
  for (const a of r.value) {
    assert.ok(a.events.length > 0, `${a.id} has no events`);
    for (const e of a.events) for (const c of [e.cameo, e.refused]) if (c !== null) assert.ok(known.has(c), `${a.id}: ${c} is not in the codebook`);
    for (const e of a.events) if (e.refused !== null) assert.equal(e.cameo.slice(0, 2), "12", `${a.id}: a refusal is coded as a rejection (12x), not ${e.cameo}`);
  }
});

test("the shipped annotations name only articles of annotate-ids.txt, with offsets on one line of each article's words", { skip: skipShared }, () => {
  const r = readAnnotations(DEFAULT_ANNOTATIONS);
  assert.ok(r.ok);
  const allowed = new Set(readFileSync(`${CORPUS}annotate-ids.txt`, "utf8").split("\n").map((s) => s.trim()).filter(Boolean));
  for (const a of r.value) assert.ok(allowed.has(a.id), `${a.id} is not in annotate-ids.txt`);
  const corpus = readCorpus(`${CORPUS}conflict.jsonl`, new Set(r.value.map((a) => a.id)));
  assert.ok(corpus.ok);
  for (const a of r.value) {
    const text = corpus.value.get(a.id)?.text;
    assert.ok(text !== undefined, `${a.id} is not in conflict.jsonl`);
    for (const { sentence: [s, e] } of [...a.events, ...a.facts]) {
      assert.ok(e <= text.length, `${a.id}: [${s}, ${e}] runs past the text (${text.length})`);
      const piece = text.slice(s, e);
      assert.ok(!/^\s|\s$/.test(piece), `${a.id}: [${s}, ${e}] begins or ends on a space`);
      assert.ok(!piece.includes("\n"), `${a.id}: [${s}, ${e}] crosses a line`);
      assert.ok(s === 0 || /[\s.!?"”]/.test(text[s - 1]!), `${a.id}: [${s}, ${e}] begins inside a word`);
    }
  }
});
