/** `parley code FILE [--json]` and `parley code --batch IN.jsonl --jsonl`. */
import { readFileSync, statSync } from "node:fs";
import { extname } from "node:path";
import type { Command } from "commander";
import type { Coder } from "../../coder.ts";
import { addDictionaryOptions, coderFor, type DictionaryOptions } from "../coder-option.ts";
import type { ArticleInput } from "../../types.ts";
import { EXIT, fail, type CliIo } from "../io.ts";
import { printArticle } from "../print-article.ts";
import { readRecords } from "../records.ts";

/** the largest single file `parley code` will read; the reader applies its own, smaller, text limit */
const MAX_FILE_BYTES = 64 * 1024 * 1024;

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
      const coder = coderFor(opts, io);
      if (!coder) return;
      if (opts.batch) return codeBatch(opts.batch, coder, io);
      if (!file) return fail(io, EXIT.badArgs, "code: give a FILE (or -), or --batch IN.jsonl");
      const loaded = readInput(file);
      if (!loaded.ok) return fail(io, EXIT.badInput, `${file}: ${loaded.message}`);
      const result = coder.code({ ...loaded.input, ...(opts.date ? { date: opts.date } : {}) });
      if (!result.ok) return fail(io, EXIT.badInput, `${file}: ${result.error.code}: ${result.error.message}`);
      io.stdout.write(opts.json ? `${JSON.stringify(result.value, null, 2)}\n` : printArticle(result.value));
    });
}

function readInput(file: string): { ok: true; input: ArticleInput } | { ok: false; message: string } {
  try {
    if (file !== "-" && statSync(file).size > MAX_FILE_BYTES) return { ok: false, message: `file is larger than ${MAX_FILE_BYTES} bytes` };
    const text = readFileSync(file === "-" ? 0 : file).toString("utf8");
    const ext = extname(file).toLowerCase();
    const format = ext === ".html" || ext === ".htm" ? "html" : ext === ".txt" || ext === ".md" ? "text" : undefined;
    return { ok: true, input: { text, ...(format ? { format } : {}) } };
  } catch (e) {
    return { ok: false, message: (e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (e as Error).message };
  }
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
