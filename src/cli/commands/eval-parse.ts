/**
 * `parley eval-parse`: scores our sentence split, tokens, tagger and parser from raw text on the Universal
 * Dependencies test (or dev) splits in ../shared/treebanks/, as the CoNLL 2018 shared task scores them.
 */
import type { Command } from "commander";
import { loadKnowledgeBase } from "../../actors/kb/load.ts";
import { loadGazetteer } from "../../places/gazetteer.ts";
import { gumSource, unerSource } from "../../syntax/entity-gold.ts";
import { evaluateParse, type ParseEvaluation } from "../../syntax/evaluate.ts";
import type { EntitySource } from "../../syntax/raw-eval.ts";
import { MODEL_DIR, loadSyntaxModels } from "../../syntax/models.ts";
import { TREEBANKS, loadTreebank, type Split, type TreebankName } from "../../syntax/treebank.ts";
import { EXIT, fail, type CliIo } from "../io.ts";

const TREEBANK_NAMES: Readonly<Record<string, TreebankName>> = { ewt: "en_ewt", gum: "en_gum-ccby" };

export function formatParseEvaluation(name: string, split: string, r: ParseEvaluation): string {
  const pct = (x: number): string => x.toFixed(4);
  return [
    `${name} ${split} (from raw text: ${r.documents} documents, ${r.goldWords} gold words; entities: ${name.includes("gum") ? "GUM's named mentions, news documents" : "Universal NER"})`,
    `  tokens F1 ${pct(r.ours.tokens)}  sentences F1 ${pct(r.ours.sentences)}`,
    `  UPOS F1   ${pct(r.ours.upos)} (wink-nlp's tags on the same tokens: ${pct(r.winkUpos)})`,
    `  UAS F1    ${pct(r.ours.uas)}`,
    `  LAS F1    ${pct(r.ours.las)}`,
    `  speed     ${Math.round(r.wordsPerSecond)} words/s (split, tag, parse and entities; this run)`,
    ...(r.entities ? [
      `  entities  F1 ${pct(r.entities.overall.f1)} (P ${pct(r.entities.overall.precision)} R ${pct(r.entities.overall.recall)}; ${r.entities.overall.gold} gold)`,
      ...Object.entries(r.entities.byType).map(([type, s]) => `    ${type.padEnd(4)} F1 ${pct(s.f1)} (P ${pct(s.precision)} R ${pct(s.recall)}; ${s.gold} gold)`),
    ] : []),
  ].join("\n");
}

export function register(program: Command, io: CliIo): void {
  program
    .command("eval-parse")
    .description("score sentence split, tokens, tags and dependency trees from raw text on the UD English treebanks")
    .option("--treebank <names>", "ewt, gum or both, comma-separated", "ewt,gum")
    .option("--split <split>", "test or dev", "test")
    .option("--dir <dir>", "folder with the treebanks", TREEBANKS)
    .option("--model <dir>", "folder with the syntax weights (tagger.bin, parser.bin, labeler.bin, clusters.bin, ner.bin)", MODEL_DIR)
    .option("--json", "print the figures as JSON")
    .action((opts: { treebank: string; split: string; dir: string; model: string; json?: boolean }) => {
      if (opts.split !== "test" && opts.split !== "dev") return fail(io, EXIT.badArgs, `eval-parse: --split must be test or dev, not "${opts.split}"`);
      const names = opts.treebank.split(",").map((s) => s.trim()).filter(Boolean);
      const unknown = names.filter((n) => !TREEBANK_NAMES[n]);
      if (unknown.length || names.length === 0) return fail(io, EXIT.badArgs, `eval-parse: unknown treebank ${unknown.join(", ") || "(none)"}; use ewt, gum`);
      const models = loadSyntaxModels(opts.model);
      if (!models.ok) return fail(io, EXIT.badInput, `eval-parse: ${models.error.message}`);
      const results: Record<string, ParseEvaluation> = {};
      const hints = { kb: loadKnowledgeBase(), gazetteer: loadGazetteer() };
      for (const n of names) {
        const sentences = loadTreebank(TREEBANK_NAMES[n] as TreebankName, opts.split as Split, opts.dir);
        if (!sentences.ok) return fail(io, EXIT.badInput, `eval-parse: ${sentences.error.message}`);
        let entities: EntitySource | undefined;
        if (n === "gum") entities = gumSource("news");
        else {
          const uner = unerSource(opts.split as Split, opts.dir);
          if (uner.ok) entities = uner.value;
          else io.stderr.write(`parley: eval-parse: ${uner.error.message}; entities not scored\n`);
        }
        results[n] = evaluateParse(models.value, sentences.value, { hints, ...(entities ? { entities } : {}) });
        if (!opts.json) io.stdout.write(`${formatParseEvaluation(TREEBANK_NAMES[n] as string, opts.split, results[n] as ParseEvaluation)}\n`);
      }
      if (opts.json) io.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
    });
}
