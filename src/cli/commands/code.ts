/** `parley code FILE [--json]` and `parley code --batch IN.jsonl --jsonl`. */
import type { Command } from "commander";
import type { Coder } from "../../coder.ts";
import { addDictionaryOptions, coderFor, type DictionaryOptions } from "../coder-option.ts";
import { EXIT, fail, type CliIo } from "../io.ts";
import { printArticle } from "../print-article.ts";
import { readRecords } from "../records.ts";
import { fileProblem, readArticleFile } from "../article-file.ts";

export function register(program: Command, io: CliIo): void {
  const command = program
    .command("code")
    .description("code one article (text, Markdown-ish or HTML) or a JSONL batch into actors, events, quotes and ceasefires")
    .argument("[file]", "article file, or - for stdin")
    .option("--json", "print the CodedArticle as JSON")
    .option("--batch <in>", "JSONL records {id, text, date?, title?, source?, url?} (- for stdin)")
    .option("--jsonl", "with --batch: write one CodedArticle per line")
    .option("--date <yyyy-mm-dd>", "publication date for a single file, when the file does not say");
  addDictionaryOptions(command)
    .action(async (file: string | undefined, opts: DictionaryOptions & { json?: boolean; batch?: string; jsonl?: boolean; date?: string }) => {
      if (opts.batch) {
        const problem = fileProblem(opts.batch);
        if (problem) return fail(io, EXIT.badInput, `${opts.batch}: ${problem}`);
        const coder = coderFor(opts, io);
        return coder ? codeBatch(opts.batch, coder, io) : undefined;
      }
      if (!file) return fail(io, EXIT.badArgs, "code: give a FILE (or -), or --batch IN.jsonl");
      // read the article before loading the coder's dictionaries: a wrong path is answered at once
      const loaded = readArticleFile(file);
      if (!loaded.ok) return fail(io, EXIT.badInput, `${file}: ${loaded.message}`);
      const coder = coderFor(opts, io);
      if (!coder) return;
      const result = coder.code({ ...loaded.input, ...(opts.date ? { date: opts.date } : {}) });
      if (!result.ok) return fail(io, EXIT.badInput, `${file}: ${result.error.code}: ${result.error.message}`);
      io.stdout.write(opts.json ? `${JSON.stringify(result.value, null, 2)}\n` : printArticle(result.value));
    });
}

async function codeBatch(path: string, coder: Coder, io: CliIo): Promise<void> {
  for await (const rec of readRecords(path)) {
    if (!rec.ok) {
      fail(io, EXIT.badInput, `${path}:${rec.line}${rec.id ? ` (${rec.id})` : ""}: ${rec.message}`);
      continue;
    }
    let result;
    try {
      result = coder.code(rec.input);
    } catch (e) {
      // a bug in the coder: report it against the record and keep the batch going
      fail(io, EXIT.badInput, `${path}:${rec.line} (${rec.input.id}): internal error: ${(e as Error).message}`);
      continue;
    }
    if (!result.ok) {
      fail(io, EXIT.badInput, `${path}:${rec.line} (${rec.input.id}): ${result.error.code}: ${result.error.message}`);
      continue;
    }
    if (!io.stdout.write(`${JSON.stringify(result.value)}\n`)) await new Promise((r) => io.stdout.once("drain", r));
  }
}
