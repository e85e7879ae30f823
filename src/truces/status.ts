/**
 * Decides one ceasefire's status from its signals: the latest lifecycle stage any signal reaches, plus two rules
 * that need dates: attacks (CAMEO 18-20) on or after the effective date make a declared truce violated, and a
 * declared truce whose effective date is before publication is in force.
 */
import type { CeasefireStatus, CodedEvent } from "../types.ts";
import type { SignalHit } from "./signals.ts";
import { rank, STATUS_ORDER } from "./status-rules.ts";

export interface StatusInput {
  readonly hits: readonly SignalHit[];
  /** attack events (CAMEO 18-20, not negated, not hypothetical) */
  readonly attacks: readonly CodedEvent[];
  readonly declared: string | null;
  readonly effective: string | null;
  readonly published: string | null;
  /** whether the article speaks of "the truce" (one that exists) rather than only "a truce" or talks about one */
  readonly definite: boolean;
}

export interface StatusDecision {
  readonly status: CeasefireStatus;
  /** the events that support the decision */
  readonly evidence: readonly CodedEvent[];
}

const isStatus = (s: string): s is CeasefireStatus => (STATUS_ORDER as readonly string[]).includes(s);
const max = (a: CeasefireStatus, b: CeasefireStatus): CeasefireStatus => (rank(b) > rank(a) ? b : a);

/**
 * The status the signals support. Without any status word, "the truce" reads as declared and "a truce" (talks on
 * one) as proposed.
 */
export function decideStatus(input: StatusInput): StatusDecision {
  const evidence: CodedEvent[] = input.hits.flatMap((h) => (h.event ? [h.event] : []));
  const refused = input.hits.some((h) => h.signal === "refused");
  const renewed = input.hits.some((h) => h.signal === "renewed");
  let status: CeasefireStatus | null = null;
  for (const h of input.hits) if (isStatus(h.signal)) status = status ? max(status, h.signal) : h.signal;
  status ??= refused || !input.definite ? "proposed" : "declared";

  if (status === "declared" && input.effective && input.published && input.effective < input.published) {
    status = "in_force";
  }
  const threshold = input.effective ?? input.declared;
  if (rank(status) >= rank("declared") && threshold) {
    const after = input.attacks.filter((a) => a.date !== null && (input.effective ? a.date >= threshold : a.date > threshold));
    if (after.length) {
      status = max(status, "violated");
      evidence.push(...after);
    }
  }
  if (renewed && (refused || rank(status) >= rank("declared"))) status = max(status, "collapsed");
  if (refused && rank(status) <= rank("declared")) {
    const refusalDates = input.hits.filter((h) => h.signal === "refused" && h.event?.date).map((h) => h.event?.date ?? "");
    const first = refusalDates.sort()[0];
    const later = first ? input.attacks.filter((a) => a.date !== null && a.date > first) : [];
    if (later.length) {
      status = "collapsed";
      evidence.push(...later);
    }
  }
  return { status, evidence: [...new Set(evidence)].sort((a, b) => a.span[0] - b.span[0]) };
}
