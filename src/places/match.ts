/**
 * Finds place names in a document's tokens: longest match first, sentence by sentence, with the guards from
 * stoplist.ts. Each candidate keeps every gazetteer entry its name may denote; resolve.ts picks one.
 */
import type { Doc, Token } from "../doc.ts";
import type { Gazetteer, GazetteerEntry } from "../resources.ts";
import { phraseKey } from "../actors/kb/key.ts";
import { cueReader, type CueReader, type Cues } from "./cues.ts";
import { wholeName } from "./whole-name.ts";
import { isDateWord } from "./date-word.ts";
import {
  BLOCKING_FOLLOWERS, COMMON_WORD_PLACES, LOCATIVES, LOWER_ARTICLES, OPENERS, PERSON_LIKE_PLACES,
} from "./stoplist.ts";

export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly sentence: number;
  readonly entries: readonly GazetteerEntry[];
  /** what the words around the name say (see cues.ts) */
  readonly cues: Cues;
}

/**
 * A place of the world gazetteer named without a locative phrase, qualifier or division word must be at least this
 * large: the larger a place, the likelier a bare capitalised word that spells it means it.
 */
export const BARE_POPULATION = 100_000;

const isWord = (t: Token): boolean => t.key !== "";
const capitalised = (s: string): boolean => /^\p{Lu}/u.test(s);

interface Window {
  readonly tokens: readonly Token[];
  readonly text: string;
  /** index of the first token of the current sentence in `tokens` */
  readonly first: number;
  readonly sentence: number;
  readonly cues: CueReader;
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

/** Checks a name of our own table against the stop lists; `i`..`j` are the inclusive token bounds of the name. */
function acceptable(w: Window, i: number, j: number, key: string, end: number): boolean {
  const before = wordAt(w, i - 1, end);
  const after = wordAt(w, j + 1, end);
  const locative = before !== undefined && LOCATIVES.has(before.text.toLowerCase());
  if (COMMON_WORD_PLACES.has(key)) return locative;
  if (PERSON_LIKE_PLACES.has(key)) {
    // a sentence-initial "In" or "The" is capitalised only by position
    const beforeCap = before !== undefined && capitalised(before.text) &&
      (wordBefore(w, i - 1) !== undefined || !OPENERS.has(before.text.toLowerCase()));
    return !beforeCap && !(after && capitalised(after.text));
  }
  return true;
}

/**
 * Whether a world-gazetteer place fits the evidence: a whole name (whole-name.ts), never inside the name of an actor
 * that is not a place; a name that is also a common word only where the text marks it as a place; otherwise a
 * large place, or any place the text marks.
 */
function worldAcceptable(e: GazetteerEntry, cues: Cues, whole: (common: boolean) => boolean): boolean {
  if (cues.actor || !whole(e.common === true)) return false;
  const marked = cues.locative || cues.qualified || (cues.division && e.kind === "admin1");
  return marked || (!e.common && e.population >= BARE_POPULATION);
}

/**
 * Scans every sentence for gazetteer names and returns the candidates in text order.
 *
 * @example findCandidates(doc, gazetteer) // "Shelling hit Khan Younis." → [{ text: "Khan Younis", entries: [...] }]
 */
export function findCandidates(doc: Doc, gazetteer: Gazetteer, hand: Gazetteer = gazetteer): Candidate[] {
  const tokens = doc.tokens ?? [];
  const text = doc.article.text;
  const found: Candidate[] = [];
  const cues = cueReader(doc, hand);
  for (const sentence of doc.sentences ?? []) {
    const w: Window = { tokens, text, first: sentence.tokenStart, sentence: sentence.index, cues };
    let i = sentence.tokenStart;
    while (i < sentence.tokenEnd) {
      const hit = longestAt(w, i, sentence.tokenEnd, gazetteer);
      if (hit) {
        const startTok = tokens[i] as Token;
        const endTok = tokens[hit.last] as Token;
        found.push({
          start: startTok.start, end: endTok.end, text: text.slice(startTok.start, endTok.end),
          sentence: sentence.index, entries: hit.entries, cues: hit.cues,
        });
        i = hit.last + 1;
      } else i++;
    }
  }
  return found;
}

function longestAt(
  w: Window, i: number, end: number, gazetteer: Gazetteer,
): { last: number; entries: readonly GazetteerEntry[]; cues: Cues } | null {
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
    // a longer name the evidence rules out leaves the shorter ones inside it ("Kidal Region" → "Kidal")
    const hit = entries?.length ? accepted(w, i, j, key, end, entries) : null;
    if (hit) return hit;
  }
  return null;
}

/** The entries of the longest name found on tokens `i`..`j` that the evidence allows, or null for none. */
function accepted(
  w: Window, i: number, j: number, key: string, end: number, entries: readonly GazetteerEntry[],
): { last: number; entries: readonly GazetteerEntry[]; cues: Cues } | null {
  const after = wordAt(w, j + 1, end);
  if (after && BLOCKING_FOLLOWERS.has(after.text.toLowerCase())) return null;
  const cues = w.cues(i, j, w.first, end, w.sentence);
  if (cues.excluded) return null;
  // "Us", "Car", "Of" opening a sentence are words; "US", "CAR" are names
  const surface = w.text.slice(w.tokens[i]?.start ?? 0, w.tokens[j]?.end ?? 0);
  if (wordBefore(w, i) === undefined && key.length <= 3 && surface !== surface.toUpperCase()) return null;
  // what our stop lists say about a name of our table holds for its namesakes abroad too ("a Sydney CBD cafe")
  if (entries.some((e) => e.layer !== "world") && !acceptable(w, i, j, key, end)) return null;
  const whole = (common: boolean): boolean => wholeName(w.tokens, i, j, w.first, end, common);
  const kept = entries.filter((e) => e.layer !== "world" || worldAcceptable(e, cues, whole));
  if (kept.some((e) => e.layer === "world") && isDateWord(surface)) return null;
  return kept.length ? { last: j, entries: kept, cues } : null;
}
