/**
 * Actors stage: finds every mention of an actor, codes it (knowledge base, titles, demonyms, appositions,
 * acronyms) and links later references — surnames, acronyms, "the general", "his troops" — to the actor they
 * refer to. Pronouns and general nouns ("he", "the group") are the coref stage's (src/coref/).
 */
import type { ActorMention, Token } from "../doc.ts";
import type { Stage } from "../stage.ts";
import type { VerbLexicon } from "../events/lexicon.ts";
import { findParts } from "./parts.ts";
import { actorKey, chunkParts, identify, type Identity } from "./chunk.ts";
import { LOCATIVE } from "./words.ts";
import { listed, modifiesNoun, placeAfter, resolveBareAgent, sharedDemonym } from "./bare-agents.ts";
import { phraseKey } from "./kb/key.ts";
import { createRecent } from "./recent.ts";
import { parsed } from "./tree.ts";
import { loadNameHeads } from "./name-heads.ts";
import { findNames, type Name } from "./names.ts";
import { appositions } from "./apposition.ts";
import { bySentence } from "../events/by-sentence.ts";

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
    const entitiesIn = bySentence(doc.syntax?.entities ?? []);
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
      const chunks = chunkParts(tokens, parts, ctx.conventions !== "petrarch" && parsed(doc.syntax, s) ? doc.syntax! : null);
      const ids = chunks.map((c) => identify(c, date, ctx.gazetteer));
      const taken = new Set<number>();
      const first = mentions.length;
      // with a parse: organisation names no dictionary knows ("the Tarnovo Liberation Front"), in place of the
      // chunks inside them unless one of those is a known actor; not with imported dictionaries alone, which
      // code only the actors they name, as PETRARCH does
      const tree = ctx.conventions !== "petrarch" && parsed(doc.syntax, s) ? doc.syntax : null;
      const coded = chunks.map((chunk, c) => ({ chunk, id: ids[c] ?? null }));
      const names = tree ? findNames({ text, entities: entitiesIn(s.index), tokens, syntax: tree, kb: ctx.kb, gazetteer: ctx.gazetteer, heads }, s, coded) : [];
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
        remember(id, chunk.end, taken);
      }
      for (const n of names) if (!emitted.has(n)) emit(n);
      // with a parse: a person no dictionary knows takes the code of the phrase in apposition ("X, the rebel commander")
      if (tree) {
        for (const a of appositions(text, tokens, tree, s, entitiesIn(s.index), mentions.slice(first))) {
          mentions[first + a.index] = a.phrase;
          if (!a.person) continue;
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
