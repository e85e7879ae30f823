/**
 * The `parley` command line: one file per command under commands/, wired here. Commands do the I/O and call the
 * library; only this file's caller (bin/parley.mjs) exits.
 */
import { Command, CommanderError } from "commander";
import { processIo, EXIT } from "./io.ts";
import * as code from "./commands/code.ts";
import * as evalCmd from "./commands/eval.ts";
import * as ingest from "./commands/ingest.ts";
import * as watch from "./commands/watch.ts";
import * as events from "./commands/events.ts";
import * as actors from "./commands/actors.ts";
import * as ceasefires from "./commands/ceasefires.ts";
import * as exportCmd from "./commands/export.ts";
import * as serve from "./commands/serve.ts";
import * as token from "./commands/token.ts";
import * as dictionaries from "./commands/dictionaries.ts";
import * as worker from "./commands/worker.ts";
import * as parseCmd from "./commands/parse.ts";
import * as evalParse from "./commands/eval-parse.ts";

export async function main(argv: readonly string[]): Promise<void> {
  const io = processIo();
  const program = new Command("parley")
    .description("Code news about wars and peace talks into actors, events, quotes and ceasefires")
    .version("0.1.0")
    .exitOverride()
    .configureOutput({ writeErr: (s) => io.stderr.write(s), writeOut: (s) => io.stdout.write(s) });
  for (const command of [code, parseCmd, evalCmd, evalParse, ingest, worker, watch, events, actors, ceasefires, exportCmd, serve, token, dictionaries]) command.register(program, io);
  try {
    await program.parseAsync([...argv], { from: "user" });
  } catch (e) {
    if (e instanceof CommanderError) {
      process.exitCode = e.exitCode === 0 ? 0 : EXIT.badArgs;
      return;
    }
    throw e;
  }
}
