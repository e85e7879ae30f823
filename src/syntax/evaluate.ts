/**
 * `parley eval-parse`'s work: each treebank document from raw text through our language and syntax stages,
 * scored against the gold words (raw-eval.ts). Our tags and wink-nlp's are scored on the same words, so the
 * two taggers can be compared.
 */
import { analyse } from "../language/analyse.ts";
import type { ConlluSentence } from "./conllu.ts";
import type { SyntaxModels } from "./models.ts";
import type { NerHintSources } from "./ner-hints.ts";
import { addSpans, emptyNerCounts, nerScores, type NerScores } from "./ner-score.ts";
import { addDocument, alignWords, emptyRawCounts, rawDocuments, rawFigures, type EntitySource, type RawFigures, type SystemWord } from "./raw-eval.ts";
import { syntaxOf } from "./stage.ts";

export interface ParseEvaluation {
  readonly documents: number;
  readonly goldWords: number;
  readonly ours: RawFigures;
  /** UPOS F1 of wink-nlp's tags on the same tokens */
  readonly winkUpos: number;
  /** words per second of split + tag + parse + entities (this machine, this run) */
  readonly wordsPerSecond: number;
  /** named entities from raw text against the gold entities, exact character spans and type (when gold was given) */
  readonly entities: NerScores | null;
}

export interface ParseEvaluationOptions {
  /** gold entities per sentence; sentences it returns null for are left out of the entity figures */
  readonly entities?: EntitySource;
  /** the dictionaries the entity tagger takes hints from, as in the coder */
  readonly hints?: NerHintSources;
  readonly now?: () => number;
}

export function evaluateParse(models: SyntaxModels, sentences: readonly ConlluSentence[], options: ParseEvaluationOptions = {}): ParseEvaluation {
  const now = options.now ?? (() => performance.now());
  const docs = rawDocuments(sentences, options.entities);
  const ner = emptyNerCounts();
  const ours = emptyRawCounts();
  const wink = emptyRawCounts();
  let elapsed = 0;
  let systemWords = 0;
  for (const d of docs) {
    const t0 = now();
    const { sentences: sents, tokens } = analyse(d.text);
    const syntax = syntaxOf(d.text, tokens, sents, models, options.hints);
    elapsed += now() - t0;
    systemWords += tokens.length;
    const system: SystemWord[] = tokens.map((t, i) => ({
      start: t.start, end: t.end, form: t.text, upos: syntax.upos[i] as string, head: syntax.heads[i] as number, deprel: syntax.deprels[i] as string,
    }));
    const spans = sents.map((s) => [s.start, s.end] as const);
    // one alignment for both taggers: only the tags differ
    const align = alignWords(d.words, system);
    addDocument(ours, d, system, spans, align);
    addDocument(wink, d, system.map((w, i) => ({ ...w, upos: (tokens[i] as { pos: string }).pos })), spans, align);
    if (options.entities && d.entityGold) addSpans(ner, d.entities, syntax.entities);
  }
  return {
    documents: docs.length, goldWords: ours.gold, ours: rawFigures(ours), winkUpos: rawFigures(wink).upos,
    wordsPerSecond: systemWords / Math.max(1e-9, elapsed / 1000),
    entities: options.entities ? nerScores(ner, ["PER", "ORG", "LOC"]) : null,
  };
}
