/**
 * Coreference against GUM (../shared/treebanks): each document's raw text goes through our own pipeline up to the
 * coref stage (sentences, tokens, tagger, parser, entities, actors), then src/coref/resolve.ts picks antecedents,
 * scored by src/coref/gum-score.ts for pronouns and definite descriptions, over all genres and over news alone.
 * Tune on train or dev (`--split dev`, `--weights recency,parallel,other`); report test. Prints one JSON line.
 *
 *   node --import tsx bench/coref.ts [--split test|dev|train] [--weights 100,35,10]
 */
import { existsSync } from "node:fs";
import { createCoder } from "../src/coder.ts";
import type { Doc } from "../src/doc.ts";
import { runPipeline, STAGES } from "../src/pipeline.ts";
import { gumCorefDocuments } from "../src/coref/gum-gold.ts";
import { emptyCounts, scoreDocument, type AnaphorClass, type Counts, type ScoredLink } from "../src/coref/gum-score.ts";
import { resolveDocument } from "../src/coref/resolve.ts";
import { WEIGHTS, type Weights } from "../src/coref/salience.ts";
import { loadTreebank, TREEBANKS, type Split } from "../src/syntax/treebank.ts";

if (!existsSync(TREEBANKS)) {
  console.error(`bench: ${TREEBANKS} not found (the shared folder is only present in CI and on the team's machines); skipping`);
  process.exit(0);
}
const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const split = (arg("--split") ?? "test") as Split;
const given = arg("--weights")?.split(",").map(Number);
const weights: Weights = given ? { recency: given[0]!, parallel: given[1]!, other: given[2]! } : WEIGHTS;

const sentences = loadTreebank("en_gum-ccby", split);
if (!sentences.ok) throw new Error(sentences.error.message);
const coder = createCoder();
const before = STAGES.slice(0, STAGES.findIndex((s) => s.name === "coref"));
const figures = { all: { pronoun: emptyCounts(), definite: emptyCounts() }, news: { pronoun: emptyCounts(), definite: emptyCounts() } };
let actorLinks = 0;
const t0 = performance.now();
for (const gold of gumCorefDocuments(sentences.value)) {
  const start: Doc = { id: gold.id, article: { text: gold.text, title: null, author: null, source: null, published: null, url: null }, reference: null };
  const doc = runPipeline(start, coder.context, before);
  const tokens = doc.tokens ?? [];
  const links = resolveDocument(doc, weights);
  actorLinks += links.filter((l) => l.mentions.length).length;
  const scored: ScoredLink[] = links.map((l) => ({
    anaphor: tokens[l.anaphor.token]!.start,
    antecedent: l.antecedents[0] ? tokens[l.antecedents[0].head]!.start : null,
  }));
  scoreDocument(gold.mentions, scored, figures.all);
  if (gold.id.startsWith("GUM_news")) scoreDocument(gold.mentions, scored, figures.news);
}
const round = (x: number) => Math.round(x * 1000) / 1000;
const report = (c: Counts) => ({ ...c, accuracy: round(c.correct / Math.max(1, c.gold)), precision: round(c.correct / Math.max(1, c.resolved)), coverage: round(c.found / Math.max(1, c.gold)) });
const out = (f: Record<AnaphorClass, Counts>) => ({ pronoun: report(f.pronoun), definite: report(f.definite) });
console.log(JSON.stringify({ bench: "coref", treebank: `en_gum-ccby-${split}`, weights, all: out(figures.all), news: out(figures.news), actorLinks, seconds: round((performance.now() - t0) / 1000) }));
