/**
 * Where a bare agent ("the army", "a court", "lawmakers") gets its country: a place after it ("a court in Guyana"),
 * a demonym's agent it is joined to ("the Danish media and government"), the owner of a possessive or the last
 * actor with the same agent ("his troops", "the government"); and the two word-order tests the stage applies to
 * place names ("the Moscow truce", lists).
 */
import type { ActorMention, Token } from "../doc.ts";
import type { KnowledgeBase } from "../resources.ts";
import { actorKey, type Chunk, type Identity } from "./chunk.ts";
import { phraseKey } from "./kb/key.ts";
import type { Recent } from "./recent.ts";
import { POSSESSIVES } from "./words.ts";

/** "the Moscow truce", "the Beijing Olympics": a place name between a determiner and a noun that is no agent */
export function modifiesNoun(tokens: readonly Token[], chunk: Chunk, kb: KnowledgeBase): boolean {
  const before = tokens[chunk.start - 1]?.lower;
  const next = tokens[chunk.end];
  if (!next || (before !== "the" && before !== "a" && before !== "an")) return false;
  if (next.pos !== "NOUN" && next.pos !== "PROPN") return false;
  return !kb.lookup(phraseKey(next.text))?.some((e) => e.kind === "agent");
}

/** only "and", "," and "the" between two chunks of a list */
export function listed(tokens: readonly Token[], from: number, to: number): boolean {
  const gap = tokens.slice(from, to).map((t) => t.lower);
  return gap.length > 0 && gap.length <= 3 && gap.every((w) => w === "and" || w === "," || w === "the");
}

/**
 * "a court in Guyana", "the mayor of Nablus": a bare agent followed by in/of + a country takes that country; so
 * do bare agents listed before it ("lawmakers and officials in Fornost"). Returns where the country chunk ends.
 */
export function placeAfter(id: Identity, end: number, chunks: readonly Chunk[], tokens: readonly Token[]): { id: Identity; end: number } | null {
  // skip later bare agents of the same list: "lawmakers and officials in …"
  let at = end;
  for (let c = chunks.find((x) => x.start > at); c && listed(tokens, at, c.start) && !c.parts.some((p) => p.entries.some((e) => e.kind !== "agent")); c = chunks.find((x) => x.start > at)) {
    at = c.end;
  }
  const link = tokens[at]?.lower;
  if (link !== "in" && link !== "of" && link !== "from") return null;
  const next = chunks.find((c) => c.start === at + 1 || (c.start === at + 2 && tokens[at + 1]?.lower === "the"));
  // a place, or after "in" a body of the state: "officials in the White House", "aides in the Kremlin"
  const country = next?.parts.flatMap((p) => p.entries).find((e) => e.kind === "country" || e.kind === "capital" || e.kind === "demonym" ||
    (link === "in" && e.kind === "group" && !!e.country && e.actorKind === "government"));
  if (!next || !country) return null;
  const iso = country.country ?? country.code.slice(0, 3);
  const code = iso + id.code.slice(3);
  return { id: { ...id, key: actorKey(code, id.agentWord), code, country: iso, name: `${id.name} (${country.name})`, via: "place" }, end: next.end };
}

/** "the Danish media and government": a bare agent joined by "and" to a demonym's agent shares its country */
export function sharedDemonym(id: Identity, prev: Token | undefined, mentions: readonly ActorMention[], at: number): Identity | null {
  const last = mentions.at(-1);
  if (prev?.lower !== "and" || !last || last.tokenEnd !== at - 1 || !last.country) return null;
  // the mention before is a country word with an agent: "Danish media", "Denmark's media"
  if ((last.via !== "demonym" && last.via !== "country") || last.code.length <= 3) return null;
  const code = last.country + id.code.slice(3);
  return { ...id, key: actorKey(code, id.agentWord), code, country: last.country, name: `${id.name} (${last.country})`, via: "demonym" };
}

const INDEFINITE = new Set(["a", "an", "some", "several", "many", "few", "dozens", "hundreds", "thousands", "scores", "of", "other", "more", "numerous", "two", "three"]);

/**
 * "the general", "his troops", "the government": a bare agent takes its country from the actor it refers to —
 * the owner of a possessive, or the last actor with the same agent word.
 */
export function resolveBareAgent(id: Identity, prev: Token | undefined, recent: Recent): Identity | null {
  // (every mention recorded so far starts before this chunk)
  if (prev && POSSESSIVES.has(prev.lower)) {
    const owner = recent.lastWithCountry();
    if (owner) {
      const code = owner.country + id.code.slice(3);
      return { ...id, key: actorKey(code, id.agentWord), code, country: owner.country, name: `${owner.name}'s ${id.name}`, via: "possessive" };
    }
  }
  // "about 240 hostages", "a soldier", "dozens of protesters": a counted or indefinite phrase names someone new
  if (prev && (prev.pos === "NUM" || INDEFINITE.has(prev.lower))) return null;
  // "the government", "army artillery": the country of the last actor with the same agent code in the article
  const same = recent.lastWithAgent(id.code.slice(3, 6));
  if (!same) return null;
  if (same.kind === "person" && id.kind === "person" && prev?.lower === "the") return { ...same, via: "nominal", agentWord: id.agentWord ?? null };
  if (id.kind === "person") return null;
  const code = same.country + id.code.slice(3);
  return { ...id, key: actorKey(code, id.agentWord), code, country: same.country, name: `${id.name} (${same.country})`, via: "nominal" };
}
