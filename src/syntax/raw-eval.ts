/**
 * Scoring from raw text, as the CoNLL 2018 shared task does: each treebank document's text (sentences joined by a
 * space, paragraphs by a blank line) goes through our own sentence split, tokens, tagger and parser; system words
 * are aligned to gold words by character offsets, and every figure is an F1 of system against gold words, so
 * tokenization and sentence errors count. Words inside a multiword token that do not spell it ("gonna" → "gon"
 * "na" does; "won't" → "will" "n't" does not) are aligned by form, in order, within the token's span.
 */
import type { ConlluSentence } from "./conllu.ts";
import { universal } from "./gold-score.ts";

export interface RawDocument {
  readonly id: string;
  readonly text: string;
  /** gold named entities as character offsets into `text` (when the caller gave a source of them) */
  readonly entities: readonly { readonly start: number; readonly end: number; readonly type: string }[];
  /** true when some sentence of the document has entity gold (the others are not scored for entities) */
  readonly entityGold: boolean;
  readonly words: readonly GoldWord[];
  /** character offsets where each gold sentence starts and ends */
  readonly sentences: readonly (readonly [number, number])[];
}

/** A word with its offsets in the document text and its tree; `head` indexes the same list, -1 for a root. */
export interface SystemWord {
  readonly start: number;
  readonly end: number;
  readonly form: string;
  readonly upos: string;
  readonly head: number;
  readonly deprel: string;
}

export interface GoldWord extends SystemWord {
  /** true when the word shares its span with other words of a multiword token */
  readonly shared: boolean;
}

/** Gold entities of one sentence as word-index ranges [start, end), or null when it has no entity gold. */
export type EntitySource = (sentence: ConlluSentence) => readonly { start: number; end: number; type: string }[] | null;

/**
 * Groups treebank sentences into documents with their raw text and gold words in document offsets; with
 * `entities`, each document's gold named entities too.
 */
export function rawDocuments(sentences: readonly ConlluSentence[], entities?: EntitySource): RawDocument[] {
  const docs: RawDocument[] = [];
  let text = "";
  let words: GoldWord[] = [];
  let spans: (readonly [number, number])[] = [];
  let named: { start: number; end: number; type: string }[] = [];
  let entityGold = false;
  let id = "";
  const close = (): void => {
    if (words.length) docs.push({ id, text, words, sentences: spans, entities: named, entityGold });
    text = ""; words = []; spans = []; named = []; entityGold = false;
  };
  sentences.forEach((s, k) => {
    if (s.newdoc !== null || k === 0) {
      close();
      id = s.newdoc || s.id;
    } else text += s.newpar ? "\n\n" : " ";
    const offset = text.length;
    const base = words.length;
    text += s.text;
    spans.push([offset, offset + s.text.length]);
    for (const w of s.words) {
      const tokenOf = s.tokens.find((t) => t.first <= w.id && w.id <= t.last);
      const shared = tokenOf !== undefined && tokenOf.first !== tokenOf.last && w.start === tokenOf.start && w.end === tokenOf.end;
      words.push({
        start: offset + w.start, end: offset + w.end, form: w.form, upos: w.upos,
        head: w.head <= 0 ? -1 : base + w.head - 1, deprel: w.deprel, shared,
      });
    }
    const gold = entities?.(s) ?? null;
    if (gold) entityGold = true;
    for (const e of gold ?? []) {
      const first = s.words[e.start];
      const last = s.words[e.end - 1];
      if (first && last) named.push({ start: offset + first.start, end: offset + last.end, type: e.type });
    }
  });
  close();
  return docs;
}

/** For each gold word, the index of the system word aligned to it, or -1. */
export function alignWords(gold: readonly GoldWord[], system: readonly SystemWord[]): Int32Array {
  const align = new Int32Array(gold.length).fill(-1);
  const bySpan = new Map<string, number>();
  system.forEach((w, i) => bySpan.set(`${w.start}:${w.end}`, i));
  const taken = new Uint8Array(system.length);
  gold.forEach((g, i) => {
    if (g.shared) return;
    const j = bySpan.get(`${g.start}:${g.end}`);
    if (j !== undefined && !taken[j]) { align[i] = j; taken[j] = 1; }
  });
  // Words of a multiword token that does not spell its words: match by form, in order, inside the span.
  let j = 0;
  gold.forEach((g, i) => {
    if (!g.shared) return;
    while (j < system.length && (system[j] as SystemWord).end <= g.start) j++;
    for (let k = j; k < system.length && (system[k] as SystemWord).start < g.end; k++) {
      const s = system[k] as SystemWord;
      if (!taken[k] && s.start >= g.start && s.end <= g.end && s.form.toLowerCase() === g.form.toLowerCase()) {
        align[i] = k; taken[k] = 1;
        break;
      }
    }
  });
  return align;
}

export interface RawCounts {
  gold: number;
  system: number;
  words: number;
  upos: number;
  uas: number;
  las: number;
  goldSentences: number;
  systemSentences: number;
  sentences: number;
}

export function emptyRawCounts(): RawCounts {
  return { gold: 0, system: 0, words: 0, upos: 0, uas: 0, las: 0, goldSentences: 0, systemSentences: 0, sentences: 0 };
}

/** Adds one document's comparison into `acc`; `align` (from alignWords) may be given when already computed. */
export function addDocument(
  acc: RawCounts, doc: RawDocument, system: readonly SystemWord[], systemSentences: readonly (readonly [number, number])[],
  align: Int32Array = alignWords(doc.words, system),
): void {
  acc.gold += doc.words.length;
  acc.system += system.length;
  doc.words.forEach((g, i) => {
    const j = align[i] as number;
    if (j < 0) return;
    acc.words++;
    const s = system[j] as SystemWord;
    if (s.upos === g.upos) acc.upos++;
    const headOk = g.head < 0 ? s.head < 0 : s.head >= 0 && align[g.head] === s.head;
    if (headOk) {
      acc.uas++;
      if (universal(s.deprel) === universal(g.deprel)) acc.las++;
    }
  });
  acc.goldSentences += doc.sentences.length;
  acc.systemSentences += systemSentences.length;
  const goldSet = new Set(doc.sentences.map(([a, b]) => `${a}:${b}`));
  for (const [a, b] of systemSentences) if (goldSet.has(`${a}:${b}`)) acc.sentences++;
}

export interface RawFigures {
  readonly tokens: number;
  readonly sentences: number;
  readonly upos: number;
  readonly uas: number;
  readonly las: number;
}

const f1 = (right: number, system: number, gold: number): number => (system + gold === 0 ? 0 : (2 * right) / (system + gold));

/** F1 of each figure, as CoNLL 2018 reports them. */
export function rawFigures(acc: RawCounts): RawFigures {
  return {
    tokens: f1(acc.words, acc.system, acc.gold),
    sentences: f1(acc.sentences, acc.systemSentences, acc.goldSentences),
    upos: f1(acc.upos, acc.system, acc.gold),
    uas: f1(acc.uas, acc.system, acc.gold),
    las: f1(acc.las, acc.system, acc.gold),
  };
}
