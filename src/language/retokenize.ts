/**
 * Brings wink-nlp's tokens to the Universal Dependencies conventions our parser was trained on:
 * - a clitic wink left attached is its own token ("I'm" → "I" "'m", "Here's" → "Here" "'s");
 * - a run of one punctuation mark, or of "!" and "?", written without spaces is one token ("!!!", "?!", "====");
 * - an e-mail address, web address or file name is one token ("alt.animals.cat", "report_v2.pdf",
 *   "someone@example.org"), as wink splits them at dots and "@".
 * Tokens never cross a sentence boundary here, and every token keeps `text === original.slice(start, end)`.
 */
import { phraseKey } from "../actors/kb/key.ts";
import type { Sentence, Token } from "../doc.ts";

const CLITIC = /^(.*[A-Za-z\u00c0-\u024f])(['’](?:s|m|re|ve|ll|d))$/i;
const CLITIC_POS: Readonly<Record<string, string>> = { s: "AUX", m: "AUX", re: "AUX", ve: "AUX", ll: "AUX", d: "AUX" };
const CLITIC_LEMMA: Readonly<Record<string, string>> = { s: "be", m: "be", re: "be", ve: "have", ll: "will", d: "would" };
/** e-mail, URL, dotted names with two or more dots, or a file name with a common extension; tested whole */
const ADDRESS = /^(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?:\/\/|www\.)\S+|[A-Za-z][\w-]*(?:\.[A-Za-z][\w-]*){2,}|[\w-]+\.(?:pdf|docx?|xlsx?|pptx?|html?|txt|csv|zip|jpe?g|png|gif))$/i;
/** longer runs without spaces are not addresses worth keeping whole (and keep the test linear) */
const MAX_ADDRESS = 200;
const LEADING = /^[(\[{"'<«“‘]+/;
const TRAILING = /[.,;:!?)\]}"'>»”’]+$/;
const REPEATABLE = /^(?:[!?]+|([=*\-_~#+.])\1*)$/;

interface Piece {
  readonly start: number;
  readonly end: number;
  readonly pos: string;
  readonly lemma: string | null;
  readonly from: Token;
}

function make(text: string, p: Piece, i: number, sentence: number): Token {
  const surface = text.slice(p.start, p.end);
  const lower = surface.toLowerCase();
  return { i, text: surface, lower, pos: p.pos, lemma: p.lemma ?? lower, key: phraseKey(surface), start: p.start, end: p.end, sentence };
}

/** Address spans of one sentence's text, as [start, end) offsets into the whole text. */
function addresses(text: string, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  let i = from;
  while (i < to) {
    while (i < to && /\s/.test(text[i] as string)) i++;
    let j = i;
    while (j < to && !/\s/.test(text[j] as string)) j++;
    if (j - i <= MAX_ADDRESS && j - i > 4) {
      const run = text.slice(i, j);
      if (run.includes(".") || run.includes("@")) {
        const lead = LEADING.exec(run)?.[0].length ?? 0;
        const core = run.slice(lead).replace(TRAILING, "");
        if (core.length > 4 && ADDRESS.test(core)) out.push([i + lead, i + lead + core.length]);
      }
    }
    i = j;
  }
  return out;
}

/** One sentence's tokens, retokenized. */
function sentencePieces(text: string, tokens: readonly Token[], spans: readonly (readonly [number, number])[]): Piece[] {
  const pieces: Piece[] = [];
  let k = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    while (k < spans.length && (spans[k] as readonly [number, number])[1] <= t.start) k++;
    const span = spans[k];
    // Merge every token inside an address span that starts at this token and covers more than one token.
    if (span && span[0] === t.start) {
      let j = i;
      while (j + 1 < tokens.length && (tokens[j + 1] as Token).end <= span[1]) j++;
      if (j > i && (tokens[j] as Token).end === span[1]) {
        pieces.push({ start: t.start, end: span[1], pos: "X", lemma: null, from: t });
        i = j;
        continue;
      }
    }
    const prev = pieces[pieces.length - 1];
    if (prev && prev.end === t.start && REPEATABLE.test(text.slice(prev.start, t.end))) {
      pieces[pieces.length - 1] = { ...prev, end: t.end, pos: "PUNCT", lemma: null };
      continue;
    }
    const m = CLITIC.exec(t.text);
    if (m && t.text.length > (m[2] as string).length) {
      const cut = t.start + (m[1] as string).length;
      const clitic = (m[2] as string).slice(1).toLowerCase();
      pieces.push({ start: t.start, end: cut, pos: t.pos === "PROPN" && /^[Ii]$/.test(m[1] as string) ? "PRON" : t.pos, lemma: null, from: t });
      pieces.push({ start: cut, end: t.end, pos: CLITIC_POS[clitic] ?? "PART", lemma: CLITIC_LEMMA[clitic] ?? null, from: t });
      continue;
    }
    pieces.push({ start: t.start, end: t.end, pos: t.pos, lemma: t.lemma, from: t });
  }
  return pieces;
}

/** Sentences joined where an address runs across wink's sentence break ("franz371." | "..@gmail.com"). */
function joinAcross(text: string, sentences: readonly Sentence[], spans: readonly (readonly [number, number])[]): Sentence[] {
  const out: Sentence[] = [];
  let k = 0;
  for (const s of sentences) {
    const prev = out[out.length - 1];
    while (k < spans.length && (spans[k] as readonly [number, number])[1] <= s.start) k++;
    const span = spans[k];
    if (prev && span && span[0] < s.start && span[1] > s.start && span[0] < prev.end) {
      out[out.length - 1] = { ...prev, end: s.end, text: text.slice(prev.start, s.end), tokenEnd: s.tokenEnd };
    } else out.push(s);
  }
  return out;
}

/** Retokenizes every sentence; returns the inputs themselves when nothing changed. */
export function retokenize(text: string, sentences: readonly Sentence[], tokens: readonly Token[]): { sentences: readonly Sentence[]; tokens: readonly Token[] } {
  const first = sentences[0];
  const last = sentences[sentences.length - 1];
  if (!first || !last) return { sentences, tokens };
  const spans = addresses(text, first.start, last.end);
  const outTokens: Token[] = [];
  const outSentences: Sentence[] = [];
  const joined = spans.length ? joinAcross(text, sentences, spans) : sentences;
  let changed = joined.length !== sentences.length;
  for (const s of joined) {
    const pieces = sentencePieces(text, tokens.slice(s.tokenStart, s.tokenEnd), spans);
    const tokenStart = outTokens.length;
    for (const p of pieces) {
      const same = p.start === p.from.start && p.end === p.from.end && p.from.sentence === outSentences.length;
      if (!same) changed = true;
      outTokens.push(same ? { ...p.from, i: outTokens.length } : make(text, p, outTokens.length, outSentences.length));
    }
    outSentences.push({ ...s, index: outSentences.length, tokenStart, tokenEnd: outTokens.length });
  }
  return changed ? { sentences: outSentences, tokens: outTokens } : { sentences, tokens };
}
