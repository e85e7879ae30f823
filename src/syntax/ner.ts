/**
 * The named-entity tagger: an averaged perceptron over BIO labels (PER, ORG, LOC), decoded left to right with a
 * beam (ner-beam.ts; greedily with a width of 1), trained on
 * GUM's named mentions (scripts/train-ner.ts) and shipped as data/model/ner.bin (a SparseModel file), with the word
 * classes it reads (data/model/clusters.bin, ner-classes.ts).
 *
 * Use, per sentence: tokens' forms, their UPOS tags (from our tagger, tagger.ts) and the dictionary hints
 * (ner-hints.ts) in; token-index spans out, `end` exclusive, in text order, never overlapping.
 *
 * @example
 * const model = loadNer();                     // Result<NerModel>, reads data/model/ner.bin and clusters.bin
 * const hints = nerHints(forms, { kb, gazetteer });
 * if (model.ok) recognise(model.value, forms, upos, hints); // [{ start: 0, end: 2, type: "PER" }, …]
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Result } from "../types.ts";
import { loadWordClasses, type WordClasses } from "./ner-classes.ts";
import { beamDecode } from "./ner-beam.ts";
import { nerFeatures, nerValues, NER_FEATURES, type NerValues } from "./ner-features.ts";
import type { NerHints } from "./ner-hints.ts";
import { schemeOf, type NerScheme } from "./ner-scheme.ts";
import type { EntitySpan } from "./ner-spans.ts";
import { afterTitles } from "./ner-titles.ts";
import { rival, type PerceptronTrainer } from "./perceptron.ts";
import { SparseModel } from "./sparse-model.ts";
import type { WordValues } from "./words.ts";

export const MODEL_DIR = fileURLToPath(new URL("../../data/model/", import.meta.url));
const START = 0xffff;

export interface NerModel {
  readonly weights: SparseModel;
  readonly scheme: NerScheme;
  /** the word classes the weights were trained with (null: trained and run without them) */
  readonly classes: WordClasses | null;
  /** beam width of decoding (ner-beam.ts); 1 decodes greedily */
  readonly beam: number;
}

/** Wraps frozen weights, checking that their labels are those of a label scheme (BIO or BILOU). */
export function nerModel(weights: SparseModel, name = "ner model", classes: WordClasses | null = null, beam = 1): Result<NerModel> {
  const scheme = schemeOf(weights.labels);
  if (!scheme) return { ok: false, error: { code: "model", message: `${name}: labels ${weights.labels.join(" ")} are neither BIO nor BILOU entity labels`, path: name } };
  return { ok: true, value: { weights, scheme, classes, beam } };
}

/** The decoding settings ner.json gives for the weights beside it: `beam`, a width of 1 to 64. */
function readDecoding(dir: string): Result<{ beam: number }> {
  const path = join(dir, "ner.json");
  if (!existsSync(path)) return { ok: false, error: { code: "model-missing", message: `${path} not found: run npm run train:ner`, path } };
  let meta: unknown;
  try {
    meta = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    return { ok: false, error: { code: "model", message: `${path}: not JSON (${(e as Error).message})`, path } };
  }
  const beam = (meta as { beam?: unknown } | null)?.beam;
  if (typeof beam !== "number" || !Number.isInteger(beam) || beam < 1 || beam > 64) {
    return { ok: false, error: { code: "model", message: `${path}: "beam" is ${JSON.stringify(beam)}, expected a whole number from 1 to 64`, path } };
  }
  return { ok: true, value: { beam } };
}

/**
 * Reads `dir`/ner.bin, its decoding settings `dir`/ner.json and the word classes `dir`/clusters.bin (default
 * data/model), or takes `classes` when already loaded; a missing or foreign file is an error value.
 */
export function loadNer(dir = MODEL_DIR, loaded?: WordClasses): Result<NerModel> {
  const path = join(dir, "ner.bin");
  if (!existsSync(path)) return { ok: false, error: { code: "model-missing", message: `${path} not found: run npm run train:ner`, path } };
  // a plain Uint8Array copy: fromBytes slices its input, and slices of a Buffer share its memory pool
  const read = SparseModel.fromBytes(new Uint8Array(readFileSync(path)), path);
  if (!read.ok) return read;
  const decoding = readDecoding(dir);
  if (!decoding.ok) return decoding;
  const classes: Result<WordClasses> = loaded ? { ok: true, value: loaded } : loadWordClasses(dir);
  return classes.ok ? nerModel(read.value, path, classes.value, decoding.value.beam) : classes;
}

interface Scorer {
  readonly classes: number;
  score(feats: Uint32Array, n: number, out: Float64Array): void;
}

/** The best class allowed after `prev`; the first allowed one when scores tie. */
function best(scores: Float64Array, prev: number, scheme: NerScheme): number {
  const p = prev === START ? -1 : prev;
  let b = -1;
  for (let c = 0; c < scores.length; c++) {
    if ((b < 0 || (scores[c] as number) > (scores[b] as number)) && scheme.allowed(p, c)) b = c;
  }
  return b;
}

/** Greedy decoding; with `gold` and `trainer`, updates on each mistake. Returns the classes chosen. */
function decode(scorer: Scorer, scheme: NerScheme, v: NerValues, trainer?: PerceptronTrainer, gold?: readonly number[]): Uint8Array {
  const feats = new Uint32Array(NER_FEATURES);
  const scores = new Float64Array(scorer.classes);
  const out = new Uint8Array(v.n);
  let p1 = START, p2 = START;
  for (let i = 0; i < v.n; i++) {
    const n = nerFeatures(v, i, p1, p2, feats);
    scorer.score(feats, n, scores);
    const c = best(scores, p1, scheme);
    if (trainer && gold) {
      const truth = gold[i] as number;
      const p = p1 === START ? -1 : p1;
      const wrong = rival(scores, truth, (k) => scheme.allowed(p, k));
      if (wrong >= 0) trainer.update(feats, n, truth, wrong);
      trainer.tick();
    }
    out[i] = c;
    p2 = p1;
    p1 = c;
  }
  return out;
}

/**
 * The named entities of one sentence; `words` are its words' values (words.ts) when the tagger already hashed them,
 * `vocab` the forms' indices in the vocabulary of the model's word classes when already looked up.
 * A person's name never starts with a title ("Prime Minister", "Dr.").
 */
export function recognise(
  model: NerModel, forms: readonly string[], upos: readonly string[], hints: NerHints, words?: WordValues, vocab?: readonly number[],
): EntitySpan[] {
  if (forms.length === 0) return [];
  const v = nerValues(forms, upos, hints, words, model.classes, vocab);
  const spans = model.scheme.toSpans(model.beam > 1 ? beamDecode(model.weights, model.scheme, v, model.beam) : decode(model.weights, model.scheme, v));
  const out: EntitySpan[] = [];
  for (const s of spans) {
    const start = s.type === "PER" ? afterTitles(forms, s.start, s.end) : s.start;
    if (start < s.end) out.push(start === s.start ? s : { ...s, start });
  }
  return out;
}

/** One training pass over a sentence (gold classes per token, in `scheme`'s labels). Returns the tokens right. */
export function trainNerSentence(trainer: PerceptronTrainer, scheme: NerScheme, v: NerValues, gold: readonly number[]): number {
  const got = decode(trainer, scheme, v, trainer, gold);
  let right = 0;
  for (let i = 0; i < v.n; i++) if (got[i] === gold[i]) right++;
  return right;
}
