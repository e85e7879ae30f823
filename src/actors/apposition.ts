/**
 * People the knowledge base does not know, coded by the phrase in apposition to them: "Hamid Belo, the rebel
 * commander" (---REB), "a Hamas commander, Omar Dul," (PSEREB). The parser's PER entities give the name; the
 * tree's `appos` (or the comma that writes one) ties it to an actor phrase the chunker coded. The person takes
 * that phrase's code and both become mentions of one actor; a name with no such phrase stays out.
 */
import type { ActorMention, EntitySpan, Sentence, Syntax, Token } from "../doc.ts";
import { phraseKey } from "./kb/key.ts";
import { apposed } from "./tree.ts";

/**
 * a phrase that says who one person is ("the rebel commander", "a Libyan general"): a personal title with an
 * agent, and not itself another named person
 */
const describes = (m: ActorMention): boolean => m.code.length > 3 && m.kind === "person" && !m.key.startsWith("person:");

export interface Apposition {
  /** the person, on the name's words; null for a person already found ("Khalifa Haftar, the Libyan commander") */
  readonly person: ActorMention | null;
  /** the describing phrase, now a mention of the same person */
  readonly phrase: ActorMention;
  /** index of the phrase in the mentions given */
  readonly index: number;
}

/**
 * For each PER entity of the sentence (`entities`, the sentence's) that no mention covers, and each named person
 * already found, the describing mention of the sentence in apposition to it.
 *
 * @example appositions(text, tokens, syntax, s, entities, mentions) // [{ person: {name: "Hamid Belo", code: "---REB"}, ... }]
 */
export function appositions(
  text: string, tokens: readonly Token[], syntax: Syntax, s: Sentence, entities: readonly EntitySpan[], mentions: readonly ActorMention[],
): Apposition[] {
  const found: Apposition[] = [];
  for (const e of entities) {
    if (e.type !== "PER") continue;
    if (mentions.some((m) => m.tokenStart < e.tokenEnd && e.tokenStart < m.tokenEnd)) continue;
    const span = { start: e.tokenStart, end: e.tokenEnd };
    const index = mentions.findIndex((m) => m.sentence === s.index && describes(m) && !found.some((f) => f.phrase === m) &&
      apposed(syntax, tokens, span, { start: m.tokenStart, end: m.tokenEnd }));
    const m = mentions[index];
    if (!m) continue;
    const name = text.slice(e.start, e.end);
    const id = {
      key: `person:${phraseKey(name)}`, name, code: m.code, country: m.country, kind: "person" as const, via: "apposition",
      agentWord: null,
    };
    found.push({
      person: { ...id, start: e.start, end: e.end, text: name, sentence: s.index, tokenStart: e.tokenStart, tokenEnd: e.tokenEnd },
      phrase: { ...m, ...id, start: m.start, end: m.end, text: m.text },
      index,
    });
  }
  // "Khalifa Haftar, the Libyan commander": the phrase is the named person, with the person's own code
  for (const p of mentions) {
    if (!p.key.startsWith("person:") || found.some((f) => f.phrase === p)) continue;
    const span = { start: p.tokenStart, end: p.tokenEnd };
    const index = mentions.findIndex((m) => describes(m) && !found.some((f) => f.phrase === m) &&
      apposed(syntax, tokens, span, { start: m.tokenStart, end: m.tokenEnd }));
    const m = mentions[index];
    if (!m) continue;
    found.push({
      person: null, index,
      phrase: { ...m, key: p.key, name: p.name, code: p.code, country: p.country, kind: "person", via: "apposition" },
    });
  }
  return found;
}
