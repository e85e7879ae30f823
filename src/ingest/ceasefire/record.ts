/** The ceasefire record: one per ceasefire or truce, followed across every article that speaks of it. */
import type { CeasefireStatus } from "../../types.ts";
import type { PartyRef } from "../../store/types.ts";

export interface TimelineEvidence {
  readonly article: string;
  /** stored event ids (mention evidence or fighting events) */
  readonly events: readonly string[];
  readonly text: string | null;
}

export interface TimelineEntry {
  readonly date: string | null;
  readonly status: CeasefireStatus;
  readonly evidence: readonly TimelineEvidence[];
}

export interface CeasefireRecord {
  readonly id: string;
  readonly country: string | null;
  readonly parties: readonly PartyRef[];
  readonly mediators: readonly PartyRef[];
  /** when it was announced or agreed */
  readonly declared: string | null;
  /** when it took effect */
  readonly effective: string | null;
  /** when it collapsed or ended */
  readonly ended: string | null;
  readonly status: CeasefireStatus;
  readonly terms: readonly string[];
  readonly timeline: readonly TimelineEntry[];
  /** fighting between the parties (or in the country) after it took effect, per day */
  readonly violations: readonly { readonly date: string; readonly count: number }[];
  readonly articles: readonly string[];
}

export const STATUS_RANK: Readonly<Record<CeasefireStatus, number>> = {
  proposed: 0, declared: 1, in_force: 2, violated: 3, collapsed: 4, ended: 4,
};
