/**
 * Finds place names in a document's tokens: longest match first, sentence by sentence, with the guards from
 * stoplist.ts. Each candidate keeps every gazetteer entry its name may denote; resolve.ts picks one.
 */
import type { Doc, Token } from "../doc.ts";
import type { Gazetteer, GazetteerEntry } from "../resources.ts";
import { phraseKey } from "../actors/kb/key.ts";
import {
  BLOCKING_FOLLOWERS, COMMON_WORD_PLACES, LOCATIVES, LOWER_ARTICLES, OPENERS, PERSON_LIKE_PLACES,
} from "./stoplist.ts";

export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly sentence: number;
  readonly entries: readonly GazetteerEntry[];
}

const isWord = (t: Token): boolean => t.key !== "";
const capitalised = (s: string): boolean => /^\p{Lu}/u.test(s);

interface Window {
  readonly tokens: readonly Token[];
  readonly text: string;
  /** index of the first token of the current sentence in `tokens` */
  readonly first: number;
}

/** The closest word token before `i` in the sentence, or undefined. */
function wordBefore(w: Window, i: number): Token | undefined {
  for (let k = i - 1; k >= w.first; k--) {
    const t = w.tokens[k];
    if (t && isWord(t)) return t;
  }
  return undefined;
}

function startsName(w: Window, i: number, end: number): boolean {
  const t = w.tokens[i];
  if (!t) return false;
  const surface = w.text.slice(t.start, t.end);
  if (capitalised(surface)) return true;
  // "al-Bab" split as al | - | Bab, or kept whole by another tokenizer
  const [article, rest] = surface.split(/-(.*)/s);
  if (article && LOWER_ARTICLES.has(article) && rest) return capitalised(rest);
  if (!LOWER_ARTICLES.has(surface)) return false;
  // the next word of the sentence (found without copying the rest of the sentence for every token)
  let next: Token | undefined;
  for (let k = i + 1; k < end && next === undefined; k++) if (isWord(w.tokens[k] as Token)) next = w.tokens[k];
  return next !== undefined && capitalised(w.text.slice(next.start, next.end));
}

/** The token at `k` when it lies in the sentence and is a word, else undefined. */
function wordAt(w: Window, k: number, end: number): Token | undefined {
  const t = k >= w.first && k < end ? w.tokens[k] : undefined;
  return t && isWord(t) ? t : undefined;
}

/** Checks a found name against the stop lists; `i`..`j` are the inclusive token bounds of the name. */
function acceptable(w: Window, i: number, j: number, key: string, end: number): boolean {
  const surface = w.text.slice(w.tokens[i]?.start ?? 0, w.tokens[j]?.end ?? 0);
  const before = wordAt(w, i - 1, end);
  const after = wordAt(w, j + 1, end);
  if (after && BLOCKING_FOLLOWERS.has(after.text.toLowerCase())) return false;
  const locative = before !== undefined && LOCATIVES.has(before.text.toLowerCase());
  if (COMMON_WORD_PLACES.has(key)) return locative;
  const opensSentence = wordBefore(w, i) === undefined;
  // "Us", "Car" opening a sentence are words; "US", "CAR" are names.
  if (opensSentence && key.length <= 3 && surface !== surface.toUpperCase()) return false;
  if (PERSON_LIKE_PLACES.has(key)) {
    // a sentence-initial "In" or "The" is capitalised only by position
    const beforeCap = before !== undefined && capitalised(before.text) &&
      (wordBefore(w, i - 1) !== undefined || !OPENERS.has(before.text.toLowerCase()));
    return !beforeCap && !(after && capitalised(after.text));
  }
  return true;
}

/**
 * Scans every sentence for gazetteer names and returns the candidates in text order.
 *
 * @example findCandidates(doc, gazetteer) // "Shelling hit Khan Younis." → [{ text: "Khan Younis", entries: [...] }]
 */
export function findCandidates(doc: Doc, gazetteer: Gazetteer): Candidate[] {
  const tokens = doc.tokens ?? [];
  const text = doc.article.text;
  const found: Candidate[] = [];
  for (const sentence of doc.sentences ?? []) {
    const w: Window = { tokens, text, first: sentence.tokenStart };
    let i = sentence.tokenStart;
    while (i < sentence.tokenEnd) {
      const hit = longestAt(w, i, sentence.tokenEnd, gazetteer);
      if (hit) {
        const startTok = tokens[i] as Token;
        const endTok = tokens[hit.last] as Token;
        found.push({
          start: startTok.start, end: endTok.end, text: text.slice(startTok.start, endTok.end),
          sentence: sentence.index, entries: hit.entries,
        });
        i = hit.last + 1;
      } else i++;
    }
  }
  return found;
}

function longestAt(
  w: Window, i: number, end: number, gazetteer: Gazetteer,
): { last: number; entries: readonly GazetteerEntry[] } | null {
  const first = w.tokens[i];
  if (!first || !isWord(first) || !startsName(w, i, end)) return null;
  const lasts: number[] = [];
  let words = 0;
  let acc = "";
  for (let j = i; j < end; j++) {
    const t = w.tokens[j] as Token;
    if (!isWord(t)) continue;
    // a name does not run across a line break or a gap of more than one space
    if (j > i && /\n|\s\s/.test(w.text.slice((w.tokens[j - 1] as Token).end, t.start))) break;
    words += t.key.split(" ").length;
    if (words > gazetteer.maxPhraseWords) break;
    // stop as soon as no name starts with these words (apostrophes join words differently: keep going there)
    // (letters of one word split into two tokens join without a space, as phraseKey() joins them)
    const glued = j > i && (w.tokens[j - 1] as Token).end === t.start && isWord(w.tokens[j - 1] as Token);
    acc = !acc ? t.key : glued ? acc + t.key : `${acc} ${t.key}`;
    const after = w.tokens[j + 1];
    const midWord = !!after && after.start === t.end && isWord(after);
    if (gazetteer.isPrefix && !midWord && !gazetteer.isPrefix(acc) && !/['’]/.test(w.text.slice(first.start, t.end))) break;
    lasts.push(j);
  }
  for (let k = lasts.length - 1; k >= 0; k--) {
    const j = lasts[k] as number;
    const key = phraseKey(w.text.slice(first.start, (w.tokens[j] as Token).end));
    const entries = gazetteer.lookup(key);
    if (entries?.length) return acceptable(w, i, j, key, end) ? { last: j, entries } : null;
  }
  return null;
}
