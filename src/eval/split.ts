/**
 * The fit/check split of the dev halves (`gold/dev-split.tsv`: `suite<TAB>id<TAB>part`). Rules and vocabulary are
 * written from the `fit` records; `check` is read only through its figures.
 */
import { existsSync, readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { Result } from "../types.ts";
import type { GoldRecord } from "./gold.ts";

export type Part = "fit" | "check";
export const PARTS: readonly Part[] = ["fit", "check"];

export interface Split {
  /** the part of a record, or undefined where the split does not list it */
  partOf(suite: string, id: string): Part | undefined;
  readonly size: number;
}

export function parseSplit(text: string, path: string): Result<Split> {
  const parts = new Map<string, Part>();
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r$/, "");
    if (!line.trim() || (i === 0 && line.startsWith("suite\t"))) continue;
    const [suite, id, part, extra] = line.split("\t");
    if (!suite || !id || (part !== "fit" && part !== "check") || extra !== undefined) {
      return { ok: false, error: { code: "bad_split", message: `${path}:${i + 1}: expected "suite<TAB>id<TAB>fit|check", got "${line.slice(0, 80)}"` } };
    }
    parts.set(`${suite}\t${id}`, part);
  }
  return { ok: true, value: { partOf: (suite, id) => parts.get(`${suite}\t${id}`), size: parts.size } };
}

/** The split file beside the gold files: `dev-split.tsv` in the first gold file's folder. */
export function defaultSplitPath(goldFiles: readonly string[]): string | null {
  const first = goldFiles[0];
  if (!first) return null;
  const path = join(dirname(first), "dev-split.tsv");
  return existsSync(path) ? path : null;
}

export function readSplit(path: string): Result<Split> {
  if (!existsSync(path)) return { ok: false, error: { code: "no_split", message: `no split file at ${path}` } };
  return parseSplit(readFileSync(path, "utf8"), path);
}

/** The suite name of a record: its own `suite` field, else the file's name without `.dev.jsonl`. */
export function suiteOf(rec: GoldRecord, file: string): string {
  return rec.suite ?? basename(file).replace(/\.dev\.jsonl$|\.jsonl$/, "");
}
