/**
 * The `parley` command line: one file per command under commands/, listed in command-list.ts. Only the command
 * being run is loaded; the others are registered by name and summary alone, for `--help` and for commander's
 * "did you mean" on a mistyped command. Commands do the I/O and call the library; only the entry (entry.ts) exits.
 */
import { Command, CommanderError } from "commander";
import { processIo, EXIT, type CliIo } from "./io.ts";
import { COMMANDS, invokedCommand } from "./command-list.ts";

export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<void> {
  const program = new Command("parley")
    .description("Code news about wars and peace talks into actors, events, quotes and ceasefires")
    .version("0.1.0")
    .exitOverride()
    .configureOutput({ writeErr: (s) => io.stderr.write(s), writeOut: (s) => io.stdout.write(s) });
  const wanted = invokedCommand(argv);
  for (const entry of COMMANDS) {
    if (entry.name === wanted) (await entry.load()).register(program, io);
    else {
      const listed = program.command(entry.name).description(entry.summary).allowUnknownOption().allowExcessArguments();
      if (entry.args) listed.arguments(entry.args);
      listed.action(() => { throw new Error(`bug: the listing of ${entry.name} ran instead of the command`); });
    }
  }
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
