/**
 * Scores PETRARCH-format dictionaries on the PETRARCH coders' own gold suites exactly as
 * `parley eval --dictionaries DIR --dictionaries-mode replace SUITE.jsonl` does: the dictionaries alone
 * (createDictionaryCoder's "replace"), then the reference scorer's figures (src/eval/score.ts).
 */
import type { CodedEvent } from "../types.ts";
import type { GoldRecord } from "../eval/gold.ts";
import { score, type SuiteFigures } from "../eval/score.ts";
import type { LoadedDictionaries } from "./index.ts";
import { dictionaryCoder } from "./create.ts";

export interface SuiteRun {
  readonly figures: Record<string, SuiteFigures>;
  readonly predictions: ReadonlyMap<string, readonly CodedEvent[]>;
}

/** `dicts` must have been loaded in "replace" mode. */
export function runSuite(dicts: LoadedDictionaries, golds: readonly GoldRecord[]): SuiteRun {
  const coder = dictionaryCoder(dicts, "replace");
  const predictions = new Map<string, readonly CodedEvent[]>();
  for (const rec of golds) {
    const r = coder.code({ id: String(rec.id), text: rec.text, date: rec.date ?? null });
    if (r.ok) predictions.set(String(rec.id), r.value.events);
  }
  return { figures: score(golds, predictions), predictions };
}
