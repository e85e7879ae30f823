/**
 * The validating loader of the actor knowledge base (data/actors, format in its README.md).
 * `parseKnowledgeBase` is pure: file contents in, a KnowledgeBase or one issue listing every problem out.
 * `loadKnowledgeBase` reads the files and throws on any problem, since a broken data file is a bug.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Result } from "../../types.ts";
import type { KnowledgeBase } from "../../resources.ts";
import { parseTsv } from "./parse-tsv.ts";
import {
  countryRecords, readAgents, readCountries, readInstitutions, readOrganisations, readPeople, type KbRecord,
} from "./rows.ts";
import { compileKnowledgeBase } from "./compile.ts";

/** The files of data/actors and their columns, in load order (countries first: the others refer to them). */
export const KB_FILES = {
  "countries.tsv": ["iso3", "iso2", "name", "names", "demonyms", "capitals"],
  "igos.tsv": ["code", "name", "names", "kind", "country"],
  "agents.tsv": ["words", "code", "kind", "personal"],
  "institutions.tsv": ["name", "names", "code", "kind", "country"],
  "people.tsv": ["name", "names", "code", "country", "from", "to"],
} as const satisfies Record<string, readonly string[]>;

export type KbFileName = keyof typeof KB_FILES;

/** Orders "FILE:LINE: …" messages by file (load order) then line. */
function byPlace(a: string, b: string): number {
  const place = (m: string): [number, number] => {
    const [, file = "", line = "0"] = /^([^:]*):(\d+):/.exec(m) ?? [];
    const order = Object.keys(KB_FILES).indexOf(file);
    return [order === -1 ? -1 : order, Number(line)];
  };
  const [fa, la] = place(a);
  const [fb, lb] = place(b);
  return fa - fb || la - lb;
}

const DEFAULT_DIR = fileURLToPath(new URL("../../../data/actors/", import.meta.url));

/**
 * Builds the knowledge base from file contents keyed by file name. countries.tsv is required; a missing other
 * file counts as empty (handy in tests).
 *
 * @example
 * const r = parseKnowledgeBase({ "countries.tsv": "iso3\tiso2\tname\tnames\tdemonyms\tcapitals\nRUS\tRU\tRussia\t\tRussian\tMoscow\n" });
 * if (r.ok) r.value.lookup("russian"); // [{ kind: "demonym", code: "RUS", ... }]
 */
export function parseKnowledgeBase(files: Readonly<Record<string, string>>): Result<KnowledgeBase> {
  const problems: string[] = [];
  for (const name of Object.keys(files)) {
    if (!(name in KB_FILES)) problems.push(`${name}:1: unknown file, expected one of ${Object.keys(KB_FILES).join(", ")}`);
  }
  const table = (name: KbFileName) => {
    const text = files[name];
    if (text === undefined && name === "countries.tsv") problems.push(`${name}:1: file is missing`);
    const parsed = parseTsv(name, text ?? "", KB_FILES[name]);
    if (text !== undefined) problems.push(...parsed.problems);
    return parsed.rows;
  };

  const countries = readCountries("countries.tsv", table("countries.tsv"));
  const iso3 = new Set(countries.items.map((c) => c.country.iso3));
  const reads = [
    readOrganisations("igos.tsv", table("igos.tsv"), iso3),
    readAgents("agents.tsv", table("agents.tsv")),
    readInstitutions("institutions.tsv", table("institutions.tsv"), iso3),
    readPeople("people.tsv", table("people.tsv"), iso3),
  ];
  problems.push(...countries.problems, ...reads.flatMap((r) => r.problems));

  const records: KbRecord[] = [
    ...countries.items.flatMap((c) => countryRecords(c.country, `countries.tsv:${c.line}`)),
    ...reads.flatMap((r) => r.items),
  ];
  const compiled = compileKnowledgeBase(countries.items.map((c) => c.country), records);
  problems.push(...compiled.problems);

  if (problems.length) {
    problems.sort(byPlace);
    return {
      ok: false,
      error: {
        code: "kb_invalid",
        message: `actor knowledge base: ${problems.length} problem(s)\n${problems.join("\n")}`,
        path: problems[0]!.split(": ")[0]!,
      },
    };
  }
  return { ok: true, value: compiled.kb };
}

/**
 * Reads data/actors (or `dir`) and returns the compiled knowledge base; throws one Error listing every problem.
 *
 * @example
 * const kb = loadKnowledgeBase();
 * kb.lookup("erdogan")?.[0]?.code // "TURGOV"
 */
export function loadKnowledgeBase(dir: string = DEFAULT_DIR): KnowledgeBase {
  const files: Record<string, string> = {};
  const missing: string[] = [];
  for (const name of Object.keys(KB_FILES)) {
    const path = join(dir, name);
    if (existsSync(path)) files[name] = readFileSync(path, "utf8");
    else missing.push(`${path}: file is missing`);
  }
  const result = parseKnowledgeBase(files);
  if (missing.length || !result.ok) {
    const details = [...missing, ...(result.ok ? [] : [result.error.message])].join("\n");
    throw new Error(`cannot load the actor knowledge base from ${dir}\n${details}`);
  }
  return result.value;
}
