/**
 * `parley eval-parse`'s work: each treebank document from raw text through our language and syntax stages,
 * scored against the gold words (raw-eval.ts). Our tags and wink-nlp's are scored on the same words, so the
 * two taggers can be compared.
 */
import { analyse } from "../language/analyse.ts";
import type { ConlluSentence } from "./conllu.ts";
import type { SyntaxModels } from "./models.ts";
import { addDocument, emptyRawCounts, rawDocuments, rawFigures, type RawFigures, type SystemWord } from "./raw-eval.ts";
import { syntaxOf } from "./stage.ts";

export interface ParseEvaluation {
  readonly documents: number;
  readonly goldWords: number;
  readonly ours: RawFigures;
  /** UPOS F1 of wink-nlp's tags on the same tokens */
  readonly winkUpos: number;
  /** words per second of split + tag + parse (this machine, this run) */
  readonly wordsPerSecond: number;
}

export function evaluateParse(models: SyntaxModels, sentences: readonly ConlluSentence[], now: () => number = () => performance.now()): ParseEvaluation {
  const docs = rawDocuments(sentences);
  const ours = emptyRawCounts();
  const wink = emptyRawCounts();
  let elapsed = 0;
  let systemWords = 0;
  for (const d of docs) {
    const t0 = now();
    const { sentences: sents, tokens } = analyse(d.text);
    const syntax = syntaxOf(tokens, sents, models);
    elapsed += now() - t0;
    systemWords += tokens.length;
    const system: SystemWord[] = tokens.map((t, i) => ({
      start: t.start, end: t.end, form: t.text, upos: syntax.upos[i] as string, head: syntax.heads[i] as number, deprel: syntax.deprels[i] as string,
    }));
    const spans = sents.map((s) => [s.start, s.end] as const);
    addDocument(ours, d, system, spans);
    addDocument(wink, d, system.map((w, i) => ({ ...w, upos: (tokens[i] as { pos: string }).pos })), spans);
  }
  return {
    documents: docs.length, goldWords: ours.gold, ours: rawFigures(ours), winkUpos: rawFigures(wink).upos,
    wordsPerSecond: systemWords / Math.max(1e-9, elapsed / 1000),
  };
}
