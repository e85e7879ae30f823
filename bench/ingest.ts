/**
 * Ingest throughput next to coding alone: `node --import tsx bench/ingest.ts [--limit N] [--file PATH]
 * [--coder fixture]`. Codes the first N articles of ../shared/corpus/bench.jsonl with `coder.code` alone, then
 * ingests the same articles into a fresh temp database, and prints one JSON line with articles/s and the ratio
 * of ingest time to coding time (storage must not dominate: the target is at most 1.5). With the real coder it
 * also times the two commands a user runs, `parley code --batch IN --jsonl` and `parley ingest IN`, as child
 * processes on the same articles (`cli_ratio`).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import type { ArticleInput } from "../src/types.ts";
import { openSqliteStore } from "../src/store/sqlite/store.ts";
import { ingest, type ArticleCoder } from "../src/ingest/run.ts";
import { parseRecord } from "../src/ingest/sources/jsonl.ts";
import type { SourceItem } from "../src/ingest/sources/item.ts";

const { values } = parseArgs({ options: {
  limit: { type: "string", default: "20000" },
  file: { type: "string", default: resolve(import.meta.dirname, "../../shared/corpus/bench.jsonl") },
  coder: { type: "string", default: "real" },
} });
const limit = Number(values.limit);
const lines = readFileSync(values.file, "utf8").split("\n").filter((l) => l.trim()).slice(0, limit);
const items: SourceItem[] = lines.map((l, i) => parseRecord(l, `${values.file}:${i + 1}`));
const inputs: ArticleInput[] = items.flatMap((i) => (i.ok ? [i.input] : []));

async function makeCoder(): Promise<ArticleCoder> {
  if (values.coder === "fixture") return (await import("../test/ingest/fixture-coder.ts")).fixtureCoder();
  return (await import("../src/index.ts")).createCoder();
}

const coder = await makeCoder();
let t0 = performance.now();
let events = 0;
for (const input of inputs) { const r = coder.code(input); if (r.ok) events += r.value.events.length; }
const codeS = (performance.now() - t0) / 1000;

const dir = mkdtempSync(join(tmpdir(), "parley-bench-"));
const store = openSqliteStore(join(dir, "bench.db"), { backgroundWrites: true });
t0 = performance.now();
const summary = await ingest(items, { store, coder, now: () => new Date() });
const ingestS = (performance.now() - t0) / 1000;
const counts = await store.counts();
await store.close();
rmSync(dir, { recursive: true, force: true });

/** wall seconds of `parley ARGS` on the same articles, output discarded */
function cli(args: readonly string[]): number {
  const bin = resolve(import.meta.dirname, "../bin/parley.mjs");
  const t = performance.now();
  const r = spawnSync(process.execPath, [bin, ...args], { stdio: ["ignore", openSync("/dev/null", "w"), "ignore"] });
  if (r.status !== 0 && r.status !== 1) throw new Error(`parley ${args.join(" ")} exited ${r.status}`);
  return (performance.now() - t) / 1000;
}
let cliFigures = {};
if (values.coder === "real") {
  const cliDir = mkdtempSync(join(tmpdir(), "parley-bench-cli-"));
  const input = join(cliDir, "in.jsonl");
  writeFileSync(input, `${lines.join("\n")}\n`);
  const batchS = cli(["code", "--batch", input, "--jsonl"]);
  const ingestCliS = cli(["ingest", input, "--db", join(cliDir, "cli.db")]);
  rmSync(cliDir, { recursive: true, force: true });
  cliFigures = { cli_code_batch_s: +batchS.toFixed(2), cli_ingest_s: +ingestCliS.toFixed(2), cli_ratio: +(ingestCliS / batchS).toFixed(3) };
}

process.stdout.write(`${JSON.stringify({
  bench: "ingest", coder: values.coder, articles: inputs.length, coded_events: events,
  code_s: +codeS.toFixed(2), code_articles_per_s: +(inputs.length / codeS).toFixed(1),
  ingest_s: +ingestS.toFixed(2), ingest_articles_per_s: +(inputs.length / ingestS).toFixed(1),
  ratio: +(ingestS / codeS).toFixed(3), stored: summary.stored, duplicate: summary.duplicate, failed: summary.failed,
  near_duplicates: summary.nearDuplicates, events: counts.events, event_mentions: counts.event_mentions,
  ...cliFigures,
})}\n`);
