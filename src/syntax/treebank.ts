/**
 * Where the training treebanks are: `../shared/treebanks/` beside the repository (Universal Dependencies English
 * EWT and GUM; see that folder's README). A clone without it still parses with the shipped weights; training and
 * `parley eval-parse` say what is missing.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Result } from "../types.ts";
import { parseConllu, type ConlluSentence } from "./conllu.ts";

export const TREEBANKS = fileURLToPath(new URL("../../../shared/treebanks/", import.meta.url));

export type TreebankName = "en_ewt" | "en_gum-ccby";
export type Split = "train" | "dev" | "test";

/** The path of one treebank split, or an error value saying where it was looked for. */
export function treebankPath(name: TreebankName, split: Split, dir = TREEBANKS): Result<string> {
  const path = join(dir, `${name}-${split}.conllu`);
  if (!existsSync(path)) {
    return { ok: false, error: { code: "treebank-missing", message: `treebank ${name}-${split} not found at ${path}: the Universal Dependencies files live in ../shared/treebanks/ beside the repository`, path } };
  }
  return { ok: true, value: path };
}

/** Reads one treebank split. */
export function loadTreebank(name: TreebankName, split: Split, dir = TREEBANKS): Result<ConlluSentence[]> {
  const path = treebankPath(name, split, dir);
  if (!path.ok) return path;
  return parseConllu(readFileSync(path.value, "utf8"), path.value);
}
