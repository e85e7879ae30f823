#!/usr/bin/env node
// The `parley` executable: runs the compiled command line in dist/ (`npm run build`, which `npm ci` runs as the
// `prepare` script). Development runs the TypeScript itself: `npm run parley -- ARGS`.
import { existsSync } from "node:fs";

const entry = new URL("../dist/cli/entry.js", import.meta.url);
if (existsSync(entry)) await import(entry.href);
else {
  process.stderr.write("parley: the compiled command line (dist/cli/entry.js) is missing: run `npm run build` in the project folder (`npm ci` runs it too)\n");
  process.exitCode = 70;
}
