/**
 * The wink-nlp instance of the process, made to forget what it learns from each text.
 *
 * Loading the English model takes ~100 ms and ~20 MB, so one instance is shared. wink-nlp, though, adds every
 * out-of-vocabulary word it meets to its lexicon, and its tokenizer splits a word such as "men's" only when the
 * whole word is *not* in the lexicon: without care, how a text is tokenized would depend on the texts read
 * before it in the same process. `readDoc` below therefore starts every text from the lexicon as it was right
 * after loading (see lexicon-scope.ts), which makes tokens a function of the text alone.
 */
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { scopeLexicon, type LexiconScope } from "./lexicon-scope.ts";

/**
 * The annotations wink-nlp runs: sentence breaks and parts of speech, all that analyse.ts reads (with the tokens'
 * values, spaces, normal forms and lemmas, which tokenizing gives). Its default pipe also runs entities,
 * negation and sentiment, about a third of its time; they only add entity lists and flags of their own, which
 * nothing reads, and leave tokens, tags, lemmas and sentences as they are.
 */
const PIPE = ["sbd", "pos"];

/** Past this many learned words (kept by wink-nlp even though we hide them) the instance is rebuilt. */
const REBUILD_AFTER_WORDS = 2_000_000;

interface Instance {
  readonly nlp: ReturnType<typeof winkNLP>;
  readonly scope: LexiconScope;
}

function build(): Instance {
  const scopes: LexiconScope[] = [];
  const scoped = {
    ...model,
    core: () => {
      const core = (model.core as () => { features: { lexeme: unknown } })();
      scopes.push(scopeLexicon(core.features.lexeme));
      return core;
    },
  } as typeof model;
  const nlp = winkNLP(scoped, PIPE);
  const scope = scopes[0];
  if (scope === undefined) throw new Error("language: wink-nlp did not load its core model through core()");
  scope.seal();
  return { nlp, scope };
}

let instance = build();

/**
 * Reads one text with wink-nlp, from the lexicon as loaded: the result does not depend on earlier texts.
 *
 * @example readDoc("Lavrov met Haftar.").tokens().out()
 */
export function readDoc(text: string): ReturnType<ReturnType<typeof winkNLP>["readDoc"]> {
  if (instance.scope.learnedTotal() > REBUILD_AFTER_WORDS) instance = build();
  instance.scope.forget();
  return instance.nlp.readDoc(text);
}

/** wink-nlp's token/sentence property helpers (`its.pos`, `its.lemma`, ...); the same for every instance. */
export const its = instance.nlp.its;
