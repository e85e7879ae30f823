/**
 * The process entry of the command line: runs `main` on the process's arguments and turns a bug (a throw) into
 * one report and exit status 70. bin/parley.mjs runs the compiled copy (dist/cli/entry.js); the tests run this
 * file through tsx (`node --import tsx src/cli/entry.ts …`), so they always test the sources.
 */
import { main } from "./main.ts";

try {
  await main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`parley: internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 70;
}
