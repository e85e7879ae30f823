/**
 * The bench corpus the throughput benchmarks share: `--corpus PATH` (default ../shared/corpus/bench.jsonl) and
 * `--limit N` (default 2000) from the command line. Exits 0 with a message where the corpus is absent (a user's
 * clone has no ../shared).
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export interface BenchRecord {
  readonly id: string;
  readonly text: string;
  readonly date?: string;
  readonly title?: string;
}

/** The value of `--name` in `args`, or `fallback`. */
export function option(args: readonly string[], name: string, fallback: string): string {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? (args[i + 1] as string) : fallback;
}

export function benchRecords(args: readonly string[] = process.argv.slice(2)): BenchRecord[] {
  const corpus = option(args, "--corpus", fileURLToPath(new URL("../../shared/corpus/bench.jsonl", import.meta.url)));
  const limit = Number(option(args, "--limit", "2000"));
  if (!existsSync(corpus)) {
    console.error(`bench: ${corpus} not found (the shared corpus is only present in CI and on the team's machines); skipping`);
    process.exit(0);
  }
  return readFileSync(corpus, "utf8").split("\n").filter(Boolean).slice(0, limit).map((l) => JSON.parse(l) as BenchRecord);
}
