/**
 * Start-up time of the command a user runs: `node --import tsx bench/startup.ts [--runs N]`. Times bin/parley.mjs
 * (the compiled command line in dist/, so run `npm run build` first) as child processes, wall clock, and prints
 * one JSON line with the median of N runs (default 5) of `--help`, `code` on one short article, and `events`
 * on a small database, next to the lines of the issue (`--help` ≤ 0.3 s, coding one short article ≤ 1.5 s).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { runs: { type: "string", default: "5" } } });
const runs = Math.max(1, Number(values.runs));
const root = resolve(import.meta.dirname, "..");
const bin = join(root, "bin", "parley.mjs");
if (!existsSync(join(root, "dist", "cli", "entry.js"))) {
  console.error("bench: dist/ is not built; run `npm run build` first");
  process.exit(1);
}
const article = join(root, "examples", "04-truce-announced.txt");
const dir = mkdtempSync(join(tmpdir(), "parley-startup-"));
const db = join(dir, "bench.db");

/** Median wall time in seconds of `parley ARGS`, which must succeed. */
function time(args: readonly string[]): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8" });
    times.push((performance.now() - t0) / 1000);
    if (r.status !== 0) throw new Error(`parley ${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(times.length / 2)]! * 1000) / 1000;
}

try {
  const ingested = spawnSync(process.execPath, [bin, "ingest", join(root, "examples"), "--db", db], { encoding: "utf8" });
  if (ingested.status !== 0) throw new Error(`ingest exited ${ingested.status}: ${ingested.stderr}`);
  const help = time(["--help"]);
  const code = time(["code", article, "--json"]);
  const events = time(["events", "--db", db, "--json"]);
  console.log(JSON.stringify({
    bench: "startup", runs, help_s: help, code_short_article_s: code, events_s: events,
    article_words: readFileSync(article, "utf8").split(/\s+/).length,
    help_line_s: 0.3, code_line_s: 1.5, within_lines: help <= 0.3 && code <= 1.5,
  }));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
