/**
 * Reviews the WordNet candidates by rule, never word by word: what is dropped carries its reason.
 * - a name (written with a capital in WordNet) is not a predicate;
 * - multiword lemmas are dropped, except a verb with one particle ("crack_down"), which becomes a two-word pattern;
 * - a sense WordNet's concordance never tagged (count 0) is dropped when the seed's sense was tagged (archaic or
 *   rare senses: "nail" for arrest);
 * - a minor sense is dropped: one that is neither the word's first sense nor a quarter of its tagged uses ("give"
 *   reached below "state", "book" below "request"), since a word is read in its usual sense;
 * - a word reached from several codes is dropped from all of them, unless it is itself a seed: then it stays with
 *   the codes that seed it;
 * - a word reached several ways for one code is kept once, by its closest relation.
 */
import type { Candidate, Relation } from "./expand.ts";

export interface Dropped {
  readonly candidate: Candidate;
  readonly reason: string;
}

/** particles of English phrasal verbs: a closed class */
export const PARTICLES: ReadonlySet<string> = new Set(["up", "down", "off", "out", "in", "on", "away", "back", "over", "through", "around", "forth"]);

const CLOSENESS: Record<Relation, number> = { seed: 0, synonym: 1, derivation: 2, troponym: 3, hyponym: 3 };

/** the share of a word's tagged uses below which a sense that is not its first is minor */
export const MINOR_SHARE = 0.25;

function ownRule(c: Candidate): string | null {
  if (c.relation === "seed") return null;
  if (c.proper) return "a name, not a predicate";
  if (c.lemma.includes("-")) return "hyphenated compound (our tokenizer splits it)";
  const parts = c.lemma.split("_");
  if (parts.length > 1 && !(c.pos === "v" && parts.length === 2 && PARTICLES.has(parts[1]!))) return "multiword";
  if (c.tagCount === 0 && c.seedTagCount > 0) return `untagged sense (tag count 0, the seed's ${c.seedTagCount}): archaic or rare`;
  if (c.senseNumber > 1 && c.lemmaTagCount > 0 && c.tagCount < MINOR_SHARE * c.lemmaTagCount) {
    return `minor sense (sense ${c.senseNumber}, ${c.tagCount} of the word's ${c.lemmaTagCount} tagged uses)`;
  }
  return null;
}

export function review(candidates: readonly Candidate[]): { kept: Candidate[]; dropped: Dropped[] } {
  const dropped: Dropped[] = [];
  const passed: Candidate[] = [];
  for (const c of candidates) {
    const reason = ownRule(c);
    if (reason) dropped.push({ candidate: c, reason });
    else passed.push(c);
  }
  // one entry per code, lemma and part of speech, by closeness
  const best = new Map<string, Candidate>();
  for (const c of passed) {
    const id = `${c.code}\t${c.lemma}\t${c.pos}`;
    const had = best.get(id);
    if (!had || CLOSENESS[c.relation] < CLOSENESS[had.relation] || (CLOSENESS[c.relation] === CLOSENESS[had.relation] && c.depth < had.depth)) best.set(id, c);
  }
  const byWord = new Map<string, Candidate[]>();
  for (const c of best.values()) {
    const id = `${c.lemma}\t${c.pos}`;
    byWord.set(id, [...(byWord.get(id) ?? []), c]);
  }
  const kept: Candidate[] = [];
  for (const list of byWord.values()) {
    const codes = [...new Set(list.map((c) => c.code))].sort();
    if (codes.length === 1) {
      kept.push(...list);
      continue;
    }
    const seeded = list.filter((c) => c.relation === "seed");
    for (const c of list) {
      if (seeded.length && seeded.some((s) => s.code === c.code)) kept.push(c);
      else if (seeded.length) dropped.push({ candidate: c, reason: `seed of ${seeded.map((s) => s.code).join(", ")}` });
      else dropped.push({ candidate: c, reason: `in the expansion of several codes: ${codes.join(", ")}` });
    }
  }
  const order = (a: Candidate, b: Candidate) => a.code.localeCompare(b.code) || a.lemma.localeCompare(b.lemma) || a.pos.localeCompare(b.pos);
  kept.sort(order);
  dropped.sort((a, b) => order(a.candidate, b.candidate) || a.reason.localeCompare(b.reason));
  return { kept, dropped };
}
