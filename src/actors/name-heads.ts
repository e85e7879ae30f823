/**
 * The head words of organisation names (data/actors/name-heads.tsv, format in data/actors/README.md): "Front",
 * "Army", "Party" say which CAMEO agent a name the knowledge base lacks stands for. `parseNameHeads` is pure and
 * returns every problem as `FILE:LINE: what`; `loadNameHeads` reads the shipped file and throws on a problem, since
 * a broken data file is a bug.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Result } from "../types.ts";
import { alternatives, parseTsv } from "./kb/parse-tsv.ts";
import { phraseKey } from "./kb/key.ts";
import { checkAgentCode } from "./kb/validate.ts";

export interface NameHead {
  /** the agent of a country's own body: "the Sudanese Army" (MIL) */
  readonly state: string;
  /** the agent of a body with a name of its own: "the Arakan Liberation Army" (REB) */
  readonly nonstate: string;
}

/** head word (phraseKey) → agents */
export type NameHeads = ReadonlyMap<string, NameHead>;

const FILE = "name-heads.tsv";
const COLUMNS = ["words", "state", "nonstate"] as const;

/**
 * @example
 * const r = parseNameHeads("words\tstate\tnonstate\nfront|fronts\tREB\tREB\n");
 * if (r.ok) r.value.get("fronts"); // { state: "REB", nonstate: "REB" }
 */
export function parseNameHeads(text: string): Result<NameHeads> {
  const table = parseTsv(FILE, text, COLUMNS);
  const problems = [...table.problems];
  const heads = new Map<string, NameHead>();
  for (const row of table.rows) {
    const at = `${FILE}:${row.line}`;
    const words = alternatives(row.cells["words"] ?? "");
    const state = row.cells["state"] ?? "";
    const nonstate = row.cells["nonstate"] ?? "";
    if (!words.length || words.some((w) => !w)) problems.push(`${at}: words must be one or more |-separated words`);
    for (const code of [state, nonstate]) {
      const bad = !/^[A-Z]{3}$/.test(code) ? `agent "${code}" is not one three-letter agent code` : checkAgentCode(code);
      if (bad) problems.push(`${at}: ${bad}`);
    }
    for (const w of words) {
      const key = phraseKey(w);
      if (!key || key.includes(" ")) problems.push(`${at}: "${w}" is not one word`);
      else if (heads.has(key)) problems.push(`${at}: "${w}" is listed twice`);
      else heads.set(key, { state, nonstate });
    }
  }
  if (problems.length) return { ok: false, error: { code: "invalid_data", path: FILE, message: problems.join("\n") } };
  return { ok: true, value: heads };
}

let shipped: NameHeads | undefined;

/** The shipped list, read once per process (immutable). Throws on a broken file. */
export function loadNameHeads(): NameHeads {
  if (shipped) return shipped;
  const path = fileURLToPath(new URL("../../data/actors/name-heads.tsv", import.meta.url));
  const r = parseNameHeads(readFileSync(path, "utf8"));
  if (!r.ok) throw new Error(`data/actors/${FILE} is invalid:\n${r.error.message}`);
  shipped = r.value;
  return shipped;
}
