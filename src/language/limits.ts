/**
 * Bounds on what per-word and per-sentence work sees, so coding time grows linearly with the length of a text.
 *
 * wink-nlp's feature regexes take time quadratic in a word's length (a 100,000-letter "word" took 9 s), and most
 * per-sentence work (roles, clauses, reported speech) is quadratic in a sentence's length. Real words stay far
 * below MAX_WORD_CHARS, and real sentences below MAX_SENTENCE_TOKENS (in 71,000 sentences of news, the longest had
 * 319 tokens and three more than 150), so these bounds change nothing in prose and everything in junk.
 */

/** A run of non-space characters longer than this is one opaque token: wink-nlp never sees its letters. */
export const MAX_WORD_CHARS = 100;
/** A sentence is cut after this many tokens at the latest… */
export const MAX_SENTENCE_TOKENS = 200;
/** …and from this many on, at the first comma, semicolon, colon or conjunction. */
export const SOFT_SENTENCE_TOKENS = 150;

const PAUSE = new Set([",", ";", ":", "—", "–", "and", "but", "or", "while", "whereas"]);

/** True when a sentence of `length` tokens whose last token is `last` should end here. */
export function sentenceFull(length: number, last: string): boolean {
  return length >= MAX_SENTENCE_TOKENS || (length >= SOFT_SENTENCE_TOKENS && PAUSE.has(last));
}

/** Masked text for wink-nlp, and where each masked word ended. */
export interface Masked {
  readonly text: string;
  /** start → end of every word longer than MAX_WORD_CHARS, which `text` holds as "x" and spaces */
  readonly long: ReadonlyMap<number, number>;
}

const LONG_WORD = new RegExp(String.raw`[^\s]{${MAX_WORD_CHARS + 1},}`, "g");

/**
 * Replaces each overlong word by "x" and spaces of the same total length, so offsets are unchanged.
 *
 * @example maskLongWords("a " + "b".repeat(200)).long.get(2) === 202
 */
export function maskLongWords(text: string): Masked {
  const long = new Map<number, number>();
  if (text.length <= MAX_WORD_CHARS) return { text, long };
  const masked = text.replace(new RegExp(LONG_WORD.source, "g"), (word: string, at: number) => {
    long.set(at, at + word.length);
    return "x" + " ".repeat(word.length - 1);
  });
  return { text: masked, long };
}
