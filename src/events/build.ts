/**
 * Turns a trigger with its actors into a CodedEvent: codebook facts (name, Goldstein, quad class, PLOVER, ACLED),
 * the day it happened, the place, and the evidence span.
 */
import type { ActorMention, Doc } from "../doc.ts";
import type { ActorRef, CodedDate, CodedEvent, DatePrecision, Place } from "../types.ts";
import { bySentence, type BySentence } from "./by-sentence.ts";
import type { Codebook } from "../resources.ts";
import { resolveCode } from "../codebook/compile.ts";
import type { Trigger } from "./triggers.ts";
import type { Mood } from "./modality.ts";

export const toRef = (m: ActorMention): ActorRef => ({ actor: m.key, name: m.name, code: m.code, country: m.country });


export interface EventParts {
  readonly trigger: Trigger;
  readonly code: string;
  readonly source: readonly ActorMention[];
  readonly target: readonly ActorMention[];
  readonly mood: Mood;
  readonly sentence: number;
  readonly location: Place | null;
  readonly confidence: number;
}

export function buildEvent(
  doc: Doc, codebook: Codebook, parts: EventParts, n: number, datesIn: BySentence<CodedDate> = bySentence(doc.dates ?? []),
): CodedEvent | null {
  const entry = resolveCode(codebook, parts.code);
  if (!entry) return null;
  const tokens = doc.tokens ?? [];
  const head = tokens[parts.trigger.head]!;
  const last = tokens[parts.trigger.end - 1]!;
  const ends = [...parts.source, ...parts.target].flatMap((m) => [m.start, m.end]);
  const spanStart = Math.min(head.start, ...ends);
  const spanEnd = Math.max(last.end, ...ends);
  const { date, precision } = eventDate(doc, datesIn(parts.sentence), head.start);
  return {
    id: `${doc.id}:e${n}`,
    cameo: entry.code,
    cameo_name: entry.name,
    plover: entry.plover,
    plover_mode: entry.ploverMode,
    acled: entry.acled,
    goldstein: entry.goldstein,
    quad_class: entry.quadClass,
    source: parts.source.map(toRef),
    target: parts.target.map(toRef),
    negated: parts.mood.negated,
    modality: parts.mood.modality,
    date,
    date_precision: precision,
    location: parts.location,
    sentence: parts.sentence,
    span: [spanStart, spanEnd],
    trigger: doc.article.text.slice(head.start, last.end),
    confidence: parts.confidence,
    ...(parts.trigger.pattern.vocabulary ? { vocabulary: parts.trigger.pattern.vocabulary } : {}),
  };
}

/** The date named in the event's sentence nearest its trigger; else the publication day. */
function eventDate(doc: Doc, here: readonly CodedDate[], at: number): { date: string | null; precision: DatePrecision | null } {
  if (here.length) {
    const best = here.reduce((a, b) => (Math.abs(a.start - at) <= Math.abs(b.start - at) ? a : b));
    return { date: best.date, precision: best.precision };
  }
  return doc.article.published ? { date: doc.article.published, precision: "day" } : { date: null, precision: null };
}
