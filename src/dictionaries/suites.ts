/**
 * Scores PETRARCH-format dictionaries on the PETRARCH coders' own gold suites: codes each record with the
 * dictionaries alone (replace mode: PETRARCH's conventions, no learned filter, as createDictionaryCoder does),
 * honouring the record's `extra.config.require_dyad`, and computes the reference scorer's figures
 * (src/eval/score.ts).
 */
import type { CodedEvent } from "../types.ts";
import { createCoder } from "../coder.ts";
import type { GoldRecord } from "../eval/gold.ts";
import { score, type SuiteFigures } from "../eval/score.ts";
import type { LoadedDictionaries } from "./index.ts";
import { applyPetrarchRules } from "./coder.ts";

interface Config { readonly require_dyad?: string }

export interface SuiteRun {
  readonly figures: Record<string, SuiteFigures>;
  readonly predictions: ReadonlyMap<string, readonly CodedEvent[]>;
}

export function runSuite(dicts: LoadedDictionaries, golds: readonly GoldRecord[]): SuiteRun {
  const coder = createCoder({ resources: { kb: dicts.kb, verbs: dicts.verbs, codebook: dicts.codebook, classifier: null }, conventions: "petrarch" });
  const predictions = new Map<string, readonly CodedEvent[]>();
  for (const rec of golds) {
    const config = ((rec as { extra?: { config?: Config } }).extra?.config ?? {}) as Config;
    const requireDyad = (config.require_dyad ?? "true").toLowerCase() !== "false";
    const r = coder.code({ id: String(rec.id), text: rec.text, date: rec.date ?? null, format: "text" });
    if (!r.ok) continue;
    predictions.set(String(rec.id), applyPetrarchRules(r.value, { discards: dicts.discards, requireDyad, alternatives: dicts.alternatives }).events);
  }
  return { figures: score(golds, predictions), predictions };
}
