/**
 * The words that attribute speech. Kept as plain lists so an analyst can extend them without touching the
 * matching code in attribution.ts and reported.ts.
 */

/** Verbs that attribute a direct quote ("…," said X / X said: "…"). */
export const DIRECT_VERBS: readonly string[] = [
  "said", "says", "say", "told", "tells", "added", "adds", "stated", "declared", "announced", "warned", "warns",
  "insisted", "stressed", "noted", "explained", "claimed", "asserted", "argued", "wrote", "writes", "tweeted",
  "posted", "replied", "responded", "continued", "acknowledged", "admitted", "confirmed", "vowed", "promised",
  "recalled", "remarked", "complained", "cautioned", "conceded", "observed", "described", "according to",
];

/** Verbs that introduce reported speech without "that" ("X said the truce was holding"). */
export const BARE_REPORT_VERBS: readonly string[] = ["said", "says", "told", "tells", "added"];

/** Verbs that introduce reported speech only with "that" ("X warned that …"). */
export const THAT_REPORT_VERBS: readonly string[] = [
  "warned", "insisted", "stressed", "noted", "claimed", "argued", "acknowledged", "admitted", "confirmed", "denied",
  "vowed", "announced", "asserted", "explained", "reiterated", "stated", "declared", "promised", "conceded",
];

/** Nominal heads that refer back to a named person ("the general told reporters"). */
export const TITLE_WORDS: readonly string[] = [
  "general", "commander", "marshal", "field marshal", "colonel", "minister", "foreign minister", "prime minister",
  "president", "spokesman", "spokeswoman", "spokesperson", "envoy", "ambassador", "official", "leader", "chief",
  "premier", "secretary", "diplomat", "mediator",
];

/** Personal pronouns that refer back to the latest named person. */
export const PERSON_PRONOUNS: readonly string[] = ["he", "she"];

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");

/** An alternation (no capturing group) of the given words, longest first. */
export function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map(escape).join("|");
}
