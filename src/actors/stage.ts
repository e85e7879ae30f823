/**
 * Actors stage: finds every mention of an actor, codes it (knowledge base, titles, demonyms, appositions,
 * acronyms) and links later references — surnames, acronyms, "the general", "his troops" — to the actor they
 * refer to. Pronouns and general nouns ("he", "the group") are the coref stage's (src/coref/).
 */
import type { ActorMention, Doc, Token } from "../doc.ts";
import type { Stage } from "../stage.ts";
import type { KnowledgeBase } from "../resources.ts";
import type { VerbLexicon } from "../events/lexicon.ts";
import { findParts } from "./parts.ts";
import { actorKey, chunkParts, identify, type Chunk, type Identity } from "./chunk.ts";
import { LOCATIVE, POSSESSIVES } from "./words.ts";
import { phraseKey } from "./kb/key.ts";
import { createRecent, type Recent } from "./recent.ts";

export const actorsStage: Stage = {
  name: "actors",
  reads: ["sentences", "tokens"],
  adds: ["mentions"],
  run(doc, ctx) {
    const tokens = doc.tokens ?? [];
    const text = doc.article.text;
    const date = doc.article.published;
    const mentions: ActorMention[] = [];
    const byAlias = new Map<string, Identity>(); // surnames and acronyms seen so far
    const add = (id: Identity, from: number, to: number, sentence: number, via = id.via) => {
      const start = tokens[from]!.start;
      const end = tokens[to - 1]!.end;
      const m: ActorMention = { ...id, via, start, end, text: text.slice(start, end), sentence, tokenStart: from, tokenEnd: to };
      mentions.push(m);
      recent.add(m);
    };
    const recent = createRecent();

    for (const s of doc.sentences ?? []) {
      const parts = findParts(text, tokens, s.tokenStart, s.tokenEnd, ctx.kb);
      const chunks = chunkParts(tokens, parts);
      const taken = new Set<number>();
      // "Lawmakers in Fornost and Gondor": the agent resolved by a place, and where that place's list ends
      // "lawmakers and officials in Fornost and Gondor": the agents placed by one place, and where its list ends
      let distributed: { ids: Identity[]; end: number } | null = null;
      for (const chunk of chunks) {
        const prev = tokens[chunk.start - 1];
        const prev2 = tokens[chunk.start - 2];
        let id = identify(chunk, date, ctx.gazetteer);
        const onlyPlace = chunk.parts.every((p) => p.entries.some((e) => e.kind === "country" || e.kind === "capital"));
        const afterLocative = (prev && LOCATIVE.has(prev.lower)) || (prev?.lower === "the" && prev2 && LOCATIVE.has(prev2.lower));
        // "talks in Moscow": a place, not an actor (PETRARCH's conventions make it one)
        // …and each later place of the list takes the agent too: "lawmakers in Fornost and Gondor" (both LEG)
        if (id && onlyPlace && distributed && listed(tokens, distributed.end, chunk.start)) {
          const iso = id.code.slice(0, 3);
          const place = id.name;
          // one mention per agent, all on the place's words (groups.ts keeps mentions of the same words together)
          for (const agent of distributed.ids) {
            const code = iso + agent.code.slice(3);
            add({ ...agent, key: actorKey(code, agent.agentWord), code, country: iso, name: `${agent.name.replace(/ \(.*\)$/, "")} (${place})`, via: "place" }, chunk.start, chunk.end, s.index);
          }
          distributed = { ids: distributed.ids, end: chunk.end };
          for (let k = chunk.start; k < chunk.end; k++) taken.add(k);
          continue;
        }
        // the place itself is part of the agent's name ("lawmakers in Fornost"), not an actor of its own
        if (id && onlyPlace && distributed && chunk.end === distributed.end) continue;
        // (…but "killed in Israel's war": the possessor of an event noun does it, wherever it happened)
        if (id && onlyPlace && afterLocative && !ownsEvent(tokens, chunk.end, ctx.verbs) && ctx.conventions !== "petrarch") continue;
        if (id && onlyPlace && modifiesNoun(tokens, chunk, ctx.kb)) continue; // "the Moscow truce": a name of a thing
        if (!id && chunk.parts.length === 1) {
          const alias = byAlias.get(phraseKey(chunk.parts[0]!.text));
          if (alias) id = { ...alias, via: "alias" };
        }
        if (!id) continue;
        if (id.country !== null) distributed = null;
        if (id.country === null) {
          const placed = placeAfter(id, chunk.end, chunks, tokens);
          if (placed) distributed = distributed?.end === placed.end ? { ids: [...distributed.ids, placed.id], end: placed.end } : { ids: [placed.id], end: placed.end };
          else distributed = null;
          id = placed?.id ?? sharedDemonym(id, prev, mentions, chunk.start) ?? resolveBareAgent(id, prev, recent) ?? id;
        }
        add(id, chunk.start, chunk.end, s.index);
        for (let k = chunk.start; k < chunk.end; k++) taken.add(k);
        // remember surnames and a following "(ACRONYM)"
        if (id.kind === "person") {
          const last = id.name.split(/\s+/).at(-1);
          if (last && last.length > 2) byAlias.set(phraseKey(last), id);
        }
        const open = tokens[chunk.end];
        const acro = tokens[chunk.end + 1];
        if (open?.text === "(" && acro && /^[A-Z][A-Z0-9/-]{1,9}$/.test(acro.text) && tokens[chunk.end + 2]?.text === ")") {
          byAlias.set(phraseKey(acro.text), id);
          taken.add(chunk.end + 1);
        }
      }
    }
    mentions.sort((a, b) => a.start - b.start);
    return { ...doc, mentions };
  },
};

/** "the Moscow truce", "the Beijing Olympics": a place name between a determiner and a noun that is no agent */
function modifiesNoun(tokens: readonly Token[], chunk: Chunk, kb: KnowledgeBase): boolean {
  const before = tokens[chunk.start - 1]?.lower;
  const next = tokens[chunk.end];
  if (!next || (before !== "the" && before !== "a" && before !== "an")) return false;
  if (next.pos !== "NOUN" && next.pos !== "PROPN") return false;
  return !kb.lookup(phraseKey(next.text))?.some((e) => e.kind === "agent");
}

/** only "and", "," and "the" between two chunks of a list */
function listed(tokens: readonly Token[], from: number, to: number): boolean {
  const gap = tokens.slice(from, to).map((t) => t.lower);
  return gap.length > 0 && gap.length <= 3 && gap.every((w) => w === "and" || w === "," || w === "the");
}

/**
 * "a court in Guyana", "the mayor of Nablus": a bare agent followed by in/of + a country takes that country; so
 * do bare agents listed before it ("lawmakers and officials in Fornost"). Returns where the country chunk ends.
 */
function placeAfter(id: Identity, end: number, chunks: readonly Chunk[], tokens: readonly Token[]): { id: Identity; end: number } | null {
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
function sharedDemonym(id: Identity, prev: Token | undefined, mentions: readonly ActorMention[], at: number): Identity | null {
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
function resolveBareAgent(id: Identity, prev: Token | undefined, recent: Recent): Identity | null {
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

/** "Israel's war", "Russia's military campaign": a possessive followed by a noun that names an act (a noun pattern) */
function ownsEvent(tokens: readonly Token[], end: number, verbs: VerbLexicon): boolean {
  if (!/^['’]s?$/.test(tokens[end]?.text ?? "")) return false;
  for (let k = end + 1; k < Math.min(tokens.length, end + 4); k++) {
    const t = tokens[k]!;
    if (t.pos === "ADJ") continue;
    return t.pos === "NOUN" && (verbs.byHead(t.lemma)?.some((p) => p.flags.has("noun")) ?? false);
  }
  return false;
}
