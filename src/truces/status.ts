/**
 * Decides one ceasefire's status from its signals: the latest lifecycle stage any signal reaches, plus two rules
 * that need dates: attacks (CAMEO 18-20) on or after the effective date make a declared truce violated, and a
 * declared truce whose effective date is before publication is in force.
 */
import type { CeasefireStatus, CodedEvent } from "../types.ts";
import type { SignalHit } from "./signals.ts";
import { rank, STATUS_ORDER, type Signal } from "./status-rules.ts";

export interface StatusInput {
  readonly hits: readonly SignalHit[];
  /** attack events (CAMEO 18-20, not negated, not hypothetical) */
  readonly attacks: readonly CodedEvent[];
  readonly declared: string | null;
  readonly effective: string | null;
  readonly published: string | null;
  /** whether the article speaks of "the truce" (one that exists) rather than only "a truce" or talks about one */
  readonly definite: boolean;
  /** the day a signal's statement is about: its event's date or a date in its sentence, else null */
  readonly timeOf?: (hit: SignalHit) => string | null;
}

/** What decided the status: a signal in a sentence, or an attack event after the truce took effect. */
export interface Decider {
  readonly signal: Signal | "attack";
  readonly sentence: number;
  readonly at: number;
}

export interface StatusDecision {
  readonly status: CeasefireStatus;
  /** the events that support the decision */
  readonly evidence: readonly CodedEvent[];
  /** the statement that decides it; null when no word decides (a bare "the truce" reads as declared) */
  readonly decider: Decider | null;
}

const RECENT_DAYS = 30;
function recent(date: string | null, published: string | null): boolean {
  if (!date || !published) return true;
  const days = (Date.parse(published) - Date.parse(date)) / 86_400_000;
  return Number.isNaN(days) || days <= RECENT_DAYS;
}

const isStatus = (s: string): s is CeasefireStatus => (STATUS_ORDER as readonly string[]).includes(s);
const max = (a: CeasefireStatus, b: CeasefireStatus): CeasefireStatus => (rank(b) > rank(a) ? b : a);
const NOT_AGREED = new Set<Signal>(["refused", "failed"]);

/**
 * The status the signals support: the latest lifecycle stage any signal reaches, unless a side refused or the
 * talks failed and no agreement is reported after that (in time: the dates of the statements, the publication
 * date for undated ones), which leaves the truce proposed, or collapsed when fighting resumed after. Without any
 * status word, "the truce" reads as declared and "a truce" (talks on one) as proposed.
 */
export function decideStatus(input: StatusInput): StatusDecision {
  const evidence: CodedEvent[] = input.hits.flatMap((h) => (h.event ? [h.event] : []));
  const when = (h: SignalHit): string => input.timeOf?.(h) ?? input.published ?? "";
  const latest = (hs: readonly SignalHit[]): SignalHit | undefined =>
    [...hs].sort((a, b) => when(a).localeCompare(when(b)) || a.at - b.at).at(-1);
  const of = (h: SignalHit | undefined, signal?: Signal | "attack"): Decider | null =>
    h ? { signal: signal ?? h.signal, sentence: h.sentence, at: h.at } : null;
  const refusals = input.hits.filter((h) => NOT_AGREED.has(h.signal));
  const renewals = input.hits.filter((h) => h.signal === "renewed");
  // an article about a new proposal that recalls an agreement dated weeks before it ("the only truce so far, in
  // November, was agreed for four days") is about the proposal, not the earlier truce
  const recalled = (h: SignalHit) => (h.signal === "declared" || h.signal === "in_force") && !recent(input.timeOf?.(h) ?? null, input.published);
  const proposedNow = input.hits.some((h) => h.signal === "proposed");
  const current = proposedNow ? input.hits.filter((h) => !recalled(h)) : input.hits;
  let status: CeasefireStatus | null = null;
  for (const h of current) if (isStatus(h.signal)) status = status ? max(status, h.signal) : h.signal;
  let decider = of(latest(current.filter((h) => h.signal === status)));
  status ??= refusals.length || !input.definite ? "proposed" : "declared";

  if (status === "declared" && input.effective && input.published && input.effective < input.published) {
    status = "in_force";
  }
  const threshold = input.effective ?? input.declared;
  if (rank(status) >= rank("declared") && threshold) {
    const after = input.attacks.filter((a) => a.date !== null && (input.effective ? a.date >= threshold : a.date > threshold));
    if (after.length && rank(status) < rank("violated")) {
      const first = after[0] as CodedEvent;
      decider = { signal: "attack", sentence: first.sentence, at: first.span[0] };
    }
    if (after.length) {
      status = max(status, "violated");
      evidence.push(...after);
    }
  }
  // a refusal or failed talks that no later agreement follows: the truce was not agreed
  const refusal = latest(refusals);
  if (refusal && rank(status) <= rank("in_force")) {
    const agreed = latest(input.hits.filter((h) => h.signal === "declared" || h.signal === "in_force"));
    // an undated refusal does not undo a truce reported holding ("has held, though Haftar refused to sign")
    const agreedLater = agreed !== undefined
      && (when(agreed) > when(refusal) || (agreed.signal === "in_force" && (input.timeOf?.(refusal) ?? null) === null));
    if (!agreedLater) {
      status = "proposed";
      decider = of(refusal);
    }
  }
  const renewal = latest(renewals);
  if (renewal && (refusal || rank(status) >= rank("declared")) && rank(status) < rank("collapsed")) {
    status = "collapsed";
    decider = of(renewal);
  }
  if (refusal && rank(status) <= rank("declared")) {
    const first = refusals.map((h) => h.event?.date ?? "").filter((d) => d).sort()[0];
    const later = first ? input.attacks.filter((a) => a.date !== null && a.date > first) : [];
    if (later.length) {
      status = "collapsed";
      evidence.push(...later);
      const last = later.at(-1) as CodedEvent;
      decider = { signal: "attack", sentence: last.sentence, at: last.span[0] };
    }
  }
  return { status, evidence: [...new Set(evidence)].sort((a, b) => a.span[0] - b.span[0]), decider };
}
