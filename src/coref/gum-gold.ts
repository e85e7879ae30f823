/**
 * Coreference gold from GUM (`Entity=` in MISC, same id = same entity): each document's raw text (as
 * raw-eval.ts builds it: sentences joined by a space, paragraphs by a blank line) and its mentions with character
 * offsets, entity id and head word, for scoring antecedent choice from raw text (gum-score.ts).
 */
import type { ConlluSentence } from "../syntax/conllu.ts";
import { gumMentions } from "../syntax/gum-entities.ts";
import { rawDocuments } from "../syntax/raw-eval.ts";

export interface GoldMention {
  readonly entity: string;
  /** character offsets of the mention and of its head word in the document text */
  readonly start: number;
  readonly end: number;
  readonly headStart: number;
  readonly headEnd: number;
  readonly head: string;
  readonly first: string;
  readonly headUpos: string;
}

export interface GoldDocument {
  readonly id: string;
  readonly text: string;
  readonly mentions: readonly GoldMention[];
}

/** GUM documents with their coreference mentions, in text order. */
export function gumCorefDocuments(sentences: readonly ConlluSentence[]): GoldDocument[] {
  const raw = rawDocuments(sentences);
  const out: GoldDocument[] = [];
  let d = -1;
  let base = 0;
  let mentions: GoldMention[] = [];
  sentences.forEach((s, k) => {
    if (s.newdoc !== null || k === 0) {
      if (d >= 0) out.push({ id: raw[d]!.id, text: raw[d]!.text, mentions });
      d++;
      base = 0;
      mentions = [];
    }
    const words = raw[d]!.words;
    for (const m of gumMentions(s.words)) {
      let h = m.start;
      for (let i = m.start; i < m.end; i++) {
        const head = s.words[i]!.head - 1;
        if (head < m.start || head >= m.end) { h = i; break; }
      }
      const first = words[base + m.start]!;
      const last = words[base + m.end - 1]!;
      const hw = words[base + h]!;
      mentions.push({
        entity: m.id, start: first.start, end: last.end, headStart: hw.start, headEnd: hw.end, head: hw.form.toLowerCase(),
        first: first.form.toLowerCase(), headUpos: hw.upos,
      });
    }
    base += s.words.length;
  });
  if (d >= 0) out.push({ id: raw[d]!.id, text: raw[d]!.text, mentions });
  for (const doc of out) (doc.mentions as GoldMention[]).sort((a, b) => a.start - b.start || b.end - a.end);
  return out;
}
