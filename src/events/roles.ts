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

const covered = (groups: readonly Group[], k: number) => groups.some((g) => g.tokenStart <= k && g.tokenEnd > k);

/**
 * "X condemned the attack and promised aid": a verb right after "and" (or "but", "then"), with no actor between,
 * shares the subject of the verb before it.
 */
export function coordinated(tokens: readonly Token[], head: number, groups: readonly Group[], previousHead: number): boolean {
  let k = head - 1;
  while (k > previousHead && (tokens[k]!.pos === "ADV" || tokens[k]!.pos === "AUX")) k--;
  // (an "and" right before the verb joins predicates: "…in northern Somalia and deported…")
  return k > previousHead && /^(and|but|then)$/.test(tokens[k]!.lower) && !covered(groups, k);
}

const SUBJECT_PRONOUNS = new Set(["it", "they", "he", "she"]);
const OBJECT_PRONOUNS = new Set(["him", "her", "them"]);

/**
 * "X urged Y to stop, and then it requested…": a pronoun no actor was found for, as the subject of a later verb of
 * the sentence, stands for the subject of the verb before it.
 */
export function pronounSubject(tokens: readonly Token[], head: number, groups: readonly Group[], previousHead: number): boolean {
  let k = head - 1;
  while (k > previousHead && (tokens[k]!.pos === "ADV" || tokens[k]!.pos === "AUX")) k--;
  return k > previousHead && SUBJECT_PRONOUNS.has(tokens[k]!.lower) && !covered(groups, k);
}

/** "…and Gondor asked him to…": the unresolved object pronoun right after the verb */
export function pronounObject(tokens: readonly Token[], end: number, groups: readonly Group[]): boolean {
  return OBJECT_PRONOUNS.has(tokens[end]?.lower ?? "") && !covered(groups, end);
}

export function findRoles(
  tokens: readonly Token[], groups: readonly Group[], tr: Trigger, sentenceStart: number, nextHead: number,
  shared: Group | null = null,
): Roles {
  // a group that contains the head ("Turkish warplanes bombed", head "warplanes") is the subject too
  const before = groups.filter((g) => g.tokenStart < tr.head);
  const after = groups.filter((g) => g.tokenStart > tr.head);
  const byNext = tokens[tr.end]?.lower === "by" && /(ed|en|wn)$/.test(tokens[tr.end - 1]!.lower);
  const passive = byNext || isPassive(tokens, tr.head, sentenceStart) || (tr.end - 1 > tr.head && isPassive(tokens, tr.end - 1, tr.head));
  if (tr.pattern.flags.has("noun") && !tr.pattern.flags.has("recip") && tokens[tr.head]!.pos !== "VERB") {
    const nominal = nominalRoles(tokens, groups, tr);
    if (nominal.source || nominal.target) return nominal;
    // otherwise the subject of its own clause only: "…, with shelling resuming" has none
    const subject = pickSubject(tokens, before);
    const crosses = subject && tokens.slice(subject.tokenEnd, tr.head).some((t) => t.text === "," || t.text === ";");
    if (crosses) return { source: null, target: null, passive: false };
  }
  const subject = shared ?? pickSubject(tokens, before);
  // a pattern whose subject undergoes the act, whatever the voice: "Ithilen's militia was freed from Barad-dur"
  if (tr.pattern.flags.has("passive")) {
    return { source: after.find((g) => g.tokenStart >= tr.end && !reporter(tokens, g)) ?? null, target: subject, passive: false };
  }
  if (passive) {
    const agent = after.find((g) => byAgent(tokens, g));
    // "a ceasefire brokered by Russia": the thing brokered is not an actor named before a comma
    // (with an auxiliary — "a man from China, a graduate, was detained" — the subject is the verb's own)
    const between = subject ? tokens.slice(subject.tokenEnd, tr.head) : [];
    const sameClause = subject && !between.some((t) => t.text === ";") && (!between.some((t) => t.text === ",") || BE.has(tokens[tr.head - 1]?.lower ?? ""));
    // "Evidence against Russia was presented by the US": with no subject, the target sits inside the pattern
    const inside = groups.find((g) => g.tokenStart > tr.head && g.tokenEnd <= tr.end);
    return { source: agent ?? null, target: sameClause ? subject : subject ? null : inside ?? null, passive };
  }
  const stop = Math.min(nextHead, clauseEnd(tokens, tr.end));
  const eligible = after.filter((g) => (g.tokenStart < stop || g.tokenStart < tr.end) && !reporter(tokens, g));
  // an actor word the pattern itself matched ("launched missiles at") is an instrument, not the target
  const from = skipPhrases(tokens, groups, tr.end, tr.pattern.targetSkips ?? 0);
  const object = eligible.find((g) => g.tokenStart >= from) ?? (from > tr.end ? null : eligible[0] ?? null);
  if (tr.pattern.targetFirst && subject) {
    return { source: pickSubject(tokens, before.filter((g) => g.tokenEnd <= subject.tokenStart)), target: subject, passive: false };
  }
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

const VERBAL = new Set(["VERB", "AUX"]);

/**
 * A nominal trigger ("Israeli tank shelling", "air strikes by the coalition on Idlib") takes its source from an
 * adjacent modifier or a "by"/"from" phrase, and its target from an "on"/"against"/"of" phrase — never from a
 * subject further back, which belongs to another verb.
 */
function nominalRoles(tokens: readonly Token[], groups: readonly Group[], tr: Trigger): Roles {
  // (a word between may be a determiner or an adjective, never a verb: "activists reported clashes" names no side)
  const adjacent = groups.find((g) => g.tokenEnd <= tr.head && tr.head - g.tokenEnd <= 1 && (g.tokenEnd === tr.head || !VERBAL.has(tokens[g.tokenEnd]!.pos))) ??
    groups.find((g) => g.tokenStart < tr.head && g.tokenEnd > tr.head);
  const after = groups.filter((g) => g.tokenStart >= tr.end && g.tokenStart - tr.end <= 3);
  const lead = (g: Group) => tokens[g.tokenStart - 1]?.lower ?? "";
  const by = after.find((g) => lead(g) === "by" || lead(g) === "from");
  const on = after.find((g) => ["on", "against", "of", "at", "targeting"].includes(lead(g)));
  return { source: adjacent ?? by ?? null, target: on ?? null, passive: false };
}

/** past `n` noun phrases from token `at`: "warned at [the population] of Gondor" (an actor counts as one) */
function skipPhrases(tokens: readonly Token[], groups: readonly Group[], at: number, n: number): number {
  let k = at;
  for (let i = 0; i < n; i++) {
    while (k < tokens.length && /^(DET|ADJ|NUM)$/.test(tokens[k]!.pos)) k++;
    const g = groups.find((x) => x.tokenStart === k);
    if (g) k = g.tokenEnd;
    else while (k < tokens.length && /^(NOUN|PROPN)$/.test(tokens[k]!.pos)) k++;
  }
  return k;
}

/** where the object of a verb can no longer be: a semicolon, or "and"/"but"/"then" starting a new predicate */
function clauseEnd(tokens: readonly Token[], from: number): number {
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.text === ";" || t.text === "." && k > from) return k;
    if ((t.lower === "and" || t.lower === "but" || t.lower === "then") && tokens[k + 1]?.pos === "VERB") return k;
  }
  return tokens.length;
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

/** words that govern the noun phrase after them: a phrase they introduce is no subject */
const GOVERNORS = new Set([...PREPOSITIONS, "that", "which", "whom"]);

/**
 * The actor group ending right before a verb (past adverbs, auxiliaries and particles), when no preposition or
 * relative pronoun governs it: in English that is the verb's subject, whatever a parse says.
 */
export function adjacentSubject(tokens: readonly Token[], groups: readonly Group[], head: number): Group | null {
  if (tokens[head]?.pos !== "VERB") return null;
  let k = head - 1;
  while (k >= 0 && (tokens[k]!.pos === "ADV" || tokens[k]!.pos === "AUX" || tokens[k]!.pos === "PART")) k--;
  const g = groups.find((x) => x.tokenEnd === k + 1);
  if (!g) return null;
  const before = tokens[g.tokenStart - 1]?.lower ?? "";
  const before2 = tokens[g.tokenStart - 2]?.lower ?? "";
  if (GOVERNORS.has(before) || (/^(the|a|an)$/.test(before) && GOVERNORS.has(before2))) return null;
  return g;
}
