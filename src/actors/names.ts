/**
 * Organisation names the knowledge base does not know: "the Tarnovo Liberation Front", "the Popular Resistance
 * Brigades". A name is a run of capitalised words ending in a head word of data/actors/name-heads.tsv (with an
 * "of"/"for" tail: "the Front for the Liberation of Tarnovo"), widened to the parser's ORG entity that overlaps it.
 * Its agent comes from the head word, its country from a country, demonym, capital or gazetteer place inside it,
 * else from a phrase in apposition ("the Kivu Front, a Gondorian rebel group").
 */
import type { EntitySpan, Sentence, Syntax, Token } from "../doc.ts";
import type { Gazetteer, KnowledgeBase } from "../resources.ts";
import type { NameHeads } from "./name-heads.ts";
import type { Chunk, Identity } from "./chunk.ts";
import { isName } from "./words.ts";
import { identifyName } from "./name-identity.ts";

export interface Name {
  readonly start: number; // token index
  readonly end: number; // exclusive
  readonly id: Identity;
}

export interface NameSources {
  readonly text: string;
  /** the parser's entities of the sentence */
  readonly entities: readonly EntitySpan[];
  readonly tokens: readonly Token[];
  readonly syntax: Syntax;
  readonly kb: KnowledgeBase;
  readonly gazetteer: Gazetteer;
  readonly heads: NameHeads;
}

const TAIL = new Set(["of", "for"]);

/** where the name whose head word is at `k` starts and ends, or null when `k` heads no name */
function spanAt(tokens: readonly Token[], s: Sentence, k: number): { start: number; end: number } | null {
  let start = k;
  for (;;) {
    if (start - 1 >= s.tokenStart && isName(tokens[start - 1])) start--;
    // "Sudan's Storm Corps": the owner's name and its "'s" belong to the name
    else if (start - 2 >= s.tokenStart && /^['’]s$/.test(tokens[start - 1]!.text) && isName(tokens[start - 2])) start -= 2;
    else break;
  }
  let end = k + 1;
  // "the Front for the Liberation of Tarnovo": up to two capitalised "of"/"for" tails
  for (let tails = 0; tails < 2 && TAIL.has(tokens[end]?.lower ?? ""); tails++) {
    let j = end + 1;
    if (tokens[j]?.lower === "the") j++;
    let last = j;
    while (last < s.tokenEnd && isName(tokens[last])) last++;
    if (last === j) break;
    end = last;
  }
  // a head word needs a name of its own: "Army troops" at a sentence's start is no name
  if (start === k && end === k + 1) return null;
  return { start, end };
}

/**
 * Finds the organisation names of a sentence, with their identities, that should stand in place of the chunks
 * (with their ids) inside them; the chunks also give appositions.
 */
export function findNames(src: NameSources, s: Sentence, chunks: readonly { chunk: Chunk; id: Identity | null }[]): Name[] {
  const { tokens, syntax, heads } = src;
  const names: Name[] = [];
  const orgs = src.entities.filter((e) => e.type === "ORG");
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const t = tokens[k]!;
    const head = isName(t) ? heads.get(t.key) : undefined;
    // the head is the name's last capitalised word: "the Kivu Front Headquarters" is no front
    if (!head || isName(tokens[k + 1])) continue;
    const span = spanAt(tokens, s, k);
    if (!span || names.some((n) => n.start < span.end && span.start < n.end)) continue;
    const wide = widen(span, orgs);
    const id = identifyName(src, wide, k, head, chunks);
    if (!id) continue;
    const name = { ...wide, id };
    const person = memberOf(src, name, chunks);
    if (person) names.push(person);
    else if (better(name, chunks)) names.push(name);
  }
  return names;
}

/**
 * "the leader of the Kivu Liberation Movement", "a spokesman for the Tarnovo Front": a personal title joined to
 * the name by "of"/"for" is one person of the body, coded as the body (as "the leader of Hamas" is)
 */
function memberOf(src: NameSources, n: Name, coded: readonly { chunk: Chunk; id: Identity | null }[]): Name | null {
  const { text, tokens } = src;
  let link = n.start - 1;
  if (tokens[link]?.lower === "the") link--;
  if (!TAIL.has(tokens[link]?.lower ?? "")) return null;
  // the title's chunk runs on into the name ("leader of the …") or stops at the link ("a spokesman for the …")
  const title = coded.find((c) => c.id?.kind === "person" && c.chunk.start < link && c.chunk.end >= link && c.chunk.end <= n.end);
  if (!title?.id || (title.id.key.startsWith("person:") && title.id.via !== "title")) return null;
  const name = text.slice(tokens[title.chunk.start]!.start, tokens[n.end - 1]!.end);
  const agentWord = title.id.agentWord ?? null;
  return { start: title.chunk.start, end: n.end, id: { ...n.id, key: `${n.id.key}:${agentWord}`, name, kind: "person", agentWord } };
}

/**
 * A name replaces the chunks inside it unless one is a known actor (a person or body of the knowledge base, a
 * titled person), or one already says whose body it is while the name cannot, or names the same agent where the
 * name has no country ("the Justice Ministry": the chunk's ministry may still find its country in the article).
 */
function better(n: Name, coded: readonly { chunk: Chunk; id: Identity | null }[]): boolean {
  return coded.every(({ chunk, id }) => {
    if (!id || chunk.end <= n.start || chunk.start >= n.end) return true;
    if (id.via === "kb" || id.via === "title") return false;
    if (n.id.country !== null) return true;
    return id.country === null && id.code.slice(3, 6) !== n.id.code.slice(3, 6);
  });
}

/**
 * The name and the ORG entity that overlaps its start, together ("North Korea's Storm Corps"); the head word stays
 * the name's last, so an entity running on past it ("the Front terrorist group") does not lengthen the name.
 */
function widen(span: { start: number; end: number }, orgs: readonly EntitySpan[]): { start: number; end: number } {
  let start = span.start;
  for (const e of orgs) if (e.tokenStart < span.end && span.start < e.tokenEnd) start = Math.min(start, e.tokenStart);
  return { start, end: span.end };
}
