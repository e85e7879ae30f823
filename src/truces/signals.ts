/**
 * Reads the article for what it says about a ceasefire: one SignalHit per status word (from the rules table) and
 * per event whose CAMEO code speaks about a truce, each tied to its sentence and, for events, the event id.
 */
import type { Sentence } from "../doc.ts";
import type { CodedEvent } from "../types.ts";
import { HEDGE_BEFORE, roleOf, TEXT_RULES, type EventRole, type Signal } from "./status-rules.ts";
import { namesTruce, refersToTruce } from "./words.ts";
import { moodOf } from "./clause-mood.ts";
import type { Tree } from "./tree.ts";

export interface SignalHit {
  readonly signal: Signal;
  readonly sentence: number;
  /** offset of the word or event trigger */
  readonly at: number;
  readonly event: CodedEvent | null;
}

/**
 * Status words in sentences that name (or refer back to) a ceasefire, each read in its clause when the sentence
 * has a tree (see clause-mood.ts). A collapse inside a failed-talks phrase is the talks' failure.
 */
export function textSignals(
  sentences: readonly Sentence[], articleNamesTruce: boolean, treeFor: (s: Sentence) => Tree | null = () => null,
): SignalHit[] {
  const hits: SignalHit[] = [];
  for (const s of sentences) {
    const truce = namesTruce(s.text);
    const anaphor = refersToTruce(s.text, articleNamesTruce);
    const tree = truce || anaphor ? treeFor(s) : null;
    const here: SignalHit[] = [];
    let failedSpan: readonly [number, number] | null = null;
    for (const rule of TEXT_RULES) {
      const inScope = rule.scope === "any" || (rule.scope === "truce" ? truce : anaphor);
      if (!inScope) continue;
      const m = rule.pattern.exec(s.text);
      if (!m) continue;
      if (rule.guarded && HEDGE_BEFORE.test(s.text.slice(Math.max(0, m.index - 30), m.index))) continue;
      if (rule.signal === "failed") failedSpan = [m.index, m.index + m[0].length];
      const signal = moodOf(rule.signal, s.start + m.index, tree);
      if (signal) here.push({ signal, sentence: s.index, at: s.start + m.index, event: null });
    }
    if (failedSpan) {
      const [from, to] = failedSpan;
      const inside = (h: SignalHit) => h.signal === "collapsed" && h.at - s.start >= from && h.at - s.start < to;
      here.splice(0, here.length, ...here.filter((h) => !inside(h)));
    }
    // "called on both sides to agree to a ceasefire": the agreement is what is proposed, not what happened
    const proposedAt = here.find((h) => h.signal === "proposed")?.at;
    hits.push(...here.filter((h) => !(h.signal === "declared" && proposedAt !== undefined && proposedAt < h.at)));
  }
  return hits;
}

/** What one event says about a ceasefire, given whether its sentence names one. */
export function eventSignal(event: CodedEvent, inTruceSentence: boolean): Signal | null {
  const role = roleOf(event.cameo);
  if (!role || event.modality === "hypothetical") return null;
  if (role === "attack") return null; // attacks count as violations only against a date (see status.ts)
  if (role === "violate") return event.negated ? null : "violated";
  if (!inTruceSentence && role !== "truce") return null;
  return SIGNAL_BY_ROLE[role](event);
}

const agreement = (e: CodedEvent): Signal =>
  e.negated ? "refused" : e.modality === "requested" ? "proposed" : "declared";

const SIGNAL_BY_ROLE: Record<Exclude<EventRole, "attack" | "violate">, (e: CodedEvent) => Signal | null> = {
  truce: agreement,
  sign: agreement,
  appeal: (e) => (e.negated ? null : "proposed"),
  intent: (e) => (e.negated ? "refused" : "proposed"),
  mediate: (e) => (e.negated ? null : "proposed"),
  reject: (e) => (e.negated ? null : "refused"),
};

/** Signals from the coded events; an agreement or refusal is read in the clause of its trigger (clause-mood.ts). */
export function eventSignals(
  events: readonly CodedEvent[], sentences: readonly Sentence[], articleNamesTruce: boolean,
  treeFor: (s: Sentence) => Tree | null = () => null,
): SignalHit[] {
  const truceSentence = new Set(sentences.filter((s) => refersToTruce(s.text, articleNamesTruce)).map((s) => s.index));
  const byIndex = new Map(sentences.map((s) => [s.index, s] as const));
  const hits: SignalHit[] = [];
  for (const e of events) {
    let signal = eventSignal(e, truceSentence.has(e.sentence));
    const s = byIndex.get(e.sentence);
    const found = s ? s.text.indexOf(e.trigger, Math.max(0, e.span[0] - s.start)) : -1;
    const at = s && found >= 0 ? s.start + found : e.span[0];
    if (signal && s && (signal === "declared" || signal === "refused")) signal = moodOf(signal, at, treeFor(s));
    if (signal) hits.push({ signal, sentence: e.sentence, at, event: e });
  }
  return hits;
}
