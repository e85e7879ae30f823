/**
 * Ingest throughput next to coding alone: `node --import tsx bench/ingest.ts [--limit N] [--file PATH]
 * [--coder fixture]`. Codes the first N articles of ../shared/corpus/bench.jsonl with `coder.code` alone, then
 * ingests the same articles into a fresh temp database, and prints one JSON line with articles/s and the ratio
 * of ingest time to coding time (storage must not dominate: the target is at most 1.5).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
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
const items: SourceItem[] = readFileSync(values.file, "utf8").split("\n").filter((l) => l.trim()).slice(0, limit)
  .map((l, i) => parseRecord(l, `${values.file}:${i + 1}`));
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
const store = openSqliteStore(join(dir, "bench.db"));
t0 = performance.now();
const summary = await ingest(items, { store, coder, now: () => new Date() });
const ingestS = (performance.now() - t0) / 1000;
const counts = await store.counts();
await store.close();
rmSync(dir, { recursive: true, force: true });

process.stdout.write(`${JSON.stringify({
  bench: "ingest", coder: values.coder, articles: inputs.length, coded_events: events,
  code_s: +codeS.toFixed(2), code_articles_per_s: +(inputs.length / codeS).toFixed(1),
  ingest_s: +ingestS.toFixed(2), ingest_articles_per_s: +(inputs.length / ingestS).toFixed(1),
  ratio: +(ingestS / codeS).toFixed(3), stored: summary.stored, duplicate: summary.duplicate, failed: summary.failed,
  near_duplicates: summary.nearDuplicates, events: counts.events, event_mentions: counts.event_mentions,
})}\n`);
