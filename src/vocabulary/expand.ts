/**
 * Expands each seed sense through WordNet: the other words of its synset (synonyms), the synsets below it
 * (troponyms of a verb, hyponyms of a noun, two levels down) and the seed word's derivationally related forms (`+` pointers:
 * event nouns of a verb seed, verbs of a noun seed). Pure: every candidate says how it was reached.
 */
import type { Seed } from "./seeds.ts";
import type { Result } from "../types.ts";
import type { Sense, Synset, SynsetWord, Wordnet, WordnetPos } from "./wordnet.ts";

export type Relation = "seed" | "synonym" | "troponym" | "hyponym" | "derivation";

export interface Candidate {
  readonly code: string;
  readonly lemma: string;
  readonly pos: WordnetPos;
  readonly relation: Relation;
  /** levels below the seed synset (hyponyms and troponyms), else 0 */
  readonly depth: number;
  readonly seed: Seed;
  /** the seed's own sense and tag count */
  readonly seedKey: string;
  readonly seedTagCount: number;
  /** this word's sense key and tag count (0 when WordNet has no count) */
  readonly key: string;
  readonly tagCount: number;
  /** this sense's rank among the word's senses (1 = most frequent; 0 when WordNet has none) and the tag counts of all its senses */
  readonly senseNumber: number;
  readonly lemmaTagCount: number;
  readonly proper: boolean;
}

/** how far below the seed hyponyms and troponyms are followed */
export const HYPONYM_DEPTH = 2;
/** noun lexicographer files that hold events: noun.act, noun.communication, noun.event */
export const EVENT_NOUN_FILES: ReadonlySet<number> = new Set([4, 10, 11]);

/** The seed's synset and its word in it, or a message saying why the seed is not in WordNet. */
export function resolveSeed(wn: Wordnet, seed: Seed): Result<{ synset: Synset; word: SynsetWord; sense: Sense | undefined }> {
  const fail = (message: string) => ({ ok: false as const, error: { code: "bad_seed", message: `seeds.tsv:${seed.line}: ${message}` } });
  const offset = seed.sense.includes("%") ? wn.sense(seed.sense)?.offset : seed.sense;
  if (!offset) return fail(`WordNet has no sense ${seed.sense}`);
  const synset = wn.synset(seed.pos, offset);
  if (!synset) return fail(`WordNet has no ${seed.pos} synset ${offset}`);
  const word = synset.words.find((w) => w.lemma === seed.lemma);
  if (!word) return fail(`"${seed.lemma}" is not a word of synset ${offset} (${synset.words.map((w) => w.lemma).join(", ")})`);
  return { ok: true, value: { synset, word, sense: wn.senseOf(synset, word) } };
}

export function expandSeed(wn: Wordnet, seed: Seed): Result<Candidate[]> {
  const resolved = resolveSeed(wn, seed);
  if (!resolved.ok) return resolved;
  const { synset, word, sense } = resolved.value;
  const seedWord = synset.words.indexOf(word) + 1;
  const seedKey = sense?.key ?? seed.sense;
  const seedTagCount = sense?.tagCount ?? 0;
  const out: Candidate[] = [];
  const add = (s: Synset, w: SynsetWord, relation: Relation, depth: number) => {
    const own = wn.senseOf(s, w);
    out.push({
      code: seed.code, lemma: w.lemma, pos: s.pos, relation, depth, seed, seedKey, seedTagCount,
      key: own?.key ?? "", tagCount: own?.tagCount ?? 0, proper: w.proper,
      senseNumber: own?.senseNumber ?? 0, lemmaTagCount: wn.sensesOf(w.lemma, s.pos).reduce((n, x) => n + x.tagCount, 0),
    });
  };
  synset.words.forEach((w) => add(synset, w, w.lemma === seed.lemma ? "seed" : "synonym", 0));
  const below = (s: Synset, depth: number, seen: Set<string>) => {
    if (depth > HYPONYM_DEPTH) return;
    for (const p of s.pointers) {
      if (p.symbol !== "~" || p.pos !== s.pos || seen.has(p.offset)) continue;
      seen.add(p.offset);
      const child = wn.synset(s.pos, p.offset);
      if (!child) continue;
      for (const w of child.words) add(child, w, s.pos === "v" ? "troponym" : "hyponym", depth);
      below(child, depth + 1, seen);
    }
  };
  below(synset, 1, new Set([synset.offset]));
  for (const p of synset.pointers) {
    if (p.symbol !== "+" || (p.pos !== "n" && p.pos !== "v") || p.pos === synset.pos) continue;
    // from the seed word only: a synonym's derivation is two steps away ("incriminate" → "crime" for accuse)
    if (p.sourceWord !== 0 && p.sourceWord !== seedWord) continue;
    const other = wn.synset(p.pos, p.offset);
    const w = other?.words[p.targetWord - 1];
    if (!other || !w) continue;
    if (other.pos === "n" && !EVENT_NOUN_FILES.has(other.lexFile)) continue; // "arrester", "nail": not events
    add(other, w, "derivation", 0);
  }
  return { ok: true, value: out };
}
