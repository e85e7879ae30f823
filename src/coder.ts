/**
 * A Coder holds the loaded dictionaries and the checked pipeline; `code` turns one input into a CodedArticle.
 * Loading is done once per Coder; coding is synchronous and pure apart from that.
 */
import { createHash } from "node:crypto";
import type { ArticleInput, CodedArticle, Result } from "./types.ts";
import type { Doc } from "./doc.ts";
import type { Context } from "./stage.ts";
import { loadAgentiveNouns } from "./coref/nouns.ts";
import { buildPipeline, runPipeline, STAGES } from "./pipeline.ts";
import { readArticle } from "./read/index.ts";
import { checkInput } from "./read/input.ts";
import { loadKnowledgeBase } from "./actors/kb/load.ts";
import { loadCodebook } from "./codebook/load.ts";
import { loadGazetteer } from "./places/gazetteer.ts";
import { lazyWorldGazetteer } from "./places/world/load.ts";
import { loadVerbLexicon } from "./events/lexicon.ts";
import { assemble } from "./assemble.ts";
import { loadClassifier } from "./learn/model.ts";
import { loadSyntaxModels, type SyntaxModels } from "./syntax/models.ts";

export interface CoderOptions {
  /** lazy trace hook, see STYLE.md */
  readonly debug?: (message: () => string) => void;
  /** dictionaries to use instead of the shipped ones (e.g. imported PETRARCH dictionaries) */
  readonly resources?: Partial<Pick<Context, "kb" | "codebook" | "gazetteer" | "world" | "verbs" | "classifier" | "syntax">>;
  /** see Context.conventions; "petrarch" with imported dictionaries in replace mode */
  readonly conventions?: Context["conventions"];
  /**
   * Time one record may take, in milliseconds (default DEFAULT_BUDGET_MS; Infinity for none). It is checked after
   * reading and after each stage, so a record can overrun it by at most one stage; past it, `code` returns a
   * `time_budget` issue naming the record and the stage. Coding time grows linearly with length (about 5 ms per
   * 1,000 characters of news prose on one core, up to about 30 for junk such as 200 KB without punctuation), so
   * only inputs near the 5-million-character limit come close.
   */
  readonly budgetMs?: number;
  /** the clock the budget is measured with, in milliseconds (default performance.now); stages never read it */
  readonly clock?: () => number;
}

/** Default time budget for one record: far above any real article, well below "hangs a batch". */
export const DEFAULT_BUDGET_MS = 60_000;

export interface Coder {
  /** Codes one record. Anything wrong with the record (a missing or non-string `text`, a wrong type for any other
   * field, unreadable text) comes back as `{ ok: false, error }`; only a bug throws. */
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
    // loaded on the first article's places, once per process (src/places/world/load.ts)
    world: given.world !== undefined ? given.world : lazyWorldGazetteer(),
    verbs: given.verbs ?? loadVerbLexicon(),
    classifier: given.classifier !== undefined ? given.classifier : loadClassifier(),
    syntax: given.syntax !== undefined ? given.syntax : shippedSyntax(),
    agentiveNouns: loadAgentiveNouns(),
    ...(options.debug ? { debug: options.debug } : {}),
    ...(options.conventions ? { conventions: options.conventions } : {}),
  };
  const stages = buildPipeline(STAGES);
  const budget = options.budgetMs ?? DEFAULT_BUDGET_MS;
  const clock = options.clock ?? (() => performance.now());
  return {
    context,
    code(given) {
      const checked = checkInput(given);
      if (!checked.ok) return checked;
      const input = checked.value;
      const started = clock();
      const over = (id: string, stage: string): Result<never> | null => {
        const spent = clock() - started;
        return spent > budget ? overBudget(id, stage, spent, budget) : null;
      };
      const read = readArticle(input);
      if (!read.ok) return read;
      const article = read.value;
      const id = input.id ?? createHash("sha256").update(article.text).digest("hex").slice(0, 16);
      const late = over(id, "read");
      if (late) return late;
      const reference = article.published ? new Date(`${article.published}T00:00:00Z`) : null;
      let doc: Doc = { id, article, reference: reference && !Number.isNaN(reference.getTime()) ? reference : null };
      for (const stage of stages) {
        doc = runPipeline(doc, context, [stage]);
        const stopped = over(id, stage.name);
        if (stopped) return stopped;
      }
      return { ok: true, value: assemble(doc) };
    },
  };
}

function overBudget(id: string, stage: string, spent: number, budget: number): Result<never> {
  return {
    ok: false,
    error: {
      code: "time_budget",
      message: `record ${id}: stopped after stage "${stage}" at ${Math.round(spent)} ms, over the ${budget} ms budget for one record`,
      path: stage,
    },
  };
}
