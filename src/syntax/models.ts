/**
 * The shipped syntax weights (data/model/tagger.bin, parser.bin, labeler.bin; ner.bin when present) and the word
 * classes the parser and the entity tagger read (clusters.bin, loaded once for both), loaded once per coder. A
 * missing or unreadable file is an error value naming it; the coder then runs without syntax. A missing ner.bin
 * only turns entity recognition off.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Result } from "../types.ts";
import { loadWordClasses, type WordClasses } from "./ner-classes.ts";
import { loadNer, type NerModel } from "./ner.ts";
import { PARSER_CLASS_COLUMNS } from "./parser-classes.ts";
import { SparseModel } from "./sparse-model.ts";

export const MODEL_DIR = fileURLToPath(new URL("../../data/model/", import.meta.url));

export interface SyntaxModels {
  readonly tagger: SparseModel;
  readonly transitions: SparseModel;
  readonly labeler: SparseModel;
  /** the word classes of the parser's features (parser-classes.ts); null: every word has the class NO_CLASS */
  readonly classes: WordClasses | null;
  /** the named-entity tagger (ner.bin); null when that file is absent: no entities, everything else works */
  readonly ner: NerModel | null;
}

/** Reads one model file of `dir`. */
export function readModel(dir: string, file: string): Result<SparseModel> {
  const path = join(dir, file);
  if (!existsSync(path)) return { ok: false, error: { code: "model-missing", message: `model file ${path} not found (npm run train:parse rebuilds it)`, path } };
  return SparseModel.fromBytes(readFileSync(path), path);
}

/** Loads the tagger and parser weights of `dir` (data/model/ by default). */
export function loadSyntaxModels(dir: string = MODEL_DIR): Result<SyntaxModels> {
  const tagger = readModel(dir, "tagger.bin");
  if (!tagger.ok) return tagger;
  const transitions = readModel(dir, "parser.bin");
  if (!transitions.ok) return transitions;
  const labeler = readModel(dir, "labeler.bin");
  if (!labeler.ok) return labeler;
  const classes = loadWordClasses(dir);
  if (!classes.ok) return classes;
  const lacking = PARSER_CLASS_COLUMNS.find((c) => !classes.value.column(c));
  if (lacking) {
    const path = join(dir, "clusters.bin");
    return { ok: false, error: { code: "model", message: `${path}: no column "${lacking}", which the parser reads (npm run build:clusters)`, path } };
  }
  const ner = loadNer(dir, classes.value);
  if (!ner.ok && ner.error.code !== "model-missing") return ner;
  return {
    ok: true,
    value: { tagger: tagger.value, transitions: transitions.value, labeler: labeler.value, classes: classes.value, ner: ner.ok ? ner.value : null },
  };
}
