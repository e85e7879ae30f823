/**
 * Bring your own dictionaries: PETRARCH/TABARI actor, agent, verb-pattern and discard files, converted into our
 * KnowledgeBase and VerbLexicon and laid over ours ("add") or used alone ("replace").
 *
 * @example
 * const r = loadDictionaries("../shared/dictionaries/phoenix", "add");
 * if (r.ok) createCoder({ resources: { kb: r.value.kb, verbs: r.value.verbs, codebook: r.value.codebook } });
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Result } from "../types.ts";
import type { Codebook, KnowledgeBase } from "../resources.ts";
import type { VerbLexicon } from "../events/lexicon.ts";
import { loadKnowledgeBase } from "../actors/kb/load.ts";
import { loadVerbLexicon } from "../events/lexicon.ts";
import { loadCodebook } from "../codebook/load.ts";
import { parseDictionaries, type ParsedDictionaries } from "./parse.ts";
import { actorRecords, agentRecords, compileDictionaryKb } from "./convert-kb.ts";
import { blockPatterns, type DictPattern } from "./convert-verbs.ts";
import { compileLexicon, layerLexicons } from "./lexicon.ts";
import { layerKnowledgeBases } from "./merge-kb.ts";
import { lenientCodebook } from "./codebook.ts";
import type { PetrDiscard } from "./discards.ts";

export type DictionaryMode = "add" | "replace";

export interface LoadedDictionaries {
  readonly kb: KnowledgeBase;
  readonly verbs: VerbLexicon;
  /** our codebook, also accepting the dictionaries' non-CAMEO codes (codebook.ts) */
  readonly codebook: Codebook;
  readonly discards: readonly PetrDiscard[];
  readonly patterns: readonly DictPattern[];
  readonly parsed: ParsedDictionaries;
  /** how the PETRARCH rules treat actors with alternative codes, from the dictionaries' flavour */
  readonly alternatives: "split" | "whole";
  /** every entry that could not be read, as "FILE:LINE: message"; those entries are left out */
  readonly problems: readonly string[];
}

/** Reads every .txt file of DIR (not recursive). */
export function readDictionaryDir(dir: string): Result<Record<string, string>> {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith(".txt") && statSync(join(dir, n)).isFile());
  } catch (e) {
    return { ok: false, error: { code: "no_dictionaries", message: `cannot read ${dir}: ${(e as Error).message}`, path: dir } };
  }
  const files: Record<string, string> = {};
  for (const n of names) files[n] = readFileSync(join(dir, n), "utf8");
  return { ok: true, value: files };
}

/** Pure: converts parsed files into our resources. `ours` is used in "add" mode (and for country names). */
export function buildDictionaries(
  files: Readonly<Record<string, string>>, mode: DictionaryMode,
  ours: { kb: KnowledgeBase; verbs: VerbLexicon; codebook: Codebook },
): LoadedDictionaries {
  const parsed = parseDictionaries(files);
  const problems = [...parsed.problems];
  const records = [
    ...parsed.actors.flatMap((f) => actorRecords(f.items, f.file)),
    ...parsed.agents.flatMap((f) => agentRecords(f.items, f.file)),
  ];
  const compiled = compileDictionaryKb(records, ours.kb.countries);
  problems.push(...compiled.problems);
  const all = parsed.verbs.flatMap((f) => f.blocks.flatMap((b) => blockPatterns(b, f.file, parsed.synsets, problems)));
  // UniversalPetrarch matches words before the verb only inside a {noun phrase} ("- {DEATH TOLL} *"); its coder
  // never applies "- RECENTLY *" or "- (IN) *", and its validation suite expects them unapplied
  const patterns = parsed.flavour === "universal" ? all.filter((p) => !p.plainBefore) : all;
  const theirs = compileLexicon(patterns, mode === "add" ? ours.verbs.intents : new Map());
  return {
    kb: mode === "add" ? layerKnowledgeBases(compiled.kb, ours.kb) : compiled.kb,
    verbs: mode === "add" ? layerLexicons(theirs, ours.verbs) : theirs,
    codebook: lenientCodebook(ours.codebook),
    discards: parsed.discards, patterns, parsed, problems,
    alternatives: parsed.flavour === "universal" ? "whole" : "split",
  };
}

/**
 * Loads the PETRARCH-format dictionaries of DIR. Fails only when DIR cannot be read or holds no dictionary;
 * entries it cannot read are listed in `problems` and left out.
 */
export function loadDictionaries(dir: string, mode: DictionaryMode = "add"): Result<LoadedDictionaries> {
  const files = readDictionaryDir(dir);
  if (!files.ok) return files;
  const ours = mode === "add"
    ? { kb: loadKnowledgeBase(), verbs: loadVerbLexicon(), codebook: loadCodebook() }
    : { kb: loadKnowledgeBase(), verbs: compileLexicon([]), codebook: loadCodebook() };
  const built = buildDictionaries(files.value, mode, ours);
  if (!built.parsed.actors.length && !built.parsed.verbs.length && !built.parsed.agents.length) {
    return { ok: false, error: { code: "no_dictionaries", message: `${dir} holds no PETRARCH actor, agent or verb file (*actors*.txt, *agents*.txt, *verb*.txt)`, path: dir } };
  }
  return { ok: true, value: built };
}

export { parseDictionaries, type ParsedDictionaries } from "./parse.ts";
export type { DictPattern } from "./convert-verbs.ts";
export { discardsIn, type PetrDiscard } from "./discards.ts";
