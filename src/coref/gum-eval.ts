/**
 * Runs our pipeline up to coreference over GUM documents (raw text: sentences, tokens, tagger, parser, entities,
 * actors), resolves their anaphors and scores the antecedents (gum-score.ts), over all genres and over news.
 */
import type { Doc } from "../doc.ts";
import type { Context } from "../stage.ts";
import { runPipeline, STAGES } from "../pipeline.ts";
import type { ConlluSentence } from "../syntax/conllu.ts";
import { gumCorefDocuments } from "./gum-gold.ts";
import { emptyCounts, scoreDocument, type AnaphorClass, type Counts, type ScoredLink } from "./gum-score.ts";
import { resolveDocument } from "./resolve.ts";
import { WEIGHTS, type Weights } from "./salience.ts";

export interface GumFigures {
  readonly all: Record<AnaphorClass, Counts>;
  readonly news: Record<AnaphorClass, Counts>;
  /** anaphors resolved to an actor of our knowledge base (the ones that become mentions) */
  readonly actorLinks: number;
}

/** @example evaluateGum(loadTreebank("en_gum-ccby", "dev").value, createCoder().context) */
export function evaluateGum(sentences: readonly ConlluSentence[], ctx: Context, weights: Weights = WEIGHTS): GumFigures {
  const before = STAGES.slice(0, STAGES.findIndex((s) => s.name === "coref"));
  const all = { pronoun: emptyCounts(), definite: emptyCounts() };
  const news = { pronoun: emptyCounts(), definite: emptyCounts() };
  let actorLinks = 0;
  for (const gold of gumCorefDocuments(sentences)) {
    const start: Doc = { id: gold.id, article: { text: gold.text, title: null, author: null, source: null, published: null, url: null }, reference: null };
    const doc = runPipeline(start, ctx, before);
    const tokens = doc.tokens ?? [];
    const links = resolveDocument(doc, weights, ctx.agentiveNouns);
    actorLinks += links.filter((l) => l.mentions.length).length;
    const scored: ScoredLink[] = links.map((l) => ({
      anaphor: tokens[l.anaphor.token]!.start,
      antecedent: l.antecedents[0] ? tokens[l.antecedents[0].head]!.start : null,
    }));
    scoreDocument(gold.mentions, scored, all);
    if (gold.id.startsWith("GUM_news")) scoreDocument(gold.mentions, scored, news);
  }
  return { all, news, actorLinks };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** accuracy (unresolved counts as wrong), precision (over the resolved) and coverage of one class's counts */
export const figuresOf = (c: Counts) => ({
  ...c, accuracy: round(c.correct / Math.max(1, c.gold)), precision: round(c.correct / Math.max(1, c.resolved)), coverage: round(c.found / Math.max(1, c.gold)),
});
