/**
 * The shipped syntax weights (data/model/tagger.bin, parser.bin, labeler.bin; ner.bin when present), loaded once
 * per coder. A missing or unreadable file is an error value naming it; the coder then runs without syntax.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Result } from "../types.ts";
import { SparseModel } from "./sparse-model.ts";

export const MODEL_DIR = fileURLToPath(new URL("../../data/model/", import.meta.url));

export interface SyntaxModels {
  readonly tagger: SparseModel;
  readonly transitions: SparseModel;
  readonly labeler: SparseModel;
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
  return { ok: true, value: { tagger: tagger.value, transitions: transitions.value, labeler: labeler.value } };
}
