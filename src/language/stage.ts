/**
 * The language stage: sentences and tokens (with universal POS tags and lemmas) from wink-nlp.
 */
import type { Doc } from "../doc.ts";
import type { Stage } from "../stage.ts";
import { analyse } from "./analyse.ts";

/**
 * Adds `sentences` and `tokens` to the document; offsets point into `doc.article.text`.
 *
 * @example
 * const next = languageStage.run(doc, ctx);
 * next.tokens?.[0]?.text; // first word of the article
 */
export const languageStage: Stage = {
  name: "language",
  reads: [],
  adds: ["sentences", "tokens"],
  run(doc: Doc): Doc {
    const { sentences, tokens } = analyse(doc.article.text);
    return { ...doc, sentences, tokens };
  },
};
