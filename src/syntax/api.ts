/**
 * The library's parser: sentences, tokens, our tags, dependency trees and named entities for a text, with
 * offsets into it; and the same as CoNLL-U. It runs the coder's own language and syntax stages, so what it
 * prints is what the events stage sees.
 *
 * @example
 * const parser = createParser();
 * if (parser.ok) process.stdout.write(toConllu(parser.value.parse("Haftar left Moscow on Monday.")));
 */
import type { EntitySpan } from "../doc.ts";
import { analyse } from "../language/analyse.ts";
import type { Result } from "../types.ts";
import { formatConllu } from "./conllu.ts";
import { loadSyntaxModels, type SyntaxModels } from "./models.ts";
import { syntaxOf } from "./stage.ts";

export interface ParsedWord {
  readonly form: string;
  readonly lemma: string;
  readonly start: number;
  readonly end: number;
  readonly upos: string;
  readonly xpos: string;
  /** index of the head word within the sentence, -1 for the root */
  readonly head: number;
  readonly deprel: string;
}

export interface ParsedSentence {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly words: readonly ParsedWord[];
}

export interface ParsedText {
  readonly sentences: readonly ParsedSentence[];
  readonly entities: readonly EntitySpan[];
}

export interface Parser {
  parse(text: string): ParsedText;
}

/** Splits, tags and parses `text` with loaded models. */
export function parseText(models: SyntaxModels, text: string): ParsedText {
  const { sentences, tokens } = analyse(text);
  const syntax = syntaxOf(tokens, sentences, models);
  return {
    entities: syntax.entities,
    sentences: sentences.map((s) => ({
      index: s.index, start: s.start, end: s.end, text: s.text,
      words: tokens.slice(s.tokenStart, s.tokenEnd).map((t) => {
        const h = syntax.heads[t.i] as number;
        return {
          form: t.text, lemma: t.lemma, start: t.start, end: t.end, upos: syntax.upos[t.i] as string, xpos: syntax.xpos[t.i] as string,
          head: h < 0 ? -1 : h - s.tokenStart, deprel: syntax.deprels[t.i] as string,
        };
      }),
    })),
  };
}

/** A parser over the shipped weights (data/model/), or the error naming the missing file. */
export function createParser(dir?: string): Result<Parser> {
  const models = loadSyntaxModels(dir);
  if (!models.ok) return models;
  return { ok: true, value: { parse: (text) => parseText(models.value, text) } };
}

/** CoNLL-U of a parsed text: `SpaceAfter=No` where words touch, the entity tag (`Entity=B-PER`) in MISC. */
export function toConllu(parsed: ParsedText, idPrefix = "s"): string {
  // Words and entities are both in text order: one sweep tags each word inside an entity.
  const entityTag = new Map<number, string>();
  const entities = [...parsed.entities].sort((a, b) => a.start - b.start);
  let e = 0;
  for (const s of parsed.sentences) {
    for (const w of s.words) {
      while (e < entities.length && (entities[e] as EntitySpan).end <= w.start) e++;
      const entity = entities[e];
      if (entity && w.start >= entity.start && w.end <= entity.end) entityTag.set(w.start, `${w.start === entity.start ? "B" : "I"}-${entity.type}`);
    }
  }
  return parsed.sentences.map((s) => formatConllu(`${idPrefix}${s.index + 1}`, s.text, s.words.map((w, k) => {
    const next = s.words[k + 1];
    const misc = [next && next.start === w.end ? "SpaceAfter=No" : "", entityTag.has(w.start) ? `Entity=${entityTag.get(w.start)}` : ""].filter(Boolean).join("|");
    return { form: w.form, lemma: w.lemma, upos: w.upos, xpos: w.xpos, head: w.head + 1, deprel: w.deprel, misc };
  }))).join("");
}
