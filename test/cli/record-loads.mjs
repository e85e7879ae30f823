// `node --import tsx --import ./record-loads.mjs …` appends the URL of every module the program resolves to the
// file named by PARLEY_LOADS_FILE, one a line: what test/cli/commands.test.ts reads to see what a command loads.
import { register } from "node:module";

register("./record-loads-hooks.mjs", import.meta.url, { data: { file: process.env.PARLEY_LOADS_FILE } });
