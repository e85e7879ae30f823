/**
 * ACLED's six event types and their sub-event types, as used in the ACLED codebook.
 */
import type { AcledType } from "../types.ts";

/** Each ACLED event type with its allowed sub-event types. */
export const ACLED_TAXONOMY: Readonly<Record<string, readonly string[]>> = {
  Battles: ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"],
  "Explosions/Remote violence": [
    "Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
    "Remote explosive/landmine/IED", "Grenade",
  ],
  "Violence against civilians": ["Sexual violence", "Attack", "Abduction/forced disappearance"],
  Protests: ["Peaceful protest", "Protest with intervention", "Excessive force against protesters"],
  Riots: ["Violent demonstration", "Mob violence"],
  "Strategic developments": [
    "Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use", "Headquarters or base established",
    "Looting/property destruction", "Non-violent transfer of territory", "Other",
  ],
};

/** The six ACLED event types. */
export const ACLED_EVENT_TYPES: readonly string[] = Object.keys(ACLED_TAXONOMY);

/**
 * True when `sub` is a sub-event type of the ACLED event type `type`.
 * @example isAcledPair("Battles", "Armed clash") // true
 * @example isAcledPair("Riots", "Armed clash")   // false
 */
export function isAcledPair(type: string, sub: string): boolean {
  return Object.hasOwn(ACLED_TAXONOMY, type) && (ACLED_TAXONOMY[type]?.includes(sub) ?? false);
}

/**
 * The ACLED pair as the contract's AcledType, or undefined when the pair is not in the taxonomy.
 * @example acledType("Protests", "Peaceful protest") // { event_type: "Protests", sub_event_type: "Peaceful protest" }
 */
export function acledType(type: string, sub: string): AcledType | undefined {
  return isAcledPair(type, sub) ? Object.freeze({ event_type: type, sub_event_type: sub }) : undefined;
}
