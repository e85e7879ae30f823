/**
 * The gazetteer loader: reads data/places/*.tsv (format in data/places/README.md), checks every row, and compiles
 * an immutable index from phraseKey() of every name and alternative to the places it may denote.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Gazetteer, GazetteerEntry } from "../resources.ts";
import type { Result } from "../types.ts";
import { phraseKey } from "../actors/kb/key.ts";
import { parseTsv } from "./tsv.ts";
import { parseRow, REQUIRED_COLUMNS } from "./row.ts";

const DEFAULT_DIR = fileURLToPath(new URL("../../data/places/", import.meta.url));
const MAX_LISTED_ISSUES = 20;

interface Located {
  readonly entry: GazetteerEntry;
  readonly where: string;
}

/**
 * Parses and checks gazetteer files given as `{ fileName: text }`; pure. Errors name FILE:LINE.
 *
 * @example parseGazetteer({ "c.tsv": "name\tkind\tcountry\tlat\tlon\nLibya\tcountry\tLBY\t27\t17\n" })
 *   // → { ok: true, value: Gazetteer } with lookup("libya") → [Libya entry]
 */
export function parseGazetteer(files: Readonly<Record<string, string>>): Result<Gazetteer> {
  const issues: string[] = [];
  const index = new Map<string, GazetteerEntry[]>();
  const countries = new Map<string, GazetteerEntry>();
  const seen = new Map<string, string>();
  const used: Located[] = [];
  for (const file of Object.keys(files).sort()) {
    const table = parseTsv(files[file] ?? "");
    for (const issue of table.issues) issues.push(`${file}:${issue.line}: ${issue.message}`);
    const missing = REQUIRED_COLUMNS.filter((c) => !table.header.includes(c));
    if (missing.length) {
      issues.push(`${file}:1: header lacks column(s) ${missing.join(", ")}`);
      continue;
    }
    for (const row of table.rows) {
      const where = `${file}:${row.line}`;
      const parsed = parseRow(row.cells);
      if (typeof parsed === "string") {
        issues.push(`${where}: ${parsed}`);
        continue;
      }
      const { entry, names } = parsed;
      const identity = `${entry.kind}|${entry.country}|${phraseKey(entry.name)}`;
      const earlier = seen.get(identity);
      if (earlier) {
        issues.push(`${where}: duplicate ${entry.kind} "${entry.name}" (${entry.country}), first at ${earlier}`);
        continue;
      }
      seen.set(identity, where);
      if (entry.kind === "country") countries.set(entry.country, entry);
      used.push({ entry, where });
      for (const key of new Set(names.map(phraseKey))) {
        const list = index.get(key) ?? [];
        list.push(entry);
        index.set(key, list);
      }
    }
  }
  for (const { entry, where } of used) {
    if (!countries.has(entry.country)) issues.push(`${where}: country ${entry.country} has no country row`);
  }
  if (issues.length) {
    const shown = issues.slice(0, MAX_LISTED_ISSUES).join("\n");
    const more = issues.length > MAX_LISTED_ISSUES ? `\n... and ${issues.length - MAX_LISTED_ISSUES} more` : "";
    return {
      ok: false,
      error: { code: "gazetteer_invalid", message: `${issues.length} bad gazetteer row(s):\n${shown}${more}`,
        path: issues[0]?.split(": ")[0] ?? "" },
    };
  }
  return { ok: true, value: compile(index, countries, used.map((u) => u.entry)) };
}

function compile(
  index: Map<string, GazetteerEntry[]>, countries: Map<string, GazetteerEntry>, entries: readonly GazetteerEntry[],
): Gazetteer {
  let maxPhraseWords = 1;
  const frozen = new Map<string, readonly GazetteerEntry[]>();
  const prefixes = new Set<string>();
  for (const [key, list] of index) {
    const words = key.split(" ");
    maxPhraseWords = Math.max(maxPhraseWords, words.length);
    for (let n = 1; n <= words.length; n++) prefixes.add(words.slice(0, n).join(" "));
    frozen.set(key, Object.freeze([...list]));
  }
  return Object.freeze({
    lookup: (key: string) => frozen.get(key),
    isPrefix: (words: string) => prefixes.has(words),
    maxPhraseWords,
    country: (iso3: string) => countries.get(iso3),
    entries: Object.freeze([...entries]),
  });
}

/**
 * Reads every `*.tsv` in `dir` (default: the repository's data/places) and compiles the gazetteer. Shipped data
 * that fails the checks is a bug, so this throws with the FILE:LINE list; use parseGazetteer for a value.
 *
 * @example const gazetteer = loadGazetteer(); gazetteer.lookup("kiev")?.[0]?.name === "Kyiv"
 */
export function loadGazetteer(dir: string = DEFAULT_DIR): Gazetteer {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir).filter((f) => f.endsWith(".tsv"))) {
    files[name] = readFileSync(join(dir, name), "utf8");
  }
  const result = parseGazetteer(files);
  if (!result.ok) throw new Error(`gazetteer in ${dir}: ${result.error.message}`);
  return result.value;
}
