/**
 * The shipped syntax weights (data/model/tagger.bin, parser.bin, labeler.bin; ner.bin when present), loaded once
 * per coder, with the word classes (clusters.bin) when the parser was trained with them (syntax.json says so;
 * loaded once for the parser and the entity tagger). A missing or unreadable file is an error value naming it; the
 * coder then runs without syntax. A missing ner.bin only turns entity recognition off.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Result } from "../types.ts";
import type { WordClasses } from "./ner-classes.ts";
import { loadNer, type NerModel } from "./ner.ts";
import { loadParserClasses } from "./parser-classes.ts";
import { SparseModel } from "./sparse-model.ts";

export const MODEL_DIR = fileURLToPath(new URL("../../data/model/", import.meta.url));

export interface SyntaxModels {
  readonly tagger: SparseModel;
  readonly transitions: SparseModel;
  readonly labeler: SparseModel;
  /** the word classes of the parser's features (parser-classes.ts); null: weights trained without them */
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
  const classes = loadParserClasses(dir);
  if (!classes.ok) return classes;
  const ner = loadNer(dir, classes.value ?? undefined);
  if (!ner.ok && ner.error.code !== "model-missing") return ner;
  return {
    ok: true,
    value: { tagger: tagger.value, transitions: transitions.value, labeler: labeler.value, classes: classes.value, ner: ner.ok ? ner.value : null },
  };
}
