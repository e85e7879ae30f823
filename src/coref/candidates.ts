/**
 * The noun phrases of a sentence that a later anaphor may refer to, read from the dependency tree: every nominal
 * head (not a compound or a name's inner word, not a date), with its role, number and whether it names a person,
 * and the actor mentions it stands for — none for a thing ("the deal"), which an "it" may take without becoming an
 * actor. Conjoined phrases ("Velor and Ardania") are also one plural candidate for "they".
 */
import type { ActorMention, Sentence, Syntax, Token } from "../doc.ts";

export interface Candidate {
  readonly sentence: number;
  /** token index of the phrase's head, and its token range [start, end) */
  readonly head: number;
  readonly start: number;
  readonly end: number;
  /** the head's UD relation; a conjunct takes the first conjunct's */
  readonly role: string;
  readonly plural: boolean;
  readonly person: boolean;
  /** the head word's lemma */
  readonly lemma: string;
  /** the actors it names (several for a conjoined phrase); empty for a thing or an unknown person */
  readonly mentions: readonly ActorMention[];
  /** the mention an anaphor that takes this candidate names as its antecedent */
  readonly antecedent: ActorMention | null;
  readonly quoted: boolean;
}

/** relations of words inside a phrase that are not its head */
const INNER = new Set(["compound", "flat", "fixed", "goeswith", "flat:name", "flat:foreign", "compound:prt"]);
const NOMINAL = new Set(["NOUN", "PROPN"]);
const PERSONS = new Set(["person"]);

/** the word of [from, to) whose head lies outside it (the first such), else the last word */
export function phraseHead(syntax: Syntax, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const h = syntax.heads[i]!;
    if (h < from || h >= to) return i;
  }
  return to - 1;
}

export interface SentenceView {
  readonly s: Sentence;
  readonly tokens: readonly Token[];
  readonly syntax: Syntax;
  readonly mentions: readonly ActorMention[];
  /** per document token: 1 inside a date, 1 inside a direct quote, 1 inside a named person (NER) */
  readonly dated: Uint8Array;
  readonly quoted: Uint8Array;
  readonly named: Uint8Array;
  /** nouns that can act (nouns.ts) */
  readonly agentive: ReadonlySet<string>;
}

const isPlural = (v: SentenceView, head: number): boolean => {
  const x = v.syntax.xpos[head]!;
  if (x !== "_") return x === "NNS" || x === "NNPS";
  return /[^s]s$/i.test(v.tokens[head]!.text);
};

/** The candidates of one sentence, in text order of their heads. */
export function sentenceCandidates(v: SentenceView): Candidate[] {
  const { s, syntax, tokens } = v;
  const out: Candidate[] = [];
  const inMention = new Uint8Array(s.tokenEnd - s.tokenStart);
  // mentions on the same words are one candidate: "lawmakers in Fornost and Gondor"
  const byRange = new Map<string, ActorMention[]>();
  for (const m of v.mentions) {
    const k = `${m.tokenStart}:${m.tokenEnd}`;
    const list = byRange.get(k);
    if (list) list.push(m);
    else byRange.set(k, [m]);
    for (let i = m.tokenStart; i < m.tokenEnd; i++) if (i >= s.tokenStart && i < s.tokenEnd) inMention[i - s.tokenStart] = 1;
  }
  for (const ms of byRange.values()) {
    const m = ms[0]!;
    const head = phraseHead(syntax, m.tokenStart, m.tokenEnd);
    out.push({
      sentence: s.index, head, start: m.tokenStart, end: m.tokenEnd, role: syntax.deprels[head]!, lemma: tokens[head]!.lemma,
      plural: ms.length > 1 || (m.kind !== "person" && m.kind !== "state" && isPlural(v, head)),
      person: ms.every((x) => PERSONS.has(x.kind)), mentions: ms, antecedent: m, quoted: v.quoted[head] === 1,
    });
  }
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    if (inMention[i - s.tokenStart] || v.dated[i] || INNER.has(syntax.deprels[i]!)) continue;
    const upos = syntax.upos[i] !== "X" ? syntax.upos[i]! : tokens[i]!.pos;
    if (!NOMINAL.has(upos)) continue;
    let start = i;
    while (start > s.tokenStart && syntax.heads[start - 1] === i && !inMention[start - 1 - s.tokenStart]) start--;
    out.push({
      sentence: s.index, head: i, start, end: i + 1, role: syntax.deprels[i]!, lemma: tokens[i]!.lemma,
      plural: isPlural(v, i), person: v.named[i] === 1, mentions: [], antecedent: null, quoted: v.quoted[i] === 1,
    });
  }
  out.sort((a, b) => a.head - b.head);
  return withConjunctions(out, syntax);
}

/**
 * A coordination of two or more candidates is one plural candidate on the first conjunct's head, in its role,
 * naming every actor of it when each conjunct is an actor; its members, alone, are only conjuncts ("Turkey and
 * Russia signed the deal, but it collapsed": "it" is not Russia).
 */
function withConjunctions(list: Candidate[], syntax: Syntax): Candidate[] {
  const byHead = new Map(list.map((c) => [c.head, c]));
  const members = new Map<number, Candidate[]>();
  for (const c of list) {
    if (syntax.deprels[c.head] !== "conj") continue;
    const first = byHead.get(syntax.heads[c.head]!);
    if (!first) continue;
    const group = members.get(first.head) ?? [first];
    group.push(c);
    members.set(first.head, group);
  }
  const inGroup = new Set([...members.values()].flat());
  const out = list.map((c) => (inGroup.has(c) ? { ...c, role: "conj" } : c));
  for (const [head, group] of members) {
    const first = group[0]!;
    const actors = group.every((c) => c.mentions.length > 0);
    out.push({
      ...first, head, end: group.at(-1)!.end, plural: true, person: group.every((c) => c.person),
      mentions: actors ? group.flatMap((c) => c.mentions) : [], antecedent: actors ? first.antecedent : null,
    });
  }
  return out;
}
