/** Codes every record of the given gold files and scores the predictions (see score.ts). */
import type { Coder } from "../coder.ts";
import type { CodedEvent } from "../types.ts";
import { readGold, type GoldRecord } from "./gold.ts";
import { score, type SuiteFigures } from "./score.ts";

export interface Evaluation {
  readonly figures: Record<string, SuiteFigures>;
  readonly predictions: ReadonlyMap<string, readonly CodedEvent[]>;
  readonly failed: readonly { id: string; message: string }[];
}

export function evaluate(coder: Coder, files: readonly string[]): Evaluation {
  const golds: GoldRecord[] = files.flatMap((f) => readGold(f).map((r) => ({ ...r, suite: r.suite ?? f })));
  const predictions = new Map<string, readonly CodedEvent[]>();
  const failed: { id: string; message: string }[] = [];
  for (const rec of golds) {
    const result = coder.code({ id: String(rec.id), text: rec.text, date: rec.date ?? null });
    if (result.ok) predictions.set(String(rec.id), result.value.events);
    else failed.push({ id: String(rec.id), message: `${result.error.code}: ${result.error.message}` });
  }
  return { figures: score(golds, predictions), predictions, failed };
}
