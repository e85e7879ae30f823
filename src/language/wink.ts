/**
 * The one wink-nlp instance of the process.
 *
 * Loading the English model takes ~100 ms and ~20 MB, so it is loaded once, when this module is first imported.
 * This is the only module-level state in the language stages: the model is read-only after loading, and every
 * call to `nlp.readDoc` builds its own document, so sharing it between articles is safe.
 */
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

/** The shared wink-nlp instance (English lite web model). */
export const nlp = winkNLP(model);

/** wink-nlp's token/sentence property helpers (`its.pos`, `its.lemma`, ...). */
export const its = nlp.its;
