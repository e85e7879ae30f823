/**
 * Reads the codebook from a data folder (default: the repository's data/codebook). Loading is the only place
 * that touches the file system; stages receive the compiled codebook through the Context.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Result } from "../types.ts";
import type { CompiledCodebook } from "./compile.ts";
import { parseCodebook } from "./parse.ts";

/** The folder holding cameo.tsv in this repository. */
export const DEFAULT_CODEBOOK_DIR = fileURLToPath(new URL("../../data/codebook/", import.meta.url));

/** The codebook file name inside the data folder. */
export const CODEBOOK_FILE = "cameo.tsv";

/**
 * Reads and validates `<dir>/cameo.tsv`; a missing file or a bad line is an expected failure, returned as an issue.
 * @example
 * const r = readCodebook("/path/to/my/codebook");
 * if (!r.ok) console.error(r.error.message);
 */
export function readCodebook(dir: string = DEFAULT_CODEBOOK_DIR): Result<CompiledCodebook> {
  const path = join(dir, CODEBOOK_FILE);
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (cause) {
    const why = cause instanceof Error ? cause.message : String(cause);
    return { ok: false, error: { code: "codebook/unreadable", message: `cannot read codebook ${path}: ${why}`, path } };
  }
  return parseCodebook(text, path);
}

/**
 * Loads the codebook the project ships with (or one from `dir`). A broken shipped codebook is a bug, so this throws
 * with the validator's FILE:LINE message; use readCodebook for user-supplied folders.
 * @example
 * const codebook = loadCodebook();
 * codebook.get("0871")?.plover; // "RETREAT"
 * codebook.resolve("0879")?.code; // "087"
 */
export function loadCodebook(dir: string = DEFAULT_CODEBOOK_DIR): CompiledCodebook {
  const result = readCodebook(dir);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}
