/**
 * Error analysis of an entity model on the dev sets (GUM dev, UNER EWT dev; never the test sets): per type, exact
 * matches, type errors, boundary errors, false alarms and misses (src/syntax/ner-errors.ts).
 *
 *   node --import tsx scripts/ner-errors.ts [--dir data/model] [--no-classes]
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { loadKnowledgeBase } from "../src/actors/kb/index.ts";
import { loadGazetteer } from "../src/places/gazetteer.ts";
import { gumEntitySpans } from "../src/syntax/gum-entities.ts";
import { loadWordClasses } from "../src/syntax/ner-classes.ts";
import { addNerErrors, emptyNerErrors } from "../src/syntax/ner-errors.ts";
import { nerHints } from "../src/syntax/ner-hints.ts";
import { MODEL_DIR, nerModel, recognise } from "../src/syntax/ner.ts";
import { SparseModel } from "../src/syntax/sparse-model.ts";
import { tag } from "../src/syntax/tagger.ts";
import { loadTreebank, TREEBANKS } from "../src/syntax/treebank.ts";
import { parseIob2 } from "../src/syntax/uner.ts";
import type { EntitySpan } from "../src/syntax/ner-spans.ts";

const { values: args } = parseArgs({ options: { dir: { type: "string", default: MODEL_DIR }, "no-classes": { type: "boolean", default: false } } });
const fail = (m: string): never => { console.error(`ner-errors: ${m}`); process.exit(1); };
if (!existsSync(TREEBANKS)) fail(`${TREEBANKS} not found`);
const read = (file: string): SparseModel => {
  const r = SparseModel.fromBytes(new Uint8Array(readFileSync(join(args.dir, file))), file);
  return r.ok ? r.value : fail(r.error.message);
};
const tagger = read("tagger.bin");
const classes = args["no-classes"] ? null : loadWordClasses(args.dir);
if (classes && !classes.ok) fail(classes.error.message);
const model = nerModel(read("ner.bin"), "ner.bin", classes?.ok ? classes.value : null);
if (!model.ok) fail(model.error.message);
const m = (model as { ok: true; value: Parameters<typeof recognise>[0] }).value;
const sources = { kb: loadKnowledgeBase(), gazetteer: loadGazetteer() };

function report(name: string, sentences: { forms: readonly string[]; spans: readonly EntitySpan[] }[]): void {
  const acc = emptyNerErrors();
  for (const s of sentences) addNerErrors(acc, s.spans, recognise(m, s.forms, tag(tagger, s.forms).upos, nerHints(s.forms, sources)));
  console.log(`${name}\n  type  exact  type-err  bound-same  bound-other  miss  false-alarm`);
  for (const [t, c] of [...acc].sort()) {
    console.log(`  ${t.padEnd(5)} ${String(c.exact).padStart(5)} ${String(c.type).padStart(9)} ${String(c.boundarySameType).padStart(11)} ${String(c.boundaryOtherType).padStart(12)} ${String(c.miss).padStart(5)} ${String(c.falseAlarm).padStart(12)}`);
  }
}
const gum = loadTreebank("en_gum-ccby", "dev");
if (!gum.ok) fail(gum.error.message);
else report("GUM dev", gum.value.map((s) => ({ forms: s.words.map((w) => w.form), spans: gumEntitySpans(s) })));
const path = join(TREEBANKS, "uner_en_ewt-dev.iob2");
const uner = parseIob2(readFileSync(path, "utf8"), path);
if (!uner.ok) fail(uner.error.message);
else report("UNER EWT dev", uner.value);
