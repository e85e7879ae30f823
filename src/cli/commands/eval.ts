/** `parley eval GOLD.jsonl ...`: the figures of the reference scorer for our coder on those files. */
import { existsSync } from "node:fs";
import type { Command } from "commander";
import { addDictionaryOptions, coderFor, type DictionaryOptions } from "../coder-option.ts";
import { evaluate } from "../../eval/run.ts";
import { formatFigures } from "../../eval/score.ts";
import { EXIT, fail, type CliIo } from "../io.ts";

export function register(program: Command, io: CliIo): void {
  const command = program
    .command("eval")
    .description("code the gold records and print the figures the reference scorer computes on the same files")
    .argument("<gold...>", "gold JSONL files")
    .option("--json", "print the figures as JSON");
  addDictionaryOptions(command)
    .action((files: string[], opts: DictionaryOptions & { json?: boolean }) => {
      const missing = files.filter((f) => !existsSync(f));
      if (missing.length) return fail(io, EXIT.badArgs, `eval: no such file: ${missing.join(", ")}`);
      const coder = coderFor(opts, io);
      if (!coder) return;
      const result = evaluate(coder, files);
      for (const f of result.failed) fail(io, EXIT.badInput, `eval: ${f.id}: ${f.message}`);
      io.stdout.write(opts.json ? `${JSON.stringify(result.figures, null, 2)}\n` : `${formatFigures(result.figures)}\n`);
    });
}
