/**
 * Turns a trigger with its actors into a CodedEvent: codebook facts (name, Goldstein, quad class, PLOVER, ACLED),
 * the day it happened, the place, and the evidence span.
 */
import type { ActorMention, Doc } from "../doc.ts";
import type { ActorRef, CodedDate, CodedEvent, DatePrecision, DateSource, Place } from "../types.ts";
import type { Tree } from "./tree.ts";
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
  tree: Tree | null = null,
): CodedEvent | null {
  const entry = resolveCode(codebook, parts.code);
  if (!entry) return null;
  const tokens = doc.tokens ?? [];
  const head = tokens[parts.trigger.head]!;
  const last = tokens[parts.trigger.end - 1]!;
  // (the evidence is the event's own sentence: an actor taken from an earlier one, same-act.ts, stays outside it)
  const ends = [...parts.source, ...parts.target].filter((m) => m.sentence === parts.sentence).flatMap((m) => [m.start, m.end]);
  const spanStart = Math.min(head.start, ...ends);
  const spanEnd = Math.max(last.end, ...ends);
  const { date, precision, from } = eventDate(doc, datesIn(parts.sentence), head.start, tree, parts.trigger.head);
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
    date_from: from,
    location: parts.location,
    sentence: parts.sentence,
    span: [spanStart, spanEnd],
    trigger: doc.article.text.slice(head.start, last.end),
    confidence: parts.confidence,
    ...(parts.trigger.pattern.vocabulary ? { vocabulary: parts.trigger.pattern.vocabulary } : {}),
  };
}

/**
 * The event's day: a date phrase the tree attaches to the event's own clause ("signed the deal on Monday"), else
 * the date of its sentence nearest its trigger, else the publication day — each marked with where it came from.
 */
function eventDate(
  doc: Doc, here: readonly CodedDate[], at: number, tree: Tree | null, head: number,
): { date: string | null; precision: DatePrecision | null; from: DateSource | null } {
  if (here.length) {
    const own = tree ? here.filter((d) => clauseOf(doc, tree, d) === clauseOf(doc, tree, null, head)) : [];
    const pool = own.length ? own : here;
    const best = pool.reduce((a, b) => (Math.abs(a.start - at) <= Math.abs(b.start - at) ? a : b));
    return { date: best.date, precision: best.precision, from: own.length ? "clause" : "sentence" };
  }
  return doc.article.published ? { date: doc.article.published, precision: "day", from: "publication" } : { date: null, precision: null, from: null };
}

/** clause relations: a token's clause is its nearest ancestor (itself included) that heads one */
const CLAUSE = new Set(["root", "ccomp", "xcomp", "advcl", "acl", "parataxis", "conj", "csubj"]);

/** the head of the clause a date phrase (or a token) belongs to, by the tree */
function clauseOf(doc: Doc, tree: Tree, d: CodedDate | null, token = -1): number {
  let k = token;
  if (d) {
    // the date's own head: its token whose head lies outside the phrase
    const tokens = doc.tokens ?? [];
    const inside = tokens.filter((t) => t.start >= d.start && t.end <= d.end).map((t) => t.i);
    k = inside.find((i) => !inside.includes(tree.head(i))) ?? -1;
    if (k >= 0) k = tree.head(k);
  }
  for (let guard = 0; k >= 0 && guard < 64; guard++) {
    const rel = tree.rel(k);
    if ((CLAUSE.has(rel) && (tree.upos(k) === "VERB" || tree.upos(k) === "AUX" || rel !== "conj")) || tree.head(k) < 0) return k;
    k = tree.head(k);
  }
  return k;
}
