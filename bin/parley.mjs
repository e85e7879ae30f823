#!/usr/bin/env node
// The `parley` executable: runs the TypeScript CLI through tsx's loader, so there is no build step.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli/main.ts");
try {
  await main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`parley: internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 70;
}
