/**
 * Antecedent accuracy against GUM: a gold anaphor is a third-person pronoun, or a definite description ("the" +
 * a common noun), that has an earlier mention of its entity. Ours is aligned to it by the start of its head word;
 * it is right when the head of the antecedent we chose is the head word of an earlier mention of the same entity.
 * Accuracy counts an anaphor we left unresolved as wrong; precision is over the anaphors we resolved.
 */
import type { GoldMention } from "./gum-gold.ts";
import { PRONOUNS } from "./words.ts";

export interface ScoredLink {
  /** character start of the anaphor's head word, and of the chosen antecedent's head (null: unresolved) */
  readonly anaphor: number;
  readonly antecedent: number | null;
}

export interface Counts {
  gold: number;
  /** gold anaphors we treated as anaphors, and resolved to something */
  found: number;
  resolved: number;
  correct: number;
}

export const emptyCounts = (): Counts => ({ gold: 0, found: 0, resolved: 0, correct: 0 });

export type AnaphorClass = "pronoun" | "definite";

/** what kind of gold anaphor a mention is, or null */
export function goldClass(m: GoldMention): AnaphorClass | null {
  if (m.headStart === m.start && m.headEnd === m.end && PRONOUNS.has(m.head)) return "pronoun";
  if (m.first === "the" && m.headUpos === "NOUN") return "definite";
  return null;
}

/** Adds one document's figures to `acc` (per anaphor class). */
export function scoreDocument(gold: readonly GoldMention[], links: readonly ScoredLink[], acc: Record<AnaphorClass, Counts>): void {
  const byHead = new Map<number, ScoredLink>(links.map((l) => [l.anaphor, l]));
  const firstOf = new Map<string, number>();
  for (const m of gold) if (!firstOf.has(m.entity) || m.start < firstOf.get(m.entity)!) firstOf.set(m.entity, m.start);
  for (const m of gold) {
    const cls = goldClass(m);
    if (!cls || firstOf.get(m.entity)! >= m.start) continue;
    const c = acc[cls];
    c.gold++;
    const link = byHead.get(m.headStart);
    if (!link) continue;
    c.found++;
    if (link.antecedent === null) continue;
    c.resolved++;
    if (gold.some((g) => g.entity === m.entity && g.start < m.start && g.headStart === link.antecedent)) c.correct++;
  }
}
