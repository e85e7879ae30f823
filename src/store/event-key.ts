/**
 * When two reports are the same event: same CAMEO code, same source and target actor codes, same location
 * country, same polarity, and dates at most one day apart (the day part is compared by the store).
 */
import type { ActorRef, CodedEvent } from "../types.ts";
import { phraseKey } from "../actors/kb/key.ts";

/** Sorted, de-duplicated actor codes of one side: "ISR+PSEREB". */
export function sideKey(side: readonly ActorRef[]): string {
  return [...new Set(side.map((a) => a.code || phraseKey(a.name)))].sort().join("+");
}

/**
 * The merge key without the date; events with equal keys and days within ±1 are one event.
 *
 * @example mergeKey(event) === "190|ISR|PSEREB|PSE|+"
 */
export function mergeKey(event: CodedEvent): string {
  return [
    event.cameo, sideKey(event.source), sideKey(event.target),
    event.location?.country ?? "", event.negated ? "-" : "+",
  ].join("|");
}

/** Days since 1970-01-01 for an ISO date (YYYY-MM-DD, or YYYY-MM / YYYY taken at their first day), else null. */
export function dayNumber(date: string | null): number | null {
  if (!date) return null;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date);
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2] ?? "1") - 1, Number(m[3] ?? "1"));
  return Number.isNaN(ms) ? null : Math.floor(ms / 86_400_000);
}

/** The ISO date of a day number. */
export function dayToIso(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

const FIGHTING_ACLED = new Set(["Battles", "Explosions/Remote violence"]);

/** Fighting: CAMEO roots 18-20 (assault, fight, mass violence) or ACLED Battles / Explosions. */
export function isFighting(event: Pick<CodedEvent, "cameo" | "acled">): boolean {
  const root = event.cameo.slice(0, 2);
  return root === "18" || root === "19" || root === "20" || FIGHTING_ACLED.has(event.acled?.event_type ?? "");
}
