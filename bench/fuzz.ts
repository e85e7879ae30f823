/**
 * `npm run bench` (last step): the long fuzz run. In process, it feeds the coder, the reader, the JSONL line parser
 * and the feed parser many generated inputs (test/fuzz/nasty.ts) and counts throws; then, as a user runs it, it
 * writes a JSONL batch of generated records and runs `parley code --batch --jsonl` over it, checking that every
 * record gives exactly one output line or one error line. Prints one JSON line: inputs tried, crashes, dropped
 * records, and the slowest input. Options: --runs N (default 2000), --cli-records N (default 20000), --seed N.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { createCoder } from "../src/index.ts";
import { readArticle } from "../src/read/index.ts";
import { parseFeed } from "../src/ingest/sources/feed.ts";
import { parseRecord } from "../src/ingest/sources/jsonl.ts";
import type { ArticleInput } from "../src/types.ts";
import { arbRecord, arbText, nastyFeeds, nastyRecords, nastyTexts } from "../test/fuzz/nasty.ts";

const args = process.argv.slice(2);
const opt = (name: string, dflt: number): number => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? Number(args[i + 1]) : dflt;
};
const runs = opt("--runs", 2000);
const cliRecords = opt("--cli-records", 20_000);
const seed = opt("--seed", 42);

const coder = createCoder();
let tried = 0;
const crashes: string[] = [];
let slowest = { what: "", ms: 0, chars: 0 };

/** Runs one input, counting a throw as a crash and keeping the slowest. */
function attempt(what: string, chars: number, fn: () => unknown): void {
  tried++;
  const started = performance.now();
  try {
    fn();
  } catch (e) {
    crashes.push(`${what}: ${(e as Error).message}`);
  }
  const ms = performance.now() - started;
  if (ms > slowest.ms) slowest = { what, ms, chars };
}

const size = (v: unknown): number => (typeof v === "string" ? v.length : (JSON.stringify(v) ?? "").length);

for (const [what, text] of nastyTexts()) {
  attempt(`read ${what}`, text.length, () => readArticle({ text }));
  attempt(`code ${what}`, text.length, () => coder.code({ id: "nasty", text }));
}
for (const [what, record] of nastyRecords()) attempt(`code ${what}`, size(record), () => coder.code(record as ArticleInput));
for (const [what, xml] of nastyFeeds()) attempt(`feed ${what}`, xml.length, () => parseFeed(xml));

fc.sample(arbRecord, { numRuns: runs, seed }).forEach((record, i) => {
  attempt(`code random record ${i} (seed ${seed})`, size(record), () => coder.code(record as ArticleInput));
});
fc.sample(arbText, { numRuns: runs, seed: seed + 1 }).forEach((text, i) => {
  attempt(`read random text ${i} as html (seed ${seed + 1})`, text.length, () => readArticle({ text, format: "html" }));
  attempt(`feed random text ${i}`, text.length, () => parseFeed(`<rss><channel><item><description>${text}</description></item></channel></rss>`));
  attempt(`jsonl random line ${i}`, text.length, () => parseRecord(text.replace(/\n/g, " "), "fuzz.jsonl:1"));
});

// ---- the CLI, as a user runs it --------------------------------------------------------------------------------
const BIN = fileURLToPath(new URL("../bin/parley.mjs", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "parley-fuzz-bench-"));
const path = join(dir, "fuzz.jsonl");
const nasty = [...nastyTexts().filter(([, t]) => t.length < 2_000_000).map(([, text]) => ({ text })), ...nastyRecords().map(([, r]) => r)];
const wellTyped = fc.record({ text: arbText, date: fc.constantFrom("2021-02-30", "2021-03-01", "99999-01-01", "") });
const mixed = fc.oneof(arbRecord, wellTyped);
const lines = fc.sample(mixed, { numRuns: cliRecords, seed: seed + 2 }).map((r, i) => {
  // every tenth record is a nasty one; records get a string id most of the time (the CLI requires one)
  const base = i % 10 === 0 ? nasty[(i / 10) % nasty.length] : r;
  const record = base !== null && typeof base === "object" && !Array.isArray(base) && i % 7 !== 0 ? { ...base, id: `f${i}` } : base;
  return JSON.stringify(record) ?? "null";
});
writeFileSync(path, `${lines.join("\n")}\n`);
const started = performance.now();
const run = spawnSync(process.execPath, [BIN, "code", "--batch", path, "--jsonl"], { encoding: "utf8", maxBuffer: 2 * 1024 * 1024 * 1024 });
const cliSeconds = (performance.now() - started) / 1000;
const outputs = run.stdout.split("\n").filter((l) => l !== "");
const errors = run.stderr.split("\n").filter((l) => l !== "");
const badOutputs = outputs.filter((l) => { try { JSON.parse(l); return false; } catch { return true; } }).length;
// one line per bad record: "parley: FILE:LINE (ID): code: message"; anything else (a stack trace, a library's
// console output) or an internal error is a defect
const strayErrors = errors.filter((l) => !l.startsWith(`parley: ${path}:`) || / internal error: /.test(l));
const cliCrashed = run.status !== 0 && run.status !== 1;
const dropped = lines.length - outputs.length - errors.length;

console.log(JSON.stringify({
  bench: "fuzz",
  in_process: { inputs: tried, crashes: crashes.length, first_crashes: crashes.slice(0, 5) },
  slowest: { input: slowest.what, ms: Math.round(slowest.ms), chars: slowest.chars },
  cli: {
    records: lines.length, outputs: outputs.length, error_lines: errors.length, dropped, unparsable_outputs: badOutputs,
    stray_stderr_lines: strayErrors.length, first_stray: strayErrors.slice(0, 3).map((l) => l.slice(0, 200)),
    exit: run.status, crashed: cliCrashed, seconds: Math.round(cliSeconds),
  },
}));
if (crashes.length || cliCrashed || dropped !== 0 || badOutputs || strayErrors.length) process.exitCode = 1;
