/**
 * The `--dictionaries DIR [--dictionaries-mode add|replace]` option shared by `code`, `eval`, `ingest` and `serve`:
 * our own coder, or one that codes with PETRARCH-format dictionaries laid over ours or alone.
 */
import type { Command } from "commander";
import { createCoder, type Coder } from "../coder.ts";
import { createDictionaryCoder } from "../dictionaries/create.ts";
import { EXIT, fail, type CliIo } from "./io.ts";

export interface DictionaryOptions {
  readonly dictionaries?: string;
  readonly dictionariesMode?: string;
}

export function addDictionaryOptions(command: Command): Command {
  return command
    .option("--dictionaries <dir>", "PETRARCH/TABARI-format actor, agent, verb and discard files to code with")
    .option("--dictionaries-mode <mode>", "add (on top of ours, the default) or replace (theirs alone)", "add");
}

/** The coder the options ask for, or null after reporting why it cannot be made (exit status 2). */
export function coderFor(opts: DictionaryOptions, io: CliIo): Coder | null {
  if (!opts.dictionaries) return createCoder();
  const mode = opts.dictionariesMode ?? "add";
  if (mode !== "add" && mode !== "replace") {
    fail(io, EXIT.badArgs, `--dictionaries-mode must be add or replace, not "${mode}"`);
    return null;
  }
  const made = createDictionaryCoder(opts.dictionaries, mode);
  if (!made.ok) {
    fail(io, EXIT.badArgs, `--dictionaries ${opts.dictionaries}: ${made.error.message}`);
    return null;
  }
  for (const problem of made.value.dictionaries.problems.slice(0, 20)) io.stderr.write(`parley: warning: ${problem}\n`);
  return made.value.coder;
}
