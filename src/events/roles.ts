/**
 * Who did it and to whom: picks the source and target actor groups of a trigger from the groups of its sentence,
 * handling passives ("was attacked by X") and subjects separated from their verb by a prepositional phrase.
 */
import type { Token } from "../doc.ts";
import type { Group } from "./groups.ts";
import type { Trigger } from "./triggers.ts";

const PREPOSITIONS = new Set([
  "of", "in", "for", "to", "with", "at", "on", "by", "from", "against", "near", "about", "over", "into", "after",
  "before", "during", "between", "among", "under", "than", "like", "including", "toward", "towards", "across",
]);
const BE = new Set(["was", "were", "been", "being", "is", "are", "be", "got", "get", "gets", "'s"]);
const SKIP_ADVERB = new Set(["reportedly", "allegedly", "also", "again", "then", "later", "already", "being", "been", "badly", "fatally", "seriously"]);

export interface Roles {
  readonly source: Group | null;
  readonly target: Group | null;
  readonly passive: boolean;
}

export function isPassive(tokens: readonly Token[], head: number, sentenceStart: number): boolean {
  const t = tokens[head]!;
  if (t.pos !== "VERB" && t.pos !== "ADJ") return false;
  if (!/(ed|en|wn|ght|ck|ot|ut|eld|ung)$/.test(t.lower)) return false;
  for (let k = head - 1; k >= Math.max(sentenceStart, head - 3); k--) {
    const w = tokens[k]!.lower;
    if (BE.has(w)) return true;
    if (!SKIP_ADVERB.has(w)) return false;
  }
  return false;
}

export function findRoles(
  tokens: readonly Token[], groups: readonly Group[], tr: Trigger, sentenceStart: number, nextHead: number,
): Roles {
  // a group that contains the head ("Turkish warplanes bombed", head "warplanes") is the subject too
  const before = groups.filter((g) => g.tokenStart < tr.head);
  const after = groups.filter((g) => g.tokenStart > tr.head);
  const passive = isPassive(tokens, tr.head, sentenceStart) || (tr.end - 1 > tr.head && isPassive(tokens, tr.end - 1, tr.head));
  const subject = pickSubject(tokens, before);
  if (passive) {
    const agent = after.find((g) => byAgent(tokens, g));
    return { source: agent ?? null, target: subject, passive };
  }
  const eligible = after.filter((g) => (g.tokenStart < nextHead || g.tokenStart < tr.end) && !reporter(tokens, g));
  // an actor word the pattern itself matched ("launched missiles at") is an instrument, not the target
  const object = eligible.find((g) => g.tokenStart >= tr.end) ?? eligible[0] ?? null;
  return { source: subject, target: object, passive };
}

const SAY = new Set(["say", "said", "says", "tell", "told", "report", "reported", "add", "added", "state", "stated", "claim", "claimed", "announce", "announced"]);
/** "…, an AFP correspondent said": the group is the reporter of the sentence, not anyone's target */
function reporter(tokens: readonly Token[], g: Group): boolean {
  for (let k = g.tokenEnd; k < g.tokenEnd + 3 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (SAY.has(t.lower)) return true;
    if (t.pos !== "ADV" && t.pos !== "PROPN" && t.pos !== "AUX") return false;
  }
  return false;
}

/** "… by pro-Russia rebels", "by the army": the group is introduced by "by" within a few modifier words */
function byAgent(tokens: readonly Token[], g: Group): boolean {
  for (let k = g.tokenStart - 1; k >= Math.max(0, g.tokenStart - 4); k--) {
    const t = tokens[k]!;
    if (t.lower === "by") return true;
    if (t.pos === "VERB" || t.pos === "PUNCT" && t.text !== "-" || t.pos === "ADP") return false;
  }
  return false;
}

/** The closest group before the verb that is not the object of a preposition; else the closest group. */
function pickSubject(tokens: readonly Token[], before: readonly Group[]): Group | null {
  for (let i = before.length - 1; i >= 0; i--) {
    const g = before[i]!;
    const prev = tokens[g.tokenStart - 1];
    const prev2 = tokens[g.tokenStart - 2];
    const governed = (prev && PREPOSITIONS.has(prev.lower)) ||
      (prev && /^(the|a|an|its|their|his|her)$/.test(prev.lower) && prev2 && PREPOSITIONS.has(prev2.lower));
    const possessor = /^['’]s$/.test(tokens[g.tokenEnd]?.text ?? "") && tokens[g.tokenEnd + 1]?.pos === "NOUN";
    if (!governed && !possessor) return g;
  }
  return before.at(-1) ?? null;
}
