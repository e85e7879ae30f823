/**
 * Builds a Doc by hand for the places tests: sentences split after . ! ? and tokens from /\w+|[^\w\s]/, with a
 * crude POS (PROPN when capitalised, else X). No NLP library is involved.
 */
import { phraseKey } from "../../src/actors/kb/key.ts";
import type { Doc, Sentence, Token } from "../../src/doc.ts";
import type { Context } from "../../src/stage.ts";
import type { Gazetteer } from "../../src/resources.ts";

export function makeDoc(text: string): Doc {
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  const bounds = /[^.!?]+[.!?]*\s*/g;
  for (const m of text.matchAll(bounds)) {
    const start = m.index ?? 0;
    const raw = m[0];
    const end = start + raw.trimEnd().length;
    const index = sentences.length;
    const tokenStart = tokens.length;
    for (const t of raw.matchAll(/\w+|[^\w\s]/g)) {
      const s = start + (t.index ?? 0);
      tokens.push({
        i: tokens.length, text: t[0], lower: t[0].toLowerCase(), lemma: t[0].toLowerCase(), key: phraseKey(t[0]),
        pos: /^[A-Z]/.test(t[0]) ? "PROPN" : "X", start: s, end: s + t[0].length, sentence: index,
      });
    }
    sentences.push({ index, start, end, text: text.slice(start, end), tokenStart, tokenEnd: tokens.length });
  }
  return {
    id: "test",
    article: { title: null, author: null, source: null, published: null, url: null, text },
    reference: null,
    sentences,
    tokens,
  };
}

/** A Context carrying only the gazetteers; the places stage reads nothing else. */
export function placesContext(gazetteer: Gazetteer, world?: Gazetteer): Context {
  return (world ? { gazetteer, world } : { gazetteer }) as unknown as Context;
}
