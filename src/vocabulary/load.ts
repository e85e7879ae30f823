/**
 * The validating loader of data/vocabulary/: expanded.tsv (generated from seeds.tsv through WordNet), use.tsv
 * (which categories of the expansion are coded, e.g. "verb synonym on") and arguments.tsv (flags a code's words
 * need, e.g. an arrest needs a target). A bad line fails the load with FILE:LINE. See data/vocabulary/README.md.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Result } from "../types.ts";
import { PATTERN_FLAGS, type PatternFlag } from "../events/pattern.ts";
import { EXPANDED_HEADER } from "./format.ts";
import type { Relation } from "./expand.ts";

export interface VocabularyEntry {
  readonly code: string;
  /** "arrest", or a verb with its particle as WordNet writes it, "crack_down" */
  readonly lemma: string;
  readonly pos: "n" | "v";
  readonly relation: Relation;
  readonly seed: string;
  readonly line: number;
}

/** a part of the expansion switched on or off as a whole: "verb synonym", "noun hyponym" */
export type Category = `${"verb" | "noun"} ${Relation}`;
export const RELATIONS: readonly Relation[] = ["seed", "synonym", "troponym", "hyponym", "derivation"];
export const CATEGORIES: readonly Category[] = (["verb", "noun"] as const).flatMap((p) => RELATIONS.map((r) => `${p} ${r}` as Category));

export const categoryOf = (e: Pick<VocabularyEntry, "pos" | "relation">): Category => `${e.pos === "v" ? "verb" : "noun"} ${e.relation}`;

export interface Vocabulary {
  readonly entries: readonly VocabularyEntry[];
  /** the categories that are coded */
  readonly on: ReadonlySet<Category>;
  /** flags every word of a code gets (arguments.tsv), by code */
  readonly flags: ReadonlyMap<string, ReadonlySet<PatternFlag>>;
}

const fail = (problems: string[]): Result<never> => ({ ok: false, error: { code: "bad_vocabulary", message: problems.join("\n") } });
const lines = (text: string) => text.split("\n").map((raw, i) => ({ line: raw.replace(/\r$/, ""), n: i + 1 })).filter(({ line }) => line.trim() && !line.startsWith("#"));

export function parseExpanded(text: string, file = "expanded.tsv"): Result<VocabularyEntry[]> {
  const problems: string[] = [];
  const entries: VocabularyEntry[] = [];
  const [header, ...rows] = lines(text);
  if (header?.line !== EXPANDED_HEADER.join("\t")) return fail([`${file}:${header?.n ?? 1}: the header must be ${EXPANDED_HEADER.join(" ")}`]);
  for (const { line, n } of rows) {
    const cells = line.split("\t");
    const at = `${file}:${n}`;
    if (cells.length !== EXPANDED_HEADER.length) { problems.push(`${at}: expected ${EXPANDED_HEADER.length} tab-separated cells, found ${cells.length}`); continue; }
    const [code = "", lemma = "", pos = "", relation = "", depth = "", seed = "", , , tags = ""] = cells;
    if (!/^\d{2,4}$/.test(code)) problems.push(`${at}: code "${code}" is not a CAMEO code (2 to 4 digits)`);
    else if (!/^[a-z][a-z']*(?:_[a-z][a-z']*)?$/.test(lemma)) problems.push(`${at}: lemma "${lemma}" is not a lower-case word or verb_particle`);
    else if (pos !== "n" && pos !== "v") problems.push(`${at}: pos "${pos}" is not n or v`);
    else if (!(RELATIONS as readonly string[]).includes(relation)) problems.push(`${at}: relation "${relation}" is not one of ${RELATIONS.join(", ")}`);
    else if (!/^\d$/.test(depth) || !/^\d+$/.test(tags)) problems.push(`${at}: depth and tag_count must be whole numbers`);
    else if (!seed) problems.push(`${at}: the seed is empty`);
    else entries.push({ code, lemma, pos, relation: relation as Relation, seed, line: n });
  }
  return problems.length ? fail(problems) : { ok: true, value: entries };
}

/** use.tsv: `CATEGORY<TAB>on|off<TAB>NOTE`, every category exactly once */
export function parseUse(text: string, file = "use.tsv"): Result<Set<Category>> {
  const problems: string[] = [];
  const on = new Set<Category>();
  const seen = new Set<string>();
  for (const { line, n } of lines(text)) {
    const [category = "", state = "", note = "", ...rest] = line.split("\t");
    const at = `${file}:${n}`;
    if (rest.length || !note.trim()) problems.push(`${at}: expected CATEGORY<TAB>on|off<TAB>NOTE`);
    else if (!(CATEGORIES as readonly string[]).includes(category)) problems.push(`${at}: unknown category "${category}" (one of: ${CATEGORIES.join(", ")})`);
    else if (state !== "on" && state !== "off") problems.push(`${at}: "${state}" is neither on nor off`);
    else if (seen.has(category)) problems.push(`${at}: category "${category}" is listed twice`);
    else {
      seen.add(category);
      if (state === "on") on.add(category as Category);
    }
  }
  const missing = CATEGORIES.filter((c) => !seen.has(c));
  if (missing.length) problems.push(`${file}: no line for ${missing.join(", ")}`);
  return problems.length ? fail(problems) : { ok: true, value: on };
}

/** flags a code's vocabulary words may take: the argument and strength flags of the pattern format */
export const ARGUMENT_FLAGS: readonly PatternFlag[] = ["needtarget", "notarget", "say", "weak", "recip"];

/** arguments.tsv: `CODE<TAB>FLAGS<TAB>NOTE`, flags comma-separated; code `*` gives flags to every code's words */
export function parseArguments(text: string, file = "arguments.tsv"): Result<Map<string, Set<PatternFlag>>> {
  const problems: string[] = [];
  const flags = new Map<string, Set<PatternFlag>>();
  for (const { line, n } of lines(text)) {
    const [code = "", list = "", note = "", ...rest] = line.split("\t");
    const at = `${file}:${n}`;
    if (rest.length || !note.trim()) { problems.push(`${at}: expected CODE<TAB>FLAGS<TAB>NOTE`); continue; }
    if (code !== "*" && !/^\d{2,4}$/.test(code)) { problems.push(`${at}: code "${code}" is not a CAMEO code or *`); continue; }
    if (flags.has(code)) { problems.push(`${at}: code ${code} is listed twice`); continue; }
    const set = new Set<PatternFlag>();
    for (const f of list.split(",").map((x) => x.trim()).filter(Boolean)) {
      if (!(ARGUMENT_FLAGS as readonly string[]).includes(f)) problems.push(`${at}: flag "${f}" is not one of ${ARGUMENT_FLAGS.join(", ")}${(PATTERN_FLAGS as readonly string[]).includes(f) ? " (it is a pattern flag, but not one a code's words take)" : ""}`);
      else set.add(f as PatternFlag);
    }
    flags.set(code, set);
  }
  return problems.length ? fail(problems) : { ok: true, value: flags };
}

export function parseVocabulary(files: { readonly expanded: string; readonly use: string; readonly arguments: string }): Result<Vocabulary> {
  const entries = parseExpanded(files.expanded);
  const on = parseUse(files.use);
  const flags = parseArguments(files.arguments);
  const problems = [entries, on, flags].flatMap((r) => (r.ok ? [] : [r.error.message]));
  if (!entries.ok || !on.ok || !flags.ok) return fail(problems);
  return { ok: true, value: { entries: entries.value, on: on.value, flags: flags.value } };
}

export const DEFAULT_VOCABULARY_DIR = fileURLToPath(new URL("../../data/vocabulary/", import.meta.url));

/** Loads DIR/expanded.tsv, use.tsv and arguments.tsv (default: the repo's data/vocabulary); a broken file throws. */
export function loadVocabulary(dir: string = DEFAULT_VOCABULARY_DIR): Vocabulary {
  const read = (name: string) => readFileSync(`${dir}/${name}`, "utf8");
  const r = parseVocabulary({ expanded: read("expanded.tsv"), use: read("use.tsv"), arguments: read("arguments.tsv") });
  if (!r.ok) throw new Error(`vocabulary: ${r.error.message}`);
  return r.value;
}
