/**
 * Finds the dictionary words inside a sentence: every maximal knowledge-base match (longest first) and runs of
 * capitalised proper nouns the knowledge base does not know. The chunker (chunk.ts) joins these parts into actor
 * phrases.
 */
import type { Token } from "../doc.ts";
import type { KbEntry, KnowledgeBase } from "../resources.ts";
import { phraseKey } from "./kb/key.ts";
import { NOT_NAMES } from "./words.ts";
import { bareGenitive } from "./bare-genitive.ts";

export interface Part {
  readonly start: number; // token index
  readonly end: number; // token index, exclusive
  /** knowledge-base entries for the phrase; empty for an unknown proper name */
  readonly entries: readonly KbEntry[];
  readonly text: string;
}

const isCap = (t: Token | undefined): boolean => !!t && /^[A-Z]/.test(t.text);
/**
 * Which entries a phrase may stand for here: acronym keys ("US", "WHO") only where the text is in capitals too
 * ("us", "Who" are words), and names only where the phrase starts with a capital.
 */
function acceptable(entries: readonly KbEntry[], first: Token, second: Token | undefined, surface: string, kb: KnowledgeBase): readonly KbEntry[] {
  if (kb.isAcronym?.(phraseKey(surface)) && surface !== surface.toUpperCase()) return entries.filter((e) => e.kind === "agent");
  // a name whose key starts with "the" ("the Shire", "the Gambia") has its capital on the second word
  const named = isCap(first) || (first.lower === "the" && isCap(second));
  return named ? entries : entries.filter((e) => e.kind === "agent");
}

/**
 * "an official visit", "his first official foreign visit" (tagged as a noun): a lower-case word followed by
 * adjectives and a lower-case noun qualifies that noun
 */
function qualifiesNoun(tokens: readonly Token[], at: number, to: number): boolean {
  let k = at;
  while (k < to && tokens[k]!.pos === "ADJ" && !isCap(tokens[k])) k++;
  const next = tokens[k];
  return k < to && !!next && next.pos === "NOUN" && !isCap(next) && (k > at || tokens[at - 1]?.pos !== "NOUN");
}

/** "government-held", "pro-Russia", "Qaeda-linked": a word glued by a hyphen to another word is a modifier */
function hyphenated(tokens: readonly Token[], p: Part, from: number, to: number): boolean {
  // glued on both sides: "anti- Gondor", with a space, names Gondor
  const before = p.start - 2 >= from && /^[-–]$/.test(tokens[p.start - 1]!.text) && tokens[p.start - 1]!.start === tokens[p.start - 2]!.end &&
    tokens[p.start - 1]!.end === tokens[p.start]!.start;
  const after = p.end + 1 < to && /^[-–]$/.test(tokens[p.end]!.text) && tokens[p.end]!.start === tokens[p.end - 1]!.end &&
    tokens[p.end]!.end === tokens[p.end + 1]!.start;
  return before || after;
}

/** how far into its sentence a dateline may stand ("Last updated at Nov 02 2017 BEIRUT …") */
const DATELINE_REACH = 8;

/**
 * "BEIRUT, Nov 2 -", "BEIRUT Syrian government air strikes…": a capital written in capitals near a sentence's
 * start is the dateline, where the report was filed — a place, not an actor, and no part of the actor after it.
 */
function dateline(first: Token, p: Part, at: number): boolean {
  return p.end - p.start === 1 && at < DATELINE_REACH && /^[A-Z]{4,}$/.test(first.text) && p.entries.every((e) => e.kind === "capital");
}

/**
 * "WASHINGTON, March 1 (Xinhua) --", "Fethi Belaid, AFP |": the news agency credited in a dateline or a photo
 * credit — in parentheses, or before a "|" or a dash — near a sentence's start is who filed the report, not an
 * actor of the sentence.
 */
function credit(tokens: readonly Token[], p: Part, at: number): boolean {
  if (at >= DATELINE_REACH || !p.entries.length || !p.entries.every((e) => e.code.endsWith("MED") && !e.code.startsWith("NGO"))) return false;
  const before = tokens[p.start - 1]?.text ?? "";
  const after = tokens[p.end]?.text ?? "";
  return (before === "(" && after === ")") || /^(\||-{1,2}|–|—)$/.test(after);
}

/**
 * Where a knowledge-base phrase starting at token i may end, longest first: the words are joined one token at a
 * time and the walk stops as soon as no key starts with them (kb.isPrefix), so most tokens cost one Set lookup.
 */
function candidateEnds(
  tokens: readonly Token[], keys: readonly string[], from: number, i: number, to: number, kb: KnowledgeBase,
): number[] {
  const limit = Math.min(to, i + kb.maxPhraseWords + 2);
  if (!kb.isPrefix) {
    const all: number[] = [];
    for (let j = limit; j > i; j--) all.push(j);
    return all;
  }
  const ends: number[] = [];
  let acc = "";
  for (let j = i; j < limit; j++) {
    const key = keys[j - from]!;
    if (key) acc = !acc ? key : /^['’]/.test(tokens[j]!.text) ? acc + key : `${acc} ${key}`;
    if (!acc || !kb.isPrefix(acc)) break;
    if (key && kb.lookup(acc)) ends.push(j + 1);
  }
  return ends.reverse();
}

/** a knowledge-base phrase of two words or more starts at token i */
function startsPhrase(tokens: readonly Token[], keys: readonly string[], from: number, i: number, to: number, kb: KnowledgeBase): boolean {
  return !!kb.isPrefix && candidateEnds(tokens, keys, from, i, to, kb).some((end) => end > i + 1);
}

export function findParts(
  text: string, tokens: readonly Token[], from: number, to: number, kb: KnowledgeBase,
): Part[] {
  const parts: Part[] = [];
  const keys: string[] = [];
  for (let k = from; k < to; k++) keys.push(bareGenitive(tokens[k]!, kb) ?? tokens[k]!.key);
  let i = from;
  while (i < to) {
    const first = tokens[i]!;
    let matched: Part | null = null;
    if (/[A-Za-z]/.test(first.text)) {
      for (const j of candidateEnds(tokens, keys, from, i, to, kb)) {
        const surface = text.slice(first.start, tokens[j - 1]!.end);
        // (a phrase with a bare genitive in it is looked up by its words' keys: "Syrias" is "syria")
        const entries = kb.lookup(phraseKey(surface)) ?? kb.lookup(keys.slice(i - from, j - from).join(" "));
        if (!entries) continue;
        const ok = acceptable(entries, first, tokens[i + 1], surface, kb);
        if (ok.length) {
          matched = { start: i, end: j, entries: ok, text: surface };
          break;
        }
      }
    }
    if (!matched && isCap(first) && first.pos === "PROPN" && !NOT_NAMES.has(first.lower)) {
      let j = i + 1;
      // the run of unknown names stops where a known phrase starts: "Anthony of Dol [Amroth tanks]"
      while (j < to && isCap(tokens[j]) && tokens[j]!.pos === "PROPN" && !kb.lookup(keys[j - from]!) && !startsPhrase(tokens, keys, from, j, to, kb)) j++;
      matched = { start: i, end: j, entries: [], text: text.slice(first.start, tokens[j - 1]!.end) };
    }
    if (matched && hyphenated(tokens, matched, from, to)) matched = null;
    if (matched && (dateline(first, matched, i - from) || credit(tokens, matched, i - from))) matched = null;
    // an agent word used as an adjective is no actor: "an official visit", "the official news agency"
    if (matched && matched.end - matched.start === 1 && !isCap(first) && matched.entries.every((e) => e.kind === "agent") &&
      qualifiesNoun(tokens, matched.end, to)) matched = null;
    // a lone surname followed by another capitalised word is part of a longer name: "Khan Younis", "Bush Street"
    if (matched && matched.end - matched.start === 1 && matched.entries.every((e) => e.kind === "person")) {
      const next = tokens[matched.end];
      if (next && matched.end < to && isCap(next) && next.pos === "PROPN" && !NOT_NAMES.has(next.lower)) matched = null;
    }
    if (matched) {
      parts.push(matched);
      i = matched.end;
    } else i++;
  }
  return parts;
}
