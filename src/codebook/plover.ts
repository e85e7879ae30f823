/**
 * The sixteen PLOVER 2021 event types. CAMEO root 01 (statements) has no PLOVER equivalent and maps to null.
 */

/** PLOVER 2021 event types, in the order of the PLOVER manual (cooperation first, then conflict). */
export const PLOVER_TYPES = [
  "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
  "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
] as const;

export type PloverType = (typeof PLOVER_TYPES)[number];

const TYPES: ReadonlySet<string> = new Set(PLOVER_TYPES);

/**
 * True when `value` is one of the PLOVER 2021 event types.
 * @example isPloverType("ASSAULT") // true
 * @example isPloverType("FIGHT")   // false: a PLOVER 0.5 name, merged into ASSAULT in 2021
 */
export function isPloverType(value: string): value is PloverType {
  return TYPES.has(value);
}

/** PLOVER modes are lower-case words, possibly with hyphens or underscores ("heavy-weapons", "ceasefire"). */
export const PLOVER_MODE_SHAPE = /^[a-z][a-z_-]*$/;
