/** `parley eval-real`: event precision and recall, facts found and refusals on our annotated real articles. */
import type { Command } from "commander";
import { addDictionaryOptions, coderFor, type DictionaryOptions } from "../coder-option.ts";
import { readAnnotations } from "../../eval/real-annotations.ts";
import { DEFAULT_ANNOTATIONS, DEFAULT_CORPUS, readCorpus } from "../../eval/real-corpus.ts";
import { evaluateReal, formatRealFigures } from "../../eval/real.ts";
import { EXIT, fail, type CliIo } from "../io.ts";

export function register(program: Command, io: CliIo): void {
  const command = program
    .command("eval-real")
    .description("code our annotated real articles and print event precision, recall, facts found and refusals coded as the act")
    .option("--annotations <file>", "our annotations (JSONL)", DEFAULT_ANNOTATIONS)
    .option("--corpus <file>", "the articles they annotate (JSONL with id and text)", DEFAULT_CORPUS)
    .option("--json", "print the figures and each article's counts as JSON");
  addDictionaryOptions(command)
    .action((opts: DictionaryOptions & { annotations: string; corpus: string; json?: boolean }) => {
      const annotations = readAnnotations(opts.annotations);
      if (!annotations.ok) return fail(io, EXIT.badInput, `eval-real: ${annotations.error.message}`);
      const corpus = readCorpus(opts.corpus, new Set(annotations.value.map((a) => a.id)));
      if (!corpus.ok) return fail(io, EXIT.badInput, `eval-real: ${corpus.error.message}`);
      const coder = coderFor(opts, io);
      if (!coder) return;
      const result = evaluateReal(coder, annotations.value, corpus.value);
      for (const f of result.failed) fail(io, EXIT.badInput, `eval-real: ${f.id}: ${f.message}`);
      const out = opts.json ? JSON.stringify({ figures: result.figures, articles: result.articles }, null, 2) : formatRealFigures(result.figures);
      io.stdout.write(`${out}\n`);
    });
}
