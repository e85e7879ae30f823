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

/** `keep` picks the records to code and score (the fit or check part of a split); all of them without it. */
export function evaluate(coder: Coder, files: readonly string[], keep?: (rec: GoldRecord) => boolean): Evaluation {
  const perFile = files.map((f) => readGold(f).map((r): GoldRecord => ({ ...r, suite: r.suite ?? f })).filter((r) => !keep || keep(r)));
  const golds = perFile.flat();
  const predictions = new Map<string, readonly CodedEvent[]>();
  const failed: { id: string; message: string }[] = [];
  const byFile = perFile.map((records) => {
    const mine = new Map<string, readonly CodedEvent[]>();
    for (const rec of records) {
      const result = coder.code({ id: String(rec.id), text: rec.text, date: rec.date ?? null });
      if (result.ok) mine.set(String(rec.id), result.value.events);
      else failed.push({ id: String(rec.id), message: `${result.error.code}: ${result.error.message}` });
    }
    for (const [id, events] of mine) predictions.set(id, events);
    return mine;
  });
  // records are matched to predictions by id, as the reference scorer does; files whose ids repeat in another
  // file (the PETRARCH suites share "DEMO-06") are scored one by one, which is what the scorer gives file by file
  const suitesOf = perFile.map((records) => new Set(records.map((r) => r.suite)));
  const disjoint = suitesOf.every((a, i) => suitesOf.every((b, j) => i === j || ![...a].some((x) => b.has(x))));
  if (files.length < 2 || !disjoint) return { figures: score(golds, predictions), predictions, failed };
  const figures: Record<string, SuiteFigures> = {};
  perFile.forEach((records, i) => Object.assign(figures, score(records, byFile[i]!)));
  return { figures, predictions, failed };
}
