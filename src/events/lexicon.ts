/**
 * The verb-pattern dictionary: data/verbs/*.tsv compiled into an index by head word. See data/verbs/README.md for
 * the format. Patterns are data: analysts edit them without touching code; a bad line fails on load with FILE:LINE.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Result } from "../types.ts";
import { parsePatternLine, type VerbPattern } from "./pattern.ts";
import { loadIntentTable, type IntentTable } from "./intent.ts";
import { loadEvaluationTable, type EvaluationTable } from "./evaluation.ts";
import { DEFAULT_VOCABULARY_DIR, loadVocabulary, type Vocabulary } from "../vocabulary/load.ts";
import { vocabularyPatterns } from "../vocabulary/patterns.ts";

export interface VerbLexicon {
  /** patterns whose head matches this word (lemma or lower-case form), longest first */
  byHead(word: string): readonly VerbPattern[] | undefined;
  readonly size: number;
  /** what an event code becomes when it is only promised or planned (intent.ts); empty when not given */
  readonly intents: IntentTable;
  /** words of judgement in reported speech (evaluation.ts); absent for dictionaries that bring none */
  readonly evaluations?: EvaluationTable;
}

const DEFAULT_DIR = fileURLToPath(new URL("../../data/verbs/", import.meta.url));

/**
 * Pure: compiles the text of pattern files (name → content) into a lexicon, or lists every bad line. `fallback`
 * patterns (the WordNet vocabulary's) are added only for head words no pattern of the files starts with.
 */
export function parseVerbLexicon(
  files: Readonly<Record<string, string>>, intents: IntentTable = new Map(), fallback: readonly VerbPattern[] = [],
  evaluations: EvaluationTable = new Map(),
): Result<VerbLexicon> {
  const index = new Map<string, VerbPattern[]>();
  const problems: string[] = [];
  let size = 0;
  for (const [file, text] of Object.entries(files)) {
    const lines = text.split("\n");
    lines.forEach((raw, i) => {
      const line = raw.replace(/\s+$/, "");
      if (!line || line.startsWith("#")) return;
      const parsed = parsePatternLine(line);
      if (!parsed.ok) {
        problems.push(`${file}:${i + 1}: ${parsed.error.message}`);
        return;
      }
      size++;
      for (const head of parsed.value.heads) {
        const list = index.get(head) ?? [];
        list.push(parsed.value);
        index.set(head, list);
      }
    });
  }
  if (problems.length) {
    return { ok: false, error: { code: "bad_dictionary", message: problems.join("\n") } };
  }
  const ours = new Set(index.keys());
  for (const p of fallback) {
    if (ours.has(p.heads[0]!)) continue; // the first head is the word itself, the others its regular forms
    for (const head of p.heads) {
      const list = index.get(head) ?? [];
      list.push(p);
      index.set(head, list);
    }
    size++;
  }
  for (const list of index.values()) list.sort((a, b) => b.specificity - a.specificity);
  return { ok: true, value: { byHead: (w) => index.get(w), size, intents, evaluations } };
}

/**
 * Loads every .tsv under DIR/patterns, the intent table DIR/intent.tsv and the words of judgement
 * DIR/evaluation.tsv (default DIR: the repo's data/verbs),
 * with the WordNet vocabulary (a folder, default the repo's data/vocabulary, or a loaded one; null for none) for the heads
 * they do not cover; a broken file is a bug and throws.
 */
export function loadVerbLexicon(dir: string = DEFAULT_DIR, vocabulary: string | Vocabulary | null = DEFAULT_VOCABULARY_DIR): VerbLexicon {
  const files: Record<string, string> = {};
  for (const name of readdirSync(`${dir}/patterns`).filter((n) => n.endsWith(".tsv")).sort()) {
    files[name] = readFileSync(`${dir}/patterns/${name}`, "utf8");
  }
  const fallback = vocabulary === null ? [] : vocabularyPatterns(typeof vocabulary === "string" ? loadVocabulary(vocabulary) : vocabulary);
  const result = parseVerbLexicon(files, loadIntentTable(`${dir}/intent.tsv`), fallback, loadEvaluationTable(`${dir}/evaluation.tsv`));
  if (!result.ok) throw new Error(`verb patterns: ${result.error.message}`);
  return result.value;
}
