/**
 * Judges one article's coded events against our annotation, as a careful coder would: a coded event is correct
 * when an annotated event lies in the same sentence with the same CAMEO root and a source that matches by code
 * prefix; partly right when it is in an annotated event's sentence and has either the root or the source right.
 */
import type { ActorRef, CodedEvent } from "../types.ts";
import type { AnnotatedEvent } from "./real-annotations.ts";

/** An annotated event whose sentence offsets point into the coder's clean body. */
export type PlacedEvent = Omit<AnnotatedEvent, "sentence"> & { readonly sentence: readonly [number, number] };

export interface EventCounts {
  readonly coded: number;
  readonly correct: number;
  /** not correct, but in an annotated event's sentence with its root or its source right */
  readonly partly: number;
  /** coded events in no annotated event's sentence (false alarms rather than wrong codes) */
  readonly outside: number;
  /** correct events whose negation differs from every annotated event they match */
  readonly polarityWrong: number;
  readonly annotated: number;
  /** annotated events matched by a correct coded event */
  readonly found: number;
  readonly refusals: number;
  /** refusals for which the coder gave the refused act itself, not negated, in the same sentence */
  readonly refusalsAsAct: number;
  readonly datesAnnotated: number;
  readonly datesRight: number;
  readonly countriesAnnotated: number;
  readonly countriesRight: number;
}

export const EMPTY_COUNTS: EventCounts = {
  coded: 0, correct: 0, partly: 0, outside: 0, polarityWrong: 0, annotated: 0, found: 0, refusals: 0, refusalsAsAct: 0,
  datesAnnotated: 0, datesRight: 0, countriesAnnotated: 0, countriesRight: 0,
};

const rootOf = (code: string): string => code.slice(0, 2);

/** Two actor codes match when one begins with the other ("ISR" and "ISRGOV"; not "ISRGOV" and "ISRMIL"). */
export function codesMatch(a: string, b: string): boolean {
  return a.length >= 3 && b.length >= 3 && (a.startsWith(b) || b.startsWith(a));
}

/**
 * An annotated source of only `---` (an attacker the article does not name) matches a coded event that names no
 * one either; otherwise one annotated and one coded source must match.
 */
export function sourceMatches(annotated: readonly { readonly code: string }[], coded: readonly ActorRef[]): boolean {
  const known = annotated.filter((a) => a.code !== "---");
  if (known.length === 0) return coded.every((c) => c.code === "" || c.code.startsWith("---"));
  return known.some((a) => coded.some((c) => codesMatch(a.code, c.code)));
}

export function inSentence(event: CodedEvent, sentence: readonly [number, number]): boolean {
  return event.span[0] < sentence[1] && event.span[1] > sentence[0];
}

export const fullMatch = (a: PlacedEvent, c: CodedEvent): boolean =>
  inSentence(c, a.sentence) && rootOf(a.cameo) === rootOf(c.cameo) && sourceMatches(a.source, c.source);

const partMatch = (a: PlacedEvent, c: CodedEvent): boolean =>
  inSentence(c, a.sentence) && (rootOf(a.cameo) === rootOf(c.cameo) || sourceMatches(a.source, c.source));

export function matchEvents(annotated: readonly PlacedEvent[], coded: readonly CodedEvent[]): EventCounts {
  let correct = 0;
  let partly = 0;
  let polarityWrong = 0;
  let outside = 0;
  for (const c of coded) {
    if (!annotated.some((a) => inSentence(c, a.sentence))) outside++;
    const full = annotated.filter((a) => fullMatch(a, c));
    if (full.length) {
      correct++;
      if (!full.some((a) => a.negated === c.negated)) polarityWrong++;
    } else if (annotated.some((a) => partMatch(a, c))) partly++;
  }
  let found = 0;
  let datesAnnotated = 0;
  let datesRight = 0;
  let countriesAnnotated = 0;
  let countriesRight = 0;
  for (const a of annotated) {
    const hits = coded.filter((c) => fullMatch(a, c));
    if (hits.length) found++;
    if (a.date !== null) {
      datesAnnotated++;
      if (hits.some((c) => c.date === a.date)) datesRight++;
    }
    if (a.country !== null) {
      countriesAnnotated++;
      if (hits.some((c) => c.location?.country === a.country)) countriesRight++;
    }
  }
  const refusals = annotated.filter((a) => a.refused !== null);
  const refusalsAsAct = refusals.filter((a) =>
    coded.some((c) => inSentence(c, a.sentence) && rootOf(c.cameo) === rootOf(a.refused!) && !c.negated)).length;
  return {
    coded: coded.length, correct, partly, outside, polarityWrong, annotated: annotated.length, found,
    refusals: refusals.length, refusalsAsAct, datesAnnotated, datesRight, countriesAnnotated, countriesRight,
  };
}

export function addCounts(a: EventCounts, b: EventCounts): EventCounts {
  const out: Record<string, number> = {};
  for (const k of Object.keys(a) as (keyof EventCounts)[]) out[k] = a[k] + b[k];
  return out as unknown as EventCounts;
}
