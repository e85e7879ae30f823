/** `parley eval GOLD.jsonl ...`: the figures of the reference scorer for our coder on those files. */
import { existsSync } from "node:fs";
import type { Command } from "commander";
import { addDictionaryOptions, coderFor, type DictionaryOptions } from "../coder-option.ts";
import { evaluate } from "../../eval/run.ts";
import type { GoldRecord } from "../../eval/gold.ts";
import { formatFigures } from "../../eval/score.ts";
import { EXIT, fail, type CliIo } from "../io.ts";
import { defaultSplitPath, PARTS, readSplit, suiteOf, type Part } from "../../eval/split.ts";

export function register(program: Command, io: CliIo): void {
  const command = program
    .command("eval")
    .description("code the gold records and print the figures the reference scorer computes on the same files")
    .argument("<gold...>", "gold JSONL files")
    .option("--json", "print the figures as JSON")
    .option("--part <part>", "score only the fit or the check part of the dev halves (see --split)")
    .option("--split <file>", "the split file for --part (default: dev-split.tsv beside the first gold file)");
  addDictionaryOptions(command)
    .action((files: string[], opts: DictionaryOptions & { json?: boolean; part?: string; split?: string }) => {
      const missing = files.filter((f) => !existsSync(f));
      if (missing.length) return fail(io, EXIT.badArgs, `eval: no such file: ${missing.join(", ")}`);
      if (opts.part !== undefined && !PARTS.includes(opts.part as Part)) return fail(io, EXIT.badArgs, `eval: --part must be fit or check, not "${opts.part}"`);
      if (opts.split !== undefined && opts.part === undefined) return fail(io, EXIT.badArgs, "eval: --split needs --part fit or --part check");
      const coder = coderFor(opts, io);
      if (!coder) return;
      if (!opts.part) return report(io, evaluate(coder, files), opts.json);
      const path = opts.split ?? defaultSplitPath(files);
      if (!path) return fail(io, EXIT.badArgs, "eval: --part needs a split file: no dev-split.tsv beside the gold files; name one with --split");
      const split = readSplit(path);
      if (!split.ok) return fail(io, EXIT.badArgs, `eval: ${split.error.message}`);
      let kept = 0;
      let unlisted = 0;
      // (evaluate gives every record its suite: its own field, else its file's path)
      const keep = (rec: GoldRecord): boolean => {
        const part = split.value.partOf(suiteOf(rec, rec.suite ?? ""), String(rec.id));
        if (part === undefined) unlisted++;
        return part === opts.part && ++kept > 0;
      };
      const result = evaluate(coder, files, keep);
      io.stderr.write(`eval: ${opts.part} part: ${kept} records${unlisted ? `; ${unlisted} records the split does not list were left out` : ""}\n`);
      report(io, result, opts.json);
    });
}

function report(io: CliIo, result: ReturnType<typeof evaluate>, json: boolean | undefined): void {
  for (const f of result.failed) fail(io, EXIT.badInput, `eval: ${f.id}: ${f.message}`);
  io.stdout.write(json ? `${JSON.stringify(result.figures, null, 2)}\n` : `${formatFigures(result.figures)}\n`);
}
