/**
 * The syntax stage: our own part-of-speech tags and a dependency tree for every sentence, and the named entities,
 * on the readonly Doc (see Syntax in doc.ts). Runs after `language`, on its tokens.
 */
import type { Doc, EntitySpan, Sentence, Syntax, Token } from "../doc.ts";
import type { Context, Stage } from "../stage.ts";
import type { SyntaxModels } from "./models.ts";
import { recognise } from "./ner.ts";
import { nerHints, type NerHintSources } from "./ner-hints.ts";
import { parseSentences, type SentenceParse } from "./sentence.ts";

/**
 * Tags and parses every sentence and finds its named entities (with the knowledge base and gazetteer as hints);
 * without models every token gets "X", no head and no relation, and there are no entities.
 */
export function syntaxOf(
  text: string, tokens: readonly Token[], sentences: readonly Sentence[], models: SyntaxModels | null | undefined, hints: NerHintSources = {},
): Syntax {
  const upos: string[] = new Array(tokens.length).fill("X");
  const xpos: string[] = new Array(tokens.length).fill("_");
  const deprels: string[] = new Array(tokens.length).fill("_");
  const heads = new Int32Array(tokens.length).fill(-1);
  const entities: EntitySpan[] = [];
  if (models) {
    const forms = sentences.map((s) => {
      const f: string[] = [];
      for (let i = s.tokenStart; i < s.tokenEnd; i++) f.push((tokens[i] as Token).text);
      return f;
    });
    // each model in turn over the whole article (see parseSentences); then the entity tagger
    const parses = parseSentences(models, forms);
    sentences.forEach((s, j) => {
      const p = parses[j] as SentenceParse, n = (forms[j] as string[]).length;
      for (let k = 0; k < n; k++) {
        const i = s.tokenStart + k;
        upos[i] = p.upos[k] as string;
        xpos[i] = p.xpos[k] as string;
        deprels[i] = p.deprels[k] as string;
        const h = p.heads[k] as number;
        heads[i] = h < 0 ? -1 : s.tokenStart + h;
      }
    });
    if (models.ner) {
      const ner = models.ner;
      sentences.forEach((s, j) => {
        const f = forms[j] as string[], p = parses[j] as SentenceParse;
        // each token's phrase key, which it carries (doc.ts: phraseKey of its text), for the dictionary hints
        const keys: string[] = [];
        for (let i = s.tokenStart; i < s.tokenEnd; i++) keys.push((tokens[i] as Token).key);
        // (the forms' vocabulary indices of the parser's word classes serve the entity tagger when they are its own)
        const vocab = ner.classes === models.classes ? p.vocab ?? undefined : undefined;
        for (const e of recognise(ner, f, p.upos, nerHints(f, hints, keys), p.words, vocab)) {
          const first = tokens[s.tokenStart + e.start] as Token;
          const last = tokens[s.tokenStart + e.end - 1] as Token;
          entities.push({
            type: e.type, sentence: s.index, tokenStart: s.tokenStart + e.start, tokenEnd: s.tokenStart + e.end,
            start: first.start, end: last.end, text: text.slice(first.start, last.end),
          });
        }
      });
    }
  }
  return { upos, xpos, heads, deprels, entities };
}

export const syntaxStage: Stage = {
  name: "syntax",
  reads: ["sentences", "tokens"],
  adds: ["syntax"],
  run(doc: Doc, ctx: Context): Doc {
    return { ...doc, syntax: syntaxOf(doc.article.text, doc.tokens ?? [], doc.sentences ?? [], ctx.syntax, { kb: ctx.kb, gazetteer: ctx.gazetteer }) };
  },
};
