/**
 * Error analysis of the entity tagger: each sentence's gold and predicted spans sorted into exact matches, type
 * errors (same tokens, other type), boundary errors (overlapping, other tokens; same or other type), false alarms
 * (a prediction overlapping no gold span) and misses (a gold span no prediction overlaps), counted by gold type
 * (by predicted type for false alarms).
 *
 * @example
 * const acc = emptyNerErrors();
 * addNerErrors(acc, [{ start: 0, end: 2, type: "ORG" }], [{ start: 1, end: 2, type: "LOC" }]);
 * acc.get("ORG")?.boundaryOtherType === 1
 */
import type { EntitySpan } from "./ner-spans.ts";

export interface NerErrorCounts {
  exact: number;
  type: number;
  boundarySameType: number;
  boundaryOtherType: number;
  falseAlarm: number;
  miss: number;
}

export type NerErrors = Map<string, NerErrorCounts>;

export const emptyNerErrors = (): NerErrors => new Map();

const counts = (acc: NerErrors, type: string): NerErrorCounts => {
  let c = acc.get(type);
  if (!c) acc.set(type, (c = { exact: 0, type: 0, boundarySameType: 0, boundaryOtherType: 0, falseAlarm: 0, miss: 0 }));
  return c;
};
const overlaps = (a: EntitySpan, b: EntitySpan): boolean => a.start < b.end && b.start < a.end;

/** Adds one sentence's spans. A gold span is judged by its best prediction: exact, then same tokens, then overlap. */
export function addNerErrors(acc: NerErrors, gold: readonly EntitySpan[], predicted: readonly EntitySpan[]): void {
  for (const g of gold) {
    const c = counts(acc, g.type);
    const same = predicted.filter((p) => p.start === g.start && p.end === g.end);
    if (same.some((p) => p.type === g.type)) c.exact++;
    else if (same.length > 0) c.type++;
    else {
      const over = predicted.filter((p) => overlaps(p, g));
      if (over.length === 0) c.miss++;
      else if (over.some((p) => p.type === g.type)) c.boundarySameType++;
      else c.boundaryOtherType++;
    }
  }
  for (const p of predicted) if (!gold.some((g) => overlaps(p, g))) counts(acc, p.type).falseAlarm++;
}
