/**
 * A Coder holds the loaded dictionaries and the checked pipeline; `code` turns one input into a CodedArticle.
 * Loading is done once per Coder; coding is synchronous and pure apart from that.
 */
import { createHash } from "node:crypto";
import type { ArticleInput, CodedArticle, Result } from "./types.ts";
import type { Doc } from "./doc.ts";
import type { Context } from "./stage.ts";
import { buildPipeline, runPipeline, STAGES } from "./pipeline.ts";
import { readArticle } from "./read/index.ts";
import { loadKnowledgeBase } from "./actors/kb/load.ts";
import { loadCodebook } from "./codebook/load.ts";
import { loadGazetteer } from "./places/gazetteer.ts";
import { loadVerbLexicon } from "./events/lexicon.ts";
import { assemble } from "./assemble.ts";
import { loadClassifier } from "./learn/model.ts";
import { loadSyntaxModels, type SyntaxModels } from "./syntax/models.ts";

export interface CoderOptions {
  /** lazy trace hook, see STYLE.md */
  readonly debug?: (message: () => string) => void;
  /** dictionaries to use instead of the shipped ones (e.g. imported PETRARCH dictionaries) */
  readonly resources?: Partial<Pick<Context, "kb" | "codebook" | "gazetteer" | "verbs" | "classifier" | "syntax">>;
  /** see Context.conventions; "petrarch" with imported dictionaries in replace mode */
  readonly conventions?: Context["conventions"];
}

export interface Coder {
  code(input: ArticleInput): Result<CodedArticle>;
  readonly context: Context;
}

/** The shipped syntax weights, or null (and the coder runs without syntax) when they are missing. */
function shippedSyntax(): SyntaxModels | null {
  const r = loadSyntaxModels();
  return r.ok ? r.value : null;
}

export function createCoder(options: CoderOptions = {}): Coder {
  const given = options.resources ?? {};
  const context: Context = {
    kb: given.kb ?? loadKnowledgeBase(),
    codebook: given.codebook ?? loadCodebook(),
    gazetteer: given.gazetteer ?? loadGazetteer(),
    verbs: given.verbs ?? loadVerbLexicon(),
    classifier: given.classifier !== undefined ? given.classifier : loadClassifier(),
    syntax: given.syntax !== undefined ? given.syntax : shippedSyntax(),
    ...(options.debug ? { debug: options.debug } : {}),
    ...(options.conventions ? { conventions: options.conventions } : {}),
  };
  const stages = buildPipeline(STAGES);
  return {
    context,
    code(input) {
      const read = readArticle(input);
      if (!read.ok) return read;
      const article = read.value;
      const id = input.id ?? createHash("sha256").update(article.text).digest("hex").slice(0, 16);
      const reference = article.published ? new Date(`${article.published}T00:00:00Z`) : null;
      const doc: Doc = { id, article, reference: reference && !Number.isNaN(reference.getTime()) ? reference : null };
      return { ok: true, value: assemble(runPipeline(doc, context, stages)) };
    },
  };
}
