/**
 * Who an organisation name is (names.ts finds it): the agent from its head word, the state's or a named body's;
 * the country from a country, demonym, capital or gazetteer place inside it, else from a phrase in apposition.
 */
import type { Gazetteer, KnowledgeBase } from "../resources.ts";
import type { Syntax, Token } from "../doc.ts";
import type { NameHead } from "./name-heads.ts";
import { findParts } from "./parts.ts";
import { AGENT_KIND, type Chunk, type Identity } from "./chunk.ts";
import { phraseKey } from "./kb/key.ts";
import { isName, MODIFIERS } from "./words.ts";
import { apposed } from "./tree.ts";


export interface NameContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly syntax: Syntax;
  readonly kb: KnowledgeBase;
  readonly gazetteer: Gazetteer;
}

const COUNTRY_KINDS = new Set(["country", "demonym", "capital"]);
const WHOLE = new Set(["person", "group", "igo", "ngo"]);

/** The identity of the name on tokens `span` whose head word is token `k`, or null where it is no new body. */
export function identifyName(
  src: NameContext, span: { start: number; end: number }, k: number, head: NameHead,
  chunks: readonly { chunk: Chunk; id: Identity | null }[],
): Identity | null {
  const { text, tokens, kb, gazetteer } = src;
  const name = text.slice(tokens[span.start]!.start, tokens[span.end - 1]!.end);
  // a place is no body: "the West Bank", "the Gaza Strip"
  if (gazetteer.lookup(phraseKey(name))?.length) return null;
  const parts = findParts(text, tokens, span.start, span.end, kb);
  // a name the knowledge base knows, or one that holds a known actor ("the Hamas Brigades"), is the KB's
  if (parts.some((p) => p.entries.some((e) => WHOLE.has(e.kind)))) return null;
  let country: string | null = null;
  let owned = false;
  const generic = new Set<number>([k]);
  for (const p of parts) {
    const place = p.entries.find((e) => COUNTRY_KINDS.has(e.kind));
    if (place && !country) country = place.code.slice(0, 3);
    // "North Korea's Storm Corps", "the Russian Aerospace Forces": a body named after its country first (or owned
    // by it) is the state's; an opposition's name puts its own words first ("the Kachin Independence Army")
    if (place && (p.start === span.start || /^['’]s$/.test(tokens[p.end]?.text ?? ""))) owned = true;
    if (place || p.entries.some((e) => e.kind === "agent")) for (let i = p.start; i < p.end; i++) generic.add(i);
  }
  // a region or town of the gazetteer inside the name: "the Kachin Independence Army"
  for (let i = span.start; i < span.end && !country; i++) {
    if (i === k || generic.has(i) || !isName(tokens[i])) continue;
    const place = gazetteer.lookup(tokens[i]!.key)?.[0];
    if (place?.country) country = place.country;
  }
  let own = false;
  for (let i = span.start; i < span.end; i++) {
    const t = tokens[i]!;
    if (!generic.has(i) && isName(t) && !MODIFIERS.has(t.lower)) own = true;
  }
  // a country's own body ("the Sudanese Army", "the Interior Ministry") is the chunker's: it reads those already
  if (!own) return null;
  const appos = chunks.find((c) => c.id?.country && (c.chunk.end <= span.start || c.chunk.start >= span.end) &&
    apposed(src.syntax, tokens, span, c.chunk))?.id;
  // "the Islamic Revolution Guards Corps (IRGC)": a known body in apposition is the same body
  if (appos && appos.via === "kb" && appos.kind !== "person") return { ...appos, name, via: "name" };
  country ??= appos?.country ?? null;
  const agent = owned ? head.state : head.nonstate;
  const code = (country ?? "---") + agent;
  return {
    key: `name:${phraseKey(name)}`, name, code, country, kind: AGENT_KIND[agent] ?? "group", via: "name",
    agentWord: tokens[k]!.lower,
  };
}
