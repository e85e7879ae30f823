/**
 * How the tests run the command line: the TypeScript entry through tsx, so that they test the sources and not a
 * build in dist/ that may be older. `spawnSync(process.execPath, [...PARLEY, "code", file])`.
 * bin/parley.mjs itself (which runs dist/) is tested in test/cli/bin.test.ts.
 */
import { fileURLToPath } from "node:url";

export const ENTRY = fileURLToPath(new URL("../../src/cli/entry.ts", import.meta.url));
export const PARLEY: readonly string[] = ["--import", "tsx", ENTRY];
