/**
 * `npm run train:ner`: trains the named-entity tagger on GUM train's named mentions (../shared/treebanks/, see
 * src/syntax/gum-entities.ts), follows GUM dev and UNER EWT dev after each epoch and keeps the epoch with the best
 * mean dev F1, writes data/model/ner.bin and data/model/ner.json, and then scores the test sets once: UNER EWT test
 * and GUM test's news documents, on gold tokens. Deterministic for a given seed and tagger.
 *
 *   node --import tsx scripts/train-ner.ts [--epochs N] [--seed S] [--prune P] [--tagger FILE] [--folds K]
 *     [--tagger-epochs N] [--lowercase SHARE] [--out DIR] [--skip-test] [--beam WIDTH] [--classes FILE | --no-classes]
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { Presets, SingleBar } from "cli-progress";
import { loadKnowledgeBase } from "../src/actors/kb/index.ts";
import { loadGazetteer } from "../src/places/gazetteer.ts";
import type { ConlluSentence } from "../src/syntax/conllu.ts";
import { gumEntitySpans } from "../src/syntax/gum-entities.ts";
import { nerHints, type NerHintSources } from "../src/syntax/ner-hints.ts";
import type { NerScores } from "../src/syntax/ner-score.ts";
import { evaluateNer, trainNer, type NerExample } from "../src/syntax/ner-train.ts";
import { nerModel, recognise, type NerModel } from "../src/syntax/ner.ts";
import { parseWordClasses } from "../src/syntax/ner-classes.ts";
import { SparseModel } from "../src/syntax/sparse-model.ts";
import { tag } from "../src/syntax/tagger.ts";
import { jackknifeTags, tagClasses } from "../src/syntax/train.ts";
import { loadTreebank, TREEBANKS, type Split } from "../src/syntax/treebank.ts";
import { parseIob2 } from "../src/syntax/uner.ts";
import { seededRandom } from "../src/syntax/random.ts";
import { replaceNames } from "../src/syntax/ner-augment.ts";
import { loadNamePool } from "../src/syntax/ner-names.ts";
import { BILOU, BIO } from "../src/syntax/ner-scheme.ts";

const { values: args } = parseArgs({
  options: {
    epochs: { type: "string", default: "12" },
    seed: { type: "string", default: "20261203" },
    prune: { type: "string", default: "0.001" },
    tagger: { type: "string", default: fileURLToPath(new URL("../data/model/tagger.bin", import.meta.url)) },
    out: { type: "string", default: fileURLToPath(new URL("../data/model/", import.meta.url)) },
    lowercase: { type: "string", default: "0" },
    folds: { type: "string", default: "0" },
    "drop-final": { type: "string", default: "0" },
    swap: { type: "string", default: "0.5" },
    scheme: { type: "string", default: "bio" },
    "tagger-epochs": { type: "string", default: "6" },
    "skip-test": { type: "boolean", default: false },
    classes: { type: "string", default: fileURLToPath(new URL("../data/model/clusters.bin", import.meta.url)) },
    "no-classes": { type: "boolean", default: false },
    beam: { type: "string", default: "4" },
  },
});
const epochs = Number(args.epochs), seed = Number(args.seed), prune = Number(args.prune);
const die = (message: string): never => {
  console.error(`train:ner: ${message}`);
  process.exit(1);
};
if (!existsSync(TREEBANKS)) die(`${TREEBANKS} not found: the GUM and UNER files live in ../shared/treebanks/ beside the repository`);
if (!existsSync(args.tagger)) die(`tagger weights ${args.tagger} not found (train them with npm run train:parse, or pass --tagger FILE)`);
// a copy as a plain Uint8Array: SparseModel.fromBytes slices its input, and a Buffer's slices share a pool
const taggerBytes = new Uint8Array(readFileSync(args.tagger));
const taggerModel = SparseModel.fromBytes(taggerBytes, args.tagger);
if (!taggerModel.ok) die(taggerModel.error.message);
const tagger = (taggerModel as { ok: true; value: SparseModel }).value;

// the word classes (clusters of word vectors, npm run build:clusters) the features read; --no-classes trains without
const classBytes = args["no-classes"] ? null : existsSync(args.classes) ? new Uint8Array(readFileSync(args.classes)) : die(`word classes ${args.classes} not found (npm run build:clusters, or --no-classes)`);
const classesRead = classBytes ? parseWordClasses(classBytes, args.classes) : null;
if (classesRead && !classesRead.ok) die(classesRead.error.message);
const classes = classesRead?.ok ? classesRead.value : null;

const started = Date.now();
const sources: NerHintSources = { kb: loadKnowledgeBase(), gazetteer: loadGazetteer() };
const example = (forms: readonly string[], spans: NerExample["spans"]): NerExample =>
  ({ forms, upos: tag(tagger, forms).upos, hints: nerHints(forms, sources), spans });

function gumSentences(split: Split): ConlluSentence[] {
  const r = loadTreebank("en_gum-ccby", split);
  return r.ok ? r.value : die(r.error.message);
}

function gum(split: Split, genre?: string): NerExample[] {
  let current = "";
  const keep: ConlluSentence[] = [];
  for (const s of gumSentences(split)) {
    for (const c of s.comments) {
      const m = /^#\s*meta::genre\s*=\s*(\S+)/.exec(c);
      if (m) current = m[1] ?? "";
    }
    if (!genre || current === genre) keep.push(s);
  }
  return keep.map((s) => example(s.words.map((w) => w.form), gumEntitySpans(s)));
}

function uner(split: "dev" | "test"): NerExample[] {
  const path = join(TREEBANKS, `uner_en_ewt-${split}.iob2`);
  if (!existsSync(path)) return die(`${path} not found`);
  const r = parseIob2(readFileSync(path, "utf8"), path);
  if (!r.ok) return die(r.error.message);
  return r.value.map((s) => example(s.forms, s.spans));
}

// web text often writes names in lower case ("tampa bay"): a seeded share of the training sentences is also
// given in lower case, tagged afresh, so the model learns names from context and dictionaries too
// The training sentences' tags come from taggers that did not see them (k-fold jackknifing over EWT train + GUM
// train), so the model learns how far to trust a PROPN as it will meet them; dev and test use the shipped tagger.
const folds = Number(args.folds);
function jackknifed(): NerExample[] {
  const sentences = gumSentences("train");
  if (folds < 2) return gum("train");
  const ewt = loadTreebank("en_ewt", "train");
  if (!ewt.ok) return die(ewt.error.message);
  const all = [...sentences, ...ewt.value];
  const tbar = new SingleBar({ format: "{phase} [{bar}] {percentage}% | {value}/{total}", hideCursor: true }, Presets.shades_classic);
  let phase = "";
  const tagged = jackknifeTags(all, tagClasses(all), folds, Number(args["tagger-epochs"]), seed + 3, (p, done, total) => {
    if (p !== phase) { if (phase) tbar.stop(); phase = p; tbar.start(total, done, { phase: p }); }
    tbar.update(done, { phase: p });
  });
  tbar.stop();
  return sentences.map((s, i) => {
    const forms = s.words.map((w) => w.form);
    return { forms, upos: tagged[i]?.upos ?? die("jackknife: a sentence was not tagged"), hints: nerHints(forms, sources), spans: gumEntitySpans(s) };
  });
}
const gumTrain = jackknifed();
const pick = seededRandom(seed + 7);
const share = Number(args.lowercase);
const lowered = gumTrain.filter((e) => e.spans.length > 0 && pick() < share).map((e) => example(e.forms.map((f) => f.toLowerCase()), e.spans));
// e-mail and web text often end a sentence without punctuation, right after a name ("Coach: Lisa Gilette"), which
// GUM's edited text almost never does: a seeded share of the training sentences also comes without its final mark
const dropShare = Number(args["drop-final"]);
const unpunctuated = gumTrain.filter((e) => e.forms.length > 2 && /^\p{P}+$/u.test(e.forms.at(-1) ?? "") && pick() < dropShare)
  .map((e) => example(e.forms.slice(0, -1), e.spans.filter((x) => x.end < e.forms.length)));
// mention replacement: a seeded share of the sentences with names also comes with some names swapped for names of
// the same type from our knowledge base and gazetteer, so the model learns what their hints mean (ner-augment.ts)
const swapShare = Number(args.swap);
const pool = loadNamePool(sources.kb?.countries ?? []);
const swapped = gumTrain.filter((e) => e.spans.length > 0 && pick() < swapShare).flatMap((e) => {
  const r = replaceNames(e, pool, pick);
  return r ? [example(r.forms, r.spans)] : [];
});
const train = [...gumTrain, ...lowered, ...unpunctuated, ...swapped];
const dev = { "gum dev": gum("dev"), "uner ewt dev": uner("dev") };
const tokens = train.reduce((s, e) => s + e.forms.length, 0);
const spans = train.reduce((s, e) => s + e.spans.length, 0);
console.log(`train:ner: ${gumTrain.length} GUM train sentences (+ ${lowered.length} in lower case, + ${unpunctuated.length} without their final mark, + ${swapped.length} with names swapped), ${tokens} tokens, ${spans} named entities; seed ${seed}, ${epochs} epochs`);

const line = (name: string, s: NerScores): string =>
  `${name} F1 ${s.overall.f1.toFixed(4)} (P ${s.overall.precision.toFixed(3)} R ${s.overall.recall.toFixed(3)}; ` +
  Object.entries(s.byType).map(([t, v]) => `${t} ${v.f1.toFixed(3)}`).join(" ") + ")";
const figures = (s: NerScores) => ({
  f1: +s.overall.f1.toFixed(4), precision: +s.overall.precision.toFixed(4), recall: +s.overall.recall.toFixed(4),
  byType: Object.fromEntries(Object.entries(s.byType).map(([t, v]) => [t, +v.f1.toFixed(4)])),
});

const bar = new SingleBar({ format: "ner [{bar}] {percentage}% | {value}/{total} | {note}", hideCursor: true }, Presets.shades_classic);
bar.start(epochs * train.length, 0, { note: "" });
interface Kept { epoch: number; model: NerModel; mean: number; dev: Record<string, ReturnType<typeof figures>> }
const kept: { best: Kept | null } = { best: null };
const history: { epoch: number; dev: Record<string, number> }[] = [];
trainNer(train, {
  epochs, seed, prune, classes, beam: Number(args.beam), scheme: args.scheme === "bilou" ? BILOU : BIO,
  progress: (done, _total, note) => bar.update(done, { note }),
  onEpoch(epoch, weights, acc) {
    const model = nerModel(weights, "ner model", classes, Number(args.beam));
    if (!model.ok) return die(model.error.message);
    const scores = Object.entries(dev).map(([name, ex]) => [name, evaluateNer(model.value, ex)] as const);
    const mean = scores.reduce((s, [, v]) => s + v.overall.f1, 0) / scores.length;
    bar.stop();
    console.log(`epoch ${epoch}: train acc ${acc.toFixed(4)} · ${scores.map(([n, s]) => line(n, s)).join(" · ")}`);
    history.push({ epoch, dev: Object.fromEntries(scores.map(([n, s]) => [n, +s.overall.f1.toFixed(4)])) });
    if (!kept.best || mean > kept.best.mean) kept.best = { epoch, model: model.value, mean, dev: Object.fromEntries(scores.map(([n, s]) => [n, figures(s)])) };
    if (epoch < epochs) bar.start(epochs * train.length, epoch * train.length, { note: "" });
  },
});
bar.stop();
const chosen = kept.best ?? die("no epoch was scored");
const seconds = Math.round((Date.now() - started) / 1000);

// inference speed of recognise() alone (tags and hints precomputed) over the UNER dev sentences, per second of this
// process's CPU time (the machine is shared, so wall time would measure the neighbours)
const speedSet = dev["uner ewt dev"];
const speedTokens = speedSet.reduce((s, e) => s + e.forms.length, 0);
const cpu0 = process.cpuUsage();
for (let r = 0; r < 3; r++) for (const e of speedSet) recognise(chosen.model, e.forms, e.upos, e.hints);
const cpu = process.cpuUsage(cpu0);
const tokensPerSecond = Math.round((3 * speedTokens) / ((cpu.user + cpu.system) / 1e6));

mkdirSync(args.out, { recursive: true });
const bytes = chosen.model.weights.toBytes();
writeFileSync(join(args.out, "ner.bin"), bytes);
const meta = {
  trainedOn: "UD_English-GUM train (en_gum-ccby: news, interviews, biographies, travel guides, textbooks, speeches, vlogs, conversation; texts CC BY or public domain, treebank CC BY-NC-SA 4.0), named mentions of Entity= as PER/ORG/LOC",
  licence: "weights derived from UD_English-GUM (CC BY-NC-SA 4.0; these genres' texts CC BY or public domain) and tuned on UNER English-EWT dev (CC BY-SA 4.0)",
  tunedOn: ["GUM dev", "UNER English-EWT dev (CC BY-SA 4.0)"],
  labels: chosen.model.weights.labels, sentences: train.length, tokens, entities: spans,
  seed, epochs, chosenEpoch: chosen.epoch, prune, beam: Number(args.beam), lowercase: share, dropFinal: dropShare, swap: swapShare, scheme: args.scheme, folds, taggerEpochs: Number(args["tagger-epochs"]),
  tagger: { file: args.tagger.split("/").pop(), sha256: createHash("sha256").update(taggerBytes).digest("hex") },
  classes: classBytes ? { file: args.classes.split("/").pop(), sha256: createHash("sha256").update(classBytes).digest("hex"), words: classes?.words, columns: classes?.columns.map((c) => c.name) } : null,
  features: chosen.model.weights.features, entries: chosen.model.weights.entries, bytes: bytes.length,
  dev: chosen.dev, history, seconds, tokensPerCpuSecond: tokensPerSecond,
  test: null as Record<string, ReturnType<typeof figures>> | null,
};
const writeMeta = (): void => writeFileSync(join(args.out, "ner.json"), `${JSON.stringify(meta, null, 2)}\n`);
writeMeta();
console.log(`train:ner: epoch ${chosen.epoch} kept; wrote ner.bin ${(bytes.length / 1e6).toFixed(2)} MB (${meta.features} features) in ${seconds} s; recognise ${tokensPerSecond} tokens per CPU second`);

// the settings are fixed by now: the test sets are scored once, printed and recorded
if (!args["skip-test"]) {
  const unerTest = evaluateNer(chosen.model, uner("test"));
  const gumNews = evaluateNer(chosen.model, gum("test", "news"));
  console.log(`test (gold tokens): ${line("uner ewt test", unerTest)}`);
  console.log(`test (gold tokens): ${line("gum news test", gumNews)}`);
  meta.test = { "uner ewt test": figures(unerTest), "gum news test": figures(gumNews) };
  writeMeta();
}
