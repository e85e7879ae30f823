/**
 * Finds the dictionary words inside a sentence: every maximal knowledge-base match (longest first) and runs of
 * capitalised proper nouns the knowledge base does not know. The chunker (chunk.ts) joins these parts into actor
 * phrases.
 */
import type { Token } from "../doc.ts";
import type { KbEntry, KnowledgeBase } from "../resources.ts";
import { phraseKey } from "./kb/key.ts";
import { NOT_NAMES } from "./words.ts";

export interface Part {
  readonly start: number; // token index
  readonly end: number; // token index, exclusive
  /** knowledge-base entries for the phrase; empty for an unknown proper name */
  readonly entries: readonly KbEntry[];
  readonly text: string;
}

const isCap = (t: Token | undefined): boolean => !!t && /^[A-Z]/.test(t.text);
/** "US" and "U.S." are the country only in capitals; "us" is a pronoun */
const CASE_SENSITIVE = new Set(["us", "un", "eu", "who", "may", "chad", "china", "jordan", "georgia", "turkey"]);

function acceptable(entries: readonly KbEntry[], first: Token, surface: string, kb: KnowledgeBase): readonly KbEntry[] {
  const key = phraseKey(surface);
  if (kb.isAcronym?.(key) && surface !== surface.toUpperCase()) return entries.filter((e) => e.kind === "agent");
  return entries.filter((e) => {
    if (e.kind === "agent") return true;
    if (!isCap(first)) return false;
    if (CASE_SENSITIVE.has(phraseKey(surface)) && surface !== surface.toUpperCase() && !/^[A-Z][a-z]+$/.test(surface)) {
      return false;
    }
    if (phraseKey(surface) === "us" && !/^U\.?S\.?$/.test(surface)) return false;
    if (phraseKey(surface) === "who" && surface !== "WHO") return false;
    return true;
  });
}

/** "government-held", "pro-Russia", "Qaeda-linked": a word glued by a hyphen to another word is a modifier */
function hyphenated(tokens: readonly Token[], p: Part, from: number, to: number): boolean {
  const before = p.start - 2 >= from && /^[-–]$/.test(tokens[p.start - 1]!.text) && tokens[p.start - 1]!.start === tokens[p.start - 2]!.end;
  const after = p.end + 1 < to && /^[-–]$/.test(tokens[p.end]!.text) && tokens[p.end]!.start === tokens[p.end - 1]!.end;
  return before || after;
}

export function findParts(
  text: string, tokens: readonly Token[], from: number, to: number, kb: KnowledgeBase,
): Part[] {
  const parts: Part[] = [];
  let i = from;
  while (i < to) {
    const first = tokens[i]!;
    let matched: Part | null = null;
    if (/[A-Za-z]/.test(first.text)) {
      for (let j = Math.min(to, i + kb.maxPhraseWords + 2); j > i; j--) {
        const last = tokens[j - 1]!;
        if (!/[A-Za-z0-9)]/.test(last.text)) continue;
        const surface = text.slice(first.start, last.end);
        const entries = kb.lookup(phraseKey(surface));
        if (!entries) continue;
        const ok = acceptable(entries, first, surface, kb);
        if (ok.length) {
          matched = { start: i, end: j, entries: ok, text: surface };
          break;
        }
      }
    }
    if (!matched && isCap(first) && first.pos === "PROPN" && !NOT_NAMES.has(first.lower)) {
      let j = i + 1;
      while (j < to && isCap(tokens[j]) && tokens[j]!.pos === "PROPN" && !kb.lookup(phraseKey(tokens[j]!.text))) j++;
      matched = { start: i, end: j, entries: [], text: text.slice(first.start, tokens[j - 1]!.end) };
    }
    if (matched && hyphenated(tokens, matched, from, to)) matched = null;
    if (matched) {
      parts.push(matched);
      i = matched.end;
    } else i++;
  }
  return parts;
}
