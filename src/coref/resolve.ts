/**
 * Resolves every anaphor of a document to a candidate antecedent (a noun phrase of the same or the last few
 * sentences): the best-scoring candidate that agrees with it and passes the constraints (salience.ts). A resolved
 * anaphor is itself a candidate for the next one, so chains ("General X … He … his") carry the actor along; an
 * anaphor whose antecedent names no actor ("the deal … it") stays unresolved, and so do its followers.
 */
import type { ActorMention, Doc, Sentence, Syntax, Token } from "../doc.ts";
import { bySentence } from "../events/by-sentence.ts";
import { actorKey } from "../actors/chunk.ts";
import { anaphorStart, sentenceAnaphors, type Anaphor } from "./anaphors.ts";
import { agrees } from "./agree.ts";
import { sentenceCandidates, type Candidate, type SentenceView } from "./candidates.ts";
import { quotedTokens, quoteSpeakers } from "./quotes.ts";
import { allowed, score, WEIGHTS, type Weights } from "./salience.ts";
import { PAIR_OF_PEOPLE, PAIR_OF_STATES } from "./words.ts";

export interface Link {
  readonly anaphor: Anaphor;
  readonly sentence: number;
  /** the candidates taken: one, two for a pair ("both sides"), none when nothing agrees */
  readonly antecedents: readonly Candidate[];
  /** the anaphor's new mentions: empty when its antecedent names no actor */
  readonly mentions: readonly ActorMention[];
}

/** how many sentences back a pronoun, a general noun or agent word, and a definite phrase look for an antecedent */
const REACH = { pronoun: 3, noun: 4, definite: 10 };

/** one flag per token for the character spans given */
function flags(tokens: readonly Token[], spans: readonly { start: number; end: number }[]): Uint8Array {
  const out = new Uint8Array(tokens.length);
  if (!spans.length) return out;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let k = 0;
  for (const t of tokens) {
    while (k < sorted.length && sorted[k]!.end <= t.start) k++;
    for (let j = k; j < sorted.length && sorted[j]!.start < t.end; j++) if (sorted[j]!.end > t.start) out[t.i] = 1;
  }
  return out;
}

const EMPTY_SYNTAX = (n: number): Syntax => ({
  upos: new Array(n).fill("X"), xpos: new Array(n).fill("_"), heads: new Int32Array(n).fill(-1), deprels: new Array(n).fill("_"), entities: [],
});

/** `agentive`: the nouns that can act (nouns.ts); a possessive before a subject outside them makes no mention */
export function resolveDocument(doc: Doc, weights: Weights = WEIGHTS, agentive: ReadonlySet<string> = new Set()): Link[] {
  const tokens = doc.tokens ?? [];
  const sentences = doc.sentences ?? [];
  const syntax = doc.syntax ?? EMPTY_SYNTAX(tokens.length);
  const text = doc.article.text;
  const mentionsIn = bySentence(doc.mentions ?? []);
  const dated = flags(tokens, doc.dates ?? []);
  const named = flags(tokens, syntax.entities.filter((e) => e.type === "PER"));
  const quoted = quotedTokens(text, tokens, sentences);
  // the names of the states the article names, for "the country" after "Velor's government"
  const states = new Map((doc.mentions ?? []).filter((m) => m.kind === "state" && m.country).map((m) => [m.country!, m.name]));
  const links: Link[] = [];
  let pool: Candidate[] = [];
  for (const s of sentences) {
    const view: SentenceView = { s, tokens, syntax, mentions: mentionsIn(s.index), dated, quoted, named, agentive };
    const here = sentenceCandidates(view);
    pool = pool.filter((c) => s.index - c.sentence <= REACH.definite);
    const anaphors = sentenceAnaphors(view);
    // outside quotes first, so a quote's speaker ("…," he said) is known before the pronouns inside it
    const order = [...anaphors.filter((a) => !a.quoted), ...anaphors.filter((a) => a.quoted)];
    let speakers: Set<string> | null = null;
    for (const a of order) {
      if (a.quoted && !speakers) speakers = speakerKeys(s, syntax, quoted, here);
      const link = resolveOne(a, s, pool.concat(here), syntax, speakers ?? new Set(), weights, text, tokens, states);
      links.push(link);
      absorb(here, a, link, s, syntax, tokens);
    }
    pool.push(...here);
  }
  return links;
}

function speakerKeys(s: Sentence, syntax: Syntax, quoted: Uint8Array, here: readonly Candidate[]): Set<string> {
  const keys = new Set<string>();
  for (const k of quoteSpeakers(s, syntax, quoted)) for (const c of here) if (c.head === k) for (const m of c.mentions) keys.add(m.key);
  return keys;
}

function resolveOne(
  a: Anaphor, s: Sentence, candidates: readonly Candidate[], syntax: Syntax, speakers: ReadonlySet<string>, w: Weights, text: string,
  tokens: readonly Token[], states: ReadonlyMap<string, string>,
): Link {
  const reach = a.type === "pronoun" ? REACH.pronoun : a.type === "definite" ? REACH.definite : REACH.noun;
  const bound = coArguments(a, s, candidates, syntax);
  const ok = (c: Candidate) => s.index - c.sentence <= reach && allowed(a, c, s.index, syntax, speakers) && !c.mentions.some((m) => bound.has(m.key));
  if (a.type === "shell" && a.cls === "pair") {
    const ranked = candidates.filter(ok).map((c) => ({ c, score: score(a, c, s.index, syntax, w) }))
      .sort((x, y) => y.score - x.score || y.c.head - x.c.head);
    return pairLink(a, s, ranked.map((r) => r.c), text, tokens, states);
  }
  // the best-scoring candidate that agrees (the later one on a tie)
  let best: Candidate | null = null;
  let top = -Infinity;
  for (const c of candidates) {
    if (!agrees(a, c) || !ok(c)) continue;
    const v = score(a, c, s.index, syntax, w);
    if (v > top || (v === top && best !== null && c.head > best.head)) { best = c; top = v; }
  }
  return { anaphor: a, sentence: s.index, antecedents: best ? [best] : [], mentions: best ? mentionsFor(a, s, best, text, tokens, states) : [] };
}

/**
 * Binding: "Putin thanked him" — a plain pronoun is not the actor of its own clause's other arguments, wherever
 * else that actor is named.
 */
function coArguments(a: Anaphor, s: Sentence, candidates: readonly Candidate[], syntax: Syntax): Set<string> {
  const keys = new Set<string>();
  const h = syntax.heads[a.token]!;
  if (a.type !== "pronoun" || a.info.reflexive || a.info.possessive || h < 0) return keys;
  for (const c of candidates) if (c.sentence === s.index && syntax.heads[c.head] === h) for (const m of c.mentions) keys.add(m.key);
  return keys;
}

/** "both sides": the two best-placed actors, or the best-placed pair ("Velor and Ardania") */
function pairLink(a: Anaphor, s: Sentence, ranked: readonly Candidate[], text: string, tokens: readonly Token[], states: ReadonlyMap<string, string>): Link {
  const word = a.type === "shell" ? a.word : "";
  const ofStates = PAIR_OF_STATES.has(word);
  const fits = (m: ActorMention) => (ofStates ? m.country !== null : PAIR_OF_PEOPLE.has(word) ? m.kind === "person" : true);
  // two countries are two different countries, whoever in them was named
  const keyOf = (m: ActorMention) => (ofStates ? m.country! : m.key);
  const taken: Candidate[] = [];
  const keys = new Set<string>();
  for (const c of ranked) {
    if (!c.mentions.length || !c.mentions.every(fits) || c.mentions.every((m) => keys.has(keyOf(m)))) continue;
    if (c.mentions.length > 1 && taken.length) continue;
    taken.push(c);
    for (const m of c.mentions) keys.add(keyOf(m));
    if (keys.size >= 2) break;
  }
  if (keys.size < 2) return { anaphor: a, sentence: s.index, antecedents: [], mentions: [] };
  const mentions = taken.flatMap((c) => mentionsFor(a, s, c, text, tokens, states));
  return { anaphor: a, sentence: s.index, antecedents: taken, mentions };
}

/** token range of the anaphor's own words */
function rangeOf(a: Anaphor): [number, number] {
  return [anaphorStart(a), a.token + 1];
}

/** the anaphor's mentions, one per actor of the antecedent, with the antecedent's identity and the anaphor's words */
function mentionsFor(a: Anaphor, s: Sentence, c: Candidate, text: string, tokens: readonly Token[], states: ReadonlyMap<string, string>): ActorMention[] {
  if (!c.mentions.length || !c.antecedent) return [];
  const [from, to] = rangeOf(a);
  const start = tokens[from]!.start;
  const end = tokens[to - 1]!.end;
  const seen = new Set<string>();
  const out: ActorMention[] = [];
  for (const r of c.mentions) {
    // "the country" after "Velor's government", "the two countries": the states themselves
    const state = a.type === "shell" && (a.cls === "state" || PAIR_OF_STATES.has(a.word)) && r.kind !== "state" && r.country !== null;
    const identity = state
      ? { key: actorKey(r.country!, null), name: states.get(r.country!) ?? r.country!, code: r.country!, country: r.country, kind: "state" as const }
      : { key: r.key, name: r.name, code: r.code, country: r.country, kind: r.kind };
    if (seen.has(identity.key)) continue;
    seen.add(identity.key);
    const antecedent = c.mentions.length > 1 ? r : c.antecedent!;
    out.push({
      ...r, ...identity, via: "coref", sentence: s.index, tokenStart: from, tokenEnd: to, start, end, text: text.slice(start, end),
      antecedent: { start: antecedent.start, end: antecedent.end, text: antecedent.text },
    });
  }
  return out;
}

/** the anaphor becomes a candidate for the next ones, carrying what it was resolved to */
function absorb(here: Candidate[], a: Anaphor, link: Link, s: Sentence, syntax: Syntax, tokens: readonly Token[]): void {
  const first = link.mentions[0] ?? null;
  const at = here.findIndex((c) => c.head === a.token);
  if (at >= 0) {
    here[at] = { ...here[at]!, mentions: link.mentions, antecedent: first, plural: here[at]!.plural || link.mentions.length > 1 };
    return;
  }
  const want = a.type === "pronoun" ? a.info.want : null;
  const [from, to] = rangeOf(a);
  here.push({
    sentence: s.index, head: a.token, start: from, end: to, role: syntax.deprels[a.token]!, lemma: tokens[a.token]!.lemma,
    plural: want === "plural" || link.mentions.length > 1, person: want === "person", mentions: link.mentions, antecedent: first,
    quoted: a.quoted,
  });
  here.sort((x, y) => x.head - y.head);
}
