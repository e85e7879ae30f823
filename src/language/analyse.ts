/**
 * Sentences and tokens for one text, from one wink-nlp pass over a diacritic-folded copy (see fold.ts), with
 * every offset mapped back to the original text.
 */
import { phraseKey } from "../actors/kb/key.ts";
import type { Sentence, Token } from "../doc.ts";
import { keepsSentenceGoing } from "./abbreviations.ts";
import { foldText, toOriginalSpan } from "./fold.ts";
import { retokenize } from "./retokenize.ts";
import { its, nlp } from "./wink.ts";

export interface Analysis {
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
}

/** Finds each wink token in the folded text: wink keeps values verbatim, so a cursor walk finds them in order. */
function locate(folded: string, values: readonly string[], spaces: readonly string[]): Int32Array {
  const starts = new Int32Array(values.length);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as string;
    cursor += (spaces[i] as string).length;
    if (!folded.startsWith(value, cursor)) {
      const found = folded.indexOf(value, cursor);
      if (found < 0) throw new Error(`language: token ${i} "${value}" not found after offset ${cursor}`);
      cursor = found;
    }
    starts[i] = cursor;
    cursor += value.length;
  }
  return starts;
}

/** Token indices where a sentence starts: wink's breaks, plus paragraph breaks, minus breaks after abbreviations. */
function sentenceStarts(values: readonly string[], pos: readonly string[], spans: readonly number[][]): Uint8Array {
  const starts = new Uint8Array(values.length + 1);
  for (const span of spans) {
    const first = span[0] as number;
    const prev = values[first - 1];
    if (prev === undefined || pos[first - 1] === "SPACE" || !keepsSentenceGoing(prev, values[first] as string, pos[first] as string)) {
      starts[first] = 1;
    }
  }
  for (let i = 0; i < values.length; i++) {
    if (pos[i] === "SPACE" && (values[i] as string).includes("\n")) starts[i + 1] = 1;
  }
  return starts;
}

/**
 * Splits `text` into sentences and tokens. Whitespace tokens (paragraph breaks) are dropped; every remaining
 * token has `text === original.slice(start, end)`.
 *
 * @example analyse("Erdoğan met Lavrov.").tokens[0].text === "Erdoğan"
 */
export function analyse(text: string): Analysis {
  const folded = foldText(text);
  const doc = nlp.readDoc(folded.text);
  const collection = doc.tokens();
  const values = collection.out(its.value) as string[];
  const spaces = collection.out(its.precedingSpaces) as string[];
  const pos = collection.out(its.pos) as string[];
  // wink's typings give `its.lemma` an extra parameter; at run time it is an ordinary token helper.
  const lemmas = collection.out(its.lemma as unknown as typeof its.value) as string[];
  const normals = collection.out(its.normal) as string[];
  const spans = doc.sentences().out(its.span) as unknown as number[][];
  const starts = locate(folded.text, values, spaces);
  const breaks = sentenceStarts(values, pos, spans);
  const unfolded = folded.text === text;

  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let sentenceFirst = 0;
  const closeSentence = (): void => {
    const first = tokens[sentenceFirst];
    const last = tokens[tokens.length - 1];
    if (first === undefined || last === undefined || tokens.length === sentenceFirst) return;
    sentences.push({
      index: sentences.length, start: first.start, end: last.end, text: text.slice(first.start, last.end),
      tokenStart: sentenceFirst, tokenEnd: tokens.length,
    });
    sentenceFirst = tokens.length;
  };
  for (let w = 0; w < values.length; w++) {
    if (breaks[w] === 1) closeSentence();
    const tag = pos[w] as string;
    const value = values[w] as string;
    // Whitespace and the empty tokens wink emits around some symbols are not words.
    if (tag === "SPACE" || value === "" || (value.charCodeAt(0) <= 32 && value.trim() === "")) continue;
    const [start, end] = toOriginalSpan(folded, starts[w] as number, (starts[w] as number) + value.length);
    const surface = unfolded ? value : text.slice(start, end);
    let lower = normals[w] as string;
    // wink has no lemma for some tokens (e.g. "cannot" before a comma): fall back to the normal form.
    let lemma = (lemmas[w] ?? lower).toLowerCase();
    if (surface !== value) {
      // Folding changed the word: keep the original letters; wink's forms only where it did more than lower-case.
      const foldedLower = value.toLowerCase();
      if (lower === foldedLower) lower = surface.toLowerCase();
      if (lemma === foldedLower) lemma = lower;
    }
    tokens.push({ i: tokens.length, text: surface, lower, pos: tag, lemma, key: phraseKey(surface), start, end, sentence: sentences.length });
  }
  closeSentence();
  return retokenize(text, sentences, tokens);
}
