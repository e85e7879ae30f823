/**
 * Coreference against GUM (../shared/treebanks): each document's raw text goes through our own pipeline up to the
 * coref stage, then src/coref/resolve.ts picks antecedents, scored for pronouns and definite descriptions over all
 * genres and over news alone (src/coref/gum-eval.ts). Tune on train or dev (`--split dev`,
 * `--weights recency,parallel,other`); report test. Prints one JSON line.
 *
 *   node --import tsx bench/coref.ts [--split test|dev|train] [--weights 200,0,10]
 */
import { existsSync } from "node:fs";
import { createCoder } from "../src/coder.ts";
import { evaluateGum, figuresOf } from "../src/coref/gum-eval.ts";
import type { AnaphorClass } from "../src/coref/gum-score.ts";
import type { Counts } from "../src/coref/gum-score.ts";
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
const t0 = performance.now();
const f = evaluateGum(sentences.value, createCoder().context, weights);
const out = (c: Record<AnaphorClass, Counts>) => ({ pronoun: figuresOf(c.pronoun), definite: figuresOf(c.definite) });
const seconds = Math.round(performance.now() - t0) / 1000;
console.log(JSON.stringify({ bench: "coref", treebank: `en_gum-ccby-${split}`, weights, all: out(f.all), news: out(f.news), actorLinks: f.actorLinks, seconds }));
