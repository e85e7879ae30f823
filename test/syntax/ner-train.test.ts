/**
 * Training the entity tagger on a tiny treebank of our own (GUM-style Entity= annotation), recognising its own
 * sentences' names — with accents and non-Latin letters, at the right token offsets — and the model file round trip.
 */
import assert from "node:assert/strict";
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { parseConllu } from "../../src/syntax/conllu.ts";
import { gumEntitySpans } from "../../src/syntax/gum-entities.ts";
import { nerHints } from "../../src/syntax/ner-hints.ts";
import { evaluateNer, trainNer, type NerExample } from "../../src/syntax/ner-train.ts";
import { CLASSES_FILE, loadWordClasses } from "../../src/syntax/ner-classes.ts";
import { loadNer, MODEL_DIR, nerModel, recognise } from "../../src/syntax/ner.ts";
import { BIO } from "../../src/syntax/ner-scheme.ts";
import { PerceptronTrainer } from "../../src/syntax/perceptron.ts";

const ETYPE = { PER: "person", ORG: "organization", LOC: "place" } as const;

/**
 * "[PER José Mujica] visited [LOC Łódź] ." → a CoNLL-U sentence with GUM Entity= brackets: the words of a name are
 * PROPN and hang on its last word, every other word is a root of its own (the reader only needs the mention's head).
 */
function conllu(marked: string, n: number): string {
  const rows: string[] = [];
  let open: { id: number; type: keyof typeof ETYPE; first: number } | null = null;
  const words = marked.split(" ");
  const forms: string[] = [];
  const plan: { form: string; inName: boolean; entity: string; head: number }[] = [];
  for (const w of words) {
    if (w.startsWith("[")) { open = { id: n * 100 + plan.length, type: w.slice(1) as keyof typeof ETYPE, first: plan.length }; continue; }
    const closes = w.endsWith("]") && open !== null;
    const form = closes ? w.slice(0, -1) : w;
    plan.push({ form, inName: open !== null, entity: "", head: 0 });
    forms.push(form);
    if (closes && open) {
      const last = plan.length - 1;
      for (let i = open.first; i < last; i++) plan[i]!.head = last + 1;
      const body = `${open.id}-${ETYPE[open.type]}-new-sssss-cf1-1-sgl`;
      plan[open.first]!.entity = open.first === last ? `(${body})` : `(${body}`;
      if (open.first !== last) plan[last]!.entity = `${open.id})`;
      open = null;
    }
  }
  plan.forEach((p, i) => {
    const upos = p.inName ? "PROPN" : /^\p{P}+$/u.test(p.form) ? "PUNCT" : "NOUN";
    rows.push([String(i + 1), p.form, p.form, upos, "_", "_", String(p.head), p.head ? "flat" : "root", "_", p.entity ? `Entity=${p.entity}` : "_"].join("\t"));
  });
  return `# sent_id = tiny-${n}\n# text = ${forms.join(" ")}\n${rows.join("\n")}\n\n`;
}

const TINY = [
  "[PER Fayez al-Sarraj] met [PER Khalifa Haftar] in [LOC Moscow] on Monday .",
  "The [ORG Sudan Revolutionary Front] rejected the truce signed in [LOC Juba] .",
  "[PER José Mujica] praised the [ORG Unión Cívica] in [LOC Montevideo] .",
  "Talks in [LOC Łódź] ended after [PER Recep Tayyip Erdoğan] left .",
  "[PER Сергей Лавров] arrived in [LOC Doha] with envoys of the [ORG Arab League] .",
  "Fighters of the [ORG Rapid Support Forces] shelled [LOC El Fasher] overnight .",
  "[LOC Kyiv] and [LOC Moscow] traded prisoners , said [PER Volodymyr Zelenskyy] .",
  "The [ORG United Nations] sent [PER Ghassan Salamé] to [LOC Tripoli] .",
];

function examples(): NerExample[] {
  const parsed = parseConllu(TINY.map(conllu).join(""), "tiny.conllu");
  assert.ok(parsed.ok, parsed.ok ? "" : parsed.error.message);
  return parsed.value.map((s) => {
    const forms = s.words.map((w) => w.form);
    return { forms, upos: s.words.map((w) => w.upos), hints: nerHints(forms, {}), spans: gumEntitySpans(s) };
  });
}

const render = (forms: readonly string[], spans: readonly { start: number; end: number; type: string }[]): string[] =>
  spans.map((s) => `${s.type}[${s.start},${s.end}) ${forms.slice(s.start, s.end).join(" ")}`);

test("NER training: the tiny treebank's gold spans are what the marked sentences say", () => {
  const ex = examples();
  assert.deepEqual(render(ex[0]!.forms, ex[0]!.spans), ["PER[0,2) Fayez al-Sarraj", "PER[3,5) Khalifa Haftar", "LOC[6,7) Moscow"]);
  assert.deepEqual(render(ex[4]!.forms, ex[4]!.spans), ["PER[0,2) Сергей Лавров", "LOC[4,5) Doha", "ORG[9,11) Arab League"]);
  assert.equal(ex.reduce((n, e) => n + e.spans.length, 0), 21);
});

test("NER training: a model trained on a tiny treebank recognises its own sentences' entities at the right token offsets", () => {
  const ex = examples();
  const weights = trainNer(ex, { epochs: 12, seed: 7 });
  const model = nerModel(weights);
  assert.ok(model.ok);
  for (const e of ex) assert.deepEqual(render(e.forms, recognise(model.value, e.forms, e.upos, e.hints)), render(e.forms, e.spans));
  assert.equal(evaluateNer(model.value, ex).overall.f1, 1);
});

const widths: [string, number][] = [["beam of 2", 2], ["beam of 4", 4]];
for (const [name, beam] of widths) {
  test(`NER training: structured training with a ${name} (word classes on) recognises the tiny treebank's own entities`, () => {
    const ex = examples();
    const classes = loadWordClasses();
    assert.ok(classes.ok);
    const model = nerModel(trainNer(ex, { epochs: 12, seed: 7, beam, classes: classes.value }), "tiny", classes.value, beam);
    assert.ok(model.ok);
    for (const e of ex) assert.deepEqual(render(e.forms, recognise(model.value, e.forms, e.upos, e.hints)), render(e.forms, e.spans));
  });
}

test("NER training: the same seed gives the same weights", () => {
  const a = trainNer(examples(), { epochs: 3, seed: 11 }).toBytes();
  const b = trainNer(examples(), { epochs: 3, seed: 11 }).toBytes();
  assert.deepEqual(a, b);
});

test("NER model file: written weights load back and recognise the same spans", () => {
  const ex = examples();
  const classes = loadWordClasses();
  assert.ok(classes.ok, classes.ok ? "" : classes.error.message);
  const weights = trainNer(ex, { epochs: 12, seed: 7, classes: classes.value });
  const dir = mkdtempSync(join(tmpdir(), "parley-ner-"));
  try {
    writeFileSync(join(dir, "ner.bin"), weights.toBytes());
    writeFileSync(join(dir, "ner.json"), JSON.stringify({ beam: 1 }));
    const alone = loadNer(dir);
    assert.equal(alone.ok, false, "ner.bin without the word classes it reads does not load");
    if (!alone.ok) assert.equal(alone.error.code, "model-missing");
    copyFileSync(join(MODEL_DIR, CLASSES_FILE), join(dir, CLASSES_FILE));
    const loaded = loadNer(dir);
    const direct = nerModel(weights, "ner model", classes.value);
    assert.ok(loaded.ok && direct.ok);
    for (const e of ex) assert.deepEqual(recognise(loaded.value, e.forms, e.upos, e.hints), recognise(direct.value, e.forms, e.upos, e.hints));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

const badDecoding: [string, string, RegExp][] = [
  ["no ner.json", "", /ner\.json not found/],
  ["ner.json that is not JSON", "{beam: 4", /ner\.json: not JSON/],
  ["a beam of 0", JSON.stringify({ beam: 0 }), /ner\.json: "beam" is 0, expected a whole number from 1 to 64/],
  ["no beam", JSON.stringify({ seed: 1 }), /ner\.json: "beam" is undefined/],
];
for (const [name, json, message] of badDecoding) {
  test(`NER model file: ${name} is an error value naming ner.json`, () => {
    const dir = mkdtempSync(join(tmpdir(), "parley-ner-"));
    try {
      writeFileSync(join(dir, "ner.bin"), new PerceptronTrainer(7).freeze(BIO.labels).toBytes());
      if (json) writeFileSync(join(dir, "ner.json"), json);
      copyFileSync(join(MODEL_DIR, CLASSES_FILE), join(dir, CLASSES_FILE));
      const r = loadNer(dir);
      assert.equal(r.ok, false);
      if (!r.ok) assert.match(r.error.message, message);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

test("NER model file: a missing file and a model with other labels are error values", () => {
  const missing = loadNer(join(tmpdir(), "parley-ner-does-not-exist"));
  assert.equal(missing.ok, false);
  if (!missing.ok) assert.match(missing.error.message, /ner\.bin not found/);
  const other = nerModel(new PerceptronTrainer(2).freeze(["NOUN", "VERB"]));
  assert.equal(other.ok, false);
});

test("NER: an empty sentence has no entities", () => {
  const model = nerModel(trainNer(examples(), { epochs: 1, seed: 1 }));
  assert.ok(model.ok);
  assert.deepEqual(recognise(model.value, [], [], nerHints([], {})), []);
});
