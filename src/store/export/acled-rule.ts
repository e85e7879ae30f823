/**
 * Which stored events an ACLED file holds. ACLED records political violence, protests and strategic developments
 * that happened: an event goes in when it has an ACLED type and is not negated. The others are left out and
 * counted, so the command can say how many and why (`parley export --format csv` or `jsonl` has them all).
 */
import type { StoredEvent } from "../types.ts";

/** why events are left out, written for one event and for several */
export const LEFT_OUT = {
  no_acled_type: {
    one: "has no ACLED type (CAMEO codes ACLED does not record, such as statements, consultations and appeals)",
    many: "have no ACLED type (CAMEO codes ACLED does not record, such as statements, consultations and appeals)",
  },
  negated: { one: "is negated (refused, denied or did not happen)", many: "are negated (refused, denied or did not happen)" },
} as const;

export type LeftOutReason = keyof typeof LEFT_OUT;

/** Why the event is not in an ACLED file, or null when it is. */
export function acledLeftOut(e: StoredEvent): LeftOutReason | null {
  if (!e.acled) return "no_acled_type";
  if (e.negated) return "negated";
  return null;
}
