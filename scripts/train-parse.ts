/**
 * `npm run train:parse`: trains the part-of-speech tagger and the dependency parser on the training splits of
 * Universal Dependencies English EWT and GUM (../shared/treebanks/), follows the dev splits after each epoch, and
 * writes data/model/tagger.bin, parser.bin and labeler.bin with data/model/syntax.json (what was trained on what,
 * with which settings, and the dev figures). Deterministic for a given seed. The test splits are never read here.
 *
 *   node --import tsx scripts/train-parse.ts [--tagger-epochs N] [--parser-epochs N] [--folds K] [--seed S]
 *     [--prune F] [--keep SHARE] [--out DIR] [--classes DIR]
 * With --classes, the parser also learns word-class features (parser-classes.ts) from DIR/clusters.bin, and
 * syntax.json says so (the parser then needs clusters.bin beside the weights); the shipped weights have none.
 * The parser learns from jackknifed tags (K folds, at most 3 tagger epochs each); the dev figures printed per epoch
 * are on gold words with our tags; `parley eval-parse` scores from raw text.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { SingleBar, Presets } from "cli-progress";
import type { ConlluSentence } from "../src/syntax/conllu.ts";
import { addSentence, emptyScores, ratios } from "../src/syntax/gold-score.ts";
import { parse } from "../src/syntax/parser.ts";
import { tag } from "../src/syntax/tagger.ts";
import { jackknifeTags, labelClasses, tagClasses, trainParser, trainTagger, type ParserModels } from "../src/syntax/train.ts";
import { valuesOf } from "../src/syntax/parser-features.ts";
import { loadTreebank, type TreebankName } from "../src/syntax/treebank.ts";
import { loadWordClasses } from "../src/syntax/ner-classes.ts";
import { PARSER_CLASS_COLUMNS, parserClassesMeta } from "../src/syntax/parser-classes.ts";
import type { SparseModel } from "../src/syntax/sparse-model.ts";

const { values: args } = parseArgs({
  options: {
    "tagger-epochs": { type: "string", default: "5" },
    "parser-epochs": { type: "string", default: "10" },
    folds: { type: "string", default: "2" },
    seed: { type: "string", default: "20261203" },
    prune: { type: "string", default: "0.0005" },
    keep: { type: "string", default: "1" },
    out: { type: "string", default: fileURLToPath(new URL("../data/model/", import.meta.url)) },
    classes: { type: "string" },
  },
});
const taggerEpochs = Number(args["tagger-epochs"]);
const parserEpochs = Number(args["parser-epochs"]);
const folds = Number(args.folds);
const seed = Number(args.seed);
const prune = Number(args.prune);
/** the share of each model's features written out (the strongest ones), for a smaller and faster model */
const keep = Number(args.keep);

function load(name: TreebankName, split: "train" | "dev"): ConlluSentence[] {
  const r = loadTreebank(name, split);
  if (!r.ok) {
    console.error(`train:parse: ${r.error.message}`);
    process.exit(1);
  }
  return r.value;
}

const loadedClasses = args.classes === undefined ? null : loadWordClasses(args.classes);
if (loadedClasses && !loadedClasses.ok) {
  console.error(`train:parse: ${loadedClasses.error.message}`);
  process.exit(1);
}
const classes = loadedClasses?.value ?? null;
const lacking = classes && PARSER_CLASS_COLUMNS.find((c) => !classes.column(c));
if (lacking) {
  console.error(`train:parse: ${args.classes}/clusters.bin has no column "${lacking}", which the parser reads`);
  process.exit(1);
}
const started = Date.now();
const train = [...load("en_ewt", "train"), ...load("en_gum-ccby", "train")];
const dev = { en_ewt: load("en_ewt", "dev"), "en_gum-ccby": load("en_gum-ccby", "dev") };
const words = train.reduce((s, x) => s + x.words.length, 0);
console.log(`train:parse: ${train.length} training sentences, ${words} words (EWT + GUM train); seed ${seed}`);

// A progress bar on a terminal; elsewhere (CI, a log file) a line per phase and a note every 5,000 sentences.
const tty = !!process.stderr.isTTY;
const bar = new SingleBar({ format: "{phase} [{bar}] {percentage}% | {value}/{total} | ETA {eta_formatted} | {note}", hideCursor: true, noTTYOutput: false }, Presets.shades_classic);
let current = "";
const progress = (phase: string, done: number, total: number, note = ""): void => {
  if (!tty) {
    if (phase !== current || done % 5000 === 0 || done === total) console.error(`${phase}: ${done}/${total} ${note}`);
    current = phase;
    return;
  }
  if (phase !== current) {
    if (current) bar.stop();
    current = phase;
    bar.start(total, done, { phase, note });
  }
  bar.update(done, { phase, note });
};

const tags = tagClasses(train);
const labels = labelClasses(train);
const tagger = trainTagger(train, tags, taggerEpochs, seed, progress);
const tagged = folds > 1 ? jackknifeTags(train, tags, folds, Math.min(taggerEpochs, 3), seed + 1, progress) : train.map((s) => ({ sentence: s, ...tag(tagger, s.words.map((w) => w.form)) }));
if (tty && current) bar.stop();
current = "";

function scoreDev(models: ParserModels): Record<string, ReturnType<typeof ratios>> {
  const out: Record<string, ReturnType<typeof ratios>> = {};
  for (const [name, sentences] of Object.entries(dev)) {
    const acc = emptyScores();
    for (const s of sentences) {
      const forms = s.words.map((w) => w.form);
      const t = tag(tagger, forms);
      const p = parse(models.transitions, models.labeler, valuesOf(forms, t.upos, t.xpos, classes), forms.length);
      addSentence(acc, s, t.upos, p.heads, p.deprels);
    }
    out[name] = ratios(acc);
  }
  return out;
}

const history: { epoch: number; dev: Record<string, ReturnType<typeof ratios>> }[] = [];
const models = trainParser(tagged, labels, {
  epochs: parserEpochs, seed: seed + 2, progress, prune, classes,
  onEpoch(epoch, m) {
    const d = scoreDev(m);
    history.push({ epoch, dev: d });
    if (tty) bar.stop();
    current = "";
    const line = Object.entries(d).map(([k, r]) => `${k} upos ${r.upos.toFixed(4)} uas ${r.uas.toFixed(4)} las ${r.las.toFixed(4)}`).join(" · ");
    console.log(`epoch ${epoch}: dev (gold words) ${line}`);
  },
});
if (tty && current) bar.stop();

mkdirSync(args.out, { recursive: true });
const write = (file: string, full: SparseModel): number => {
  const model = full.prunedTo(Math.ceil(full.features * keep));
  const bytes = model.toBytes();
  writeFileSync(join(args.out, file), bytes);
  return bytes.length;
};
const sizes = {
  "tagger.bin": write("tagger.bin", tagger),
  "parser.bin": write("parser.bin", models.transitions),
  "labeler.bin": write("labeler.bin", models.labeler),
};
const meta = {
  trainedOn: ["UD_English-EWT train (CC BY-SA 4.0)", "UD_English-GUM train, openly licensed genres (CC BY / public domain texts; treebank CC BY-NC-SA 4.0)"],
  ...(classes ? { classes: parserClassesMeta } : {}),
  sentences: train.length, words, seed, taggerEpochs, parserEpochs, folds, prune, keep,
  features: { tagger: tagger.features, parser: models.transitions.features, labeler: models.labeler.features },
  bytes: sizes,
  dev: history.at(-1)?.dev ?? null,
  seconds: Math.round((Date.now() - started) / 1000),
};
writeFileSync(join(args.out, "syntax.json"), `${JSON.stringify(meta, null, 2)}\n`);
console.log(`train:parse: wrote ${Object.entries(sizes).map(([f, b]) => `${f} ${(b / 1e6).toFixed(1)} MB`).join(", ")} in ${meta.seconds} s`);
