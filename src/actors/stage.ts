/**
 * Actors stage: finds every mention of an actor, codes it (knowledge base, titles, demonyms, appositions,
 * acronyms) and links later references — surnames, acronyms, "the general", "his troops" — to the actor they
 * refer to. Pronouns and general nouns ("he", "the group") are the coref stage's (src/coref/).
 */
import type { ActorMention, Doc, Token } from "../doc.ts";
import type { Stage } from "../stage.ts";
import type { KnowledgeBase } from "../resources.ts";
import { findParts } from "./parts.ts";
import { actorKey, chunkParts, identify, type Chunk, type Identity } from "./chunk.ts";
import { LOCATIVE, POSSESSIVES } from "./words.ts";
import { phraseKey } from "./kb/key.ts";
import { createRecent, type Recent } from "./recent.ts";
import { parsed } from "./tree.ts";
import { loadNameHeads } from "./name-heads.ts";
import { findNames, type Name } from "./names.ts";
import { appositions } from "./apposition.ts";

export const actorsStage: Stage = {
  name: "actors",
  reads: ["sentences", "tokens", "syntax"],
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
    const heads = loadNameHeads();
    const remember = (id: Identity, end: number, taken: Set<number>) => {
      // remember surnames and a following "(ACRONYM)"
      if (id.kind === "person") {
        const last = id.name.split(/\s+/).at(-1);
        if (last && last.length > 2) byAlias.set(phraseKey(last), id);
      }
      const open = tokens[end];
      const acro = tokens[end + 1];
      if (open?.text === "(" && acro && /^[A-Z][A-Z0-9/-]{1,9}$/.test(acro.text) && tokens[end + 2]?.text === ")") {
        byAlias.set(phraseKey(acro.text), id);
        taken.add(end + 1);
      }
    };

    for (const s of doc.sentences ?? []) {
      const parts = findParts(text, tokens, s.tokenStart, s.tokenEnd, ctx.kb);
      const chunks = chunkParts(tokens, parts);
      const ids = chunks.map((c) => identify(c, date, ctx.gazetteer));
      const taken = new Set<number>();
      const first = mentions.length;
      // with a parse: organisation names no dictionary knows ("the Tarnovo Liberation Front"), in place of the
      // chunks inside them unless one of those is a known actor; not with imported dictionaries alone, which
      // code only the actors they name, as PETRARCH does
      const tree = ctx.conventions !== "petrarch" && parsed(doc.syntax, s) ? doc.syntax : null;
      const coded = chunks.map((chunk, c) => ({ chunk, id: ids[c] ?? null }));
      const names = tree ? findNames({ text, tokens, syntax: tree, kb: ctx.kb, gazetteer: ctx.gazetteer, heads }, s, coded)
        .filter((n) => namesBetter(n, coded)) : [];
      const emitted = new Set<Name>();
      const emit = (n: Name) => {
        emitted.add(n);
        let start = n.start;
        let end = n.end;
        for (const c of chunks) if (c.start < n.end && n.start < c.end) [start, end] = [Math.min(start, c.start), Math.max(end, c.end)];
        if (tokens[start]?.lower === "the" && start + 1 < end) start++;
        add(n.id, start, end, s.index);
        for (let k = start; k < end; k++) taken.add(k);
        remember(n.id, end, taken);
      };
      // "Lawmakers in Fornost and Gondor": the agent resolved by a place, and where that place's list ends
      // "lawmakers and officials in Fornost and Gondor": the agents placed by one place, and where its list ends
      let distributed: { ids: Identity[]; end: number } | null = null;
      for (const [c, chunk] of chunks.entries()) {
        const name = names.find((n) => chunk.start < n.end && n.start < chunk.end);
        if (name) {
          if (!emitted.has(name)) emit(name);
          continue;
        }
        const prev = tokens[chunk.start - 1];
        const prev2 = tokens[chunk.start - 2];
        let id = ids[c] ?? null;
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
        if (id && onlyPlace && afterLocative && ctx.conventions !== "petrarch") continue;
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
        remember(id, chunk.end, taken);
      }
      for (const n of names) if (!emitted.has(n)) emit(n);
      // with a parse: a person no dictionary knows takes the code of the phrase in apposition ("X, the rebel commander")
      if (tree) {
        for (const a of appositions(text, tokens, tree, s, mentions.slice(first))) {
          mentions[first + a.index] = a.phrase;
          mentions.push(a.person);
          recent.add(a.person);
          remember(a.person, a.person.tokenEnd, taken);
        }
      }
    }
    mentions.sort((a, b) => a.start - b.start);
    return { ...doc, mentions };
  },
};

/**
 * A name replaces the chunks inside it unless one is a known actor (a person or body of the knowledge base, a
 * titled person), or one already says whose body it is while the name cannot, or names the same agent where the
 * name has no country ("the Justice Ministry": the chunk's ministry may still find its country in the article).
 */
function namesBetter(n: Name, coded: readonly { chunk: Chunk; id: Identity | null }[]): boolean {
  return coded.every(({ chunk, id }) => {
    if (!id || chunk.end <= n.start || chunk.start >= n.end) return true;
    if (id.via === "kb" || id.via === "title") return false;
    if (n.id.country !== null) return true;
    return id.country === null && id.code.slice(3, 6) !== n.id.code.slice(3, 6);
  });
}

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
