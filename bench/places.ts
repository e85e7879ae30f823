/**
 * What the world gazetteer costs: `node --import tsx bench/places.ts [--runs N]`. Each run is a fresh child
 * process (the gazetteer loads once per process) that loads it from the derived file (data/places/world/, built by
 * `npm run build:places`) and, once, by deriving it from the packages; prints one JSON line with the median load
 * time and the resident memory it adds (RSS after a GC, minus RSS before), and the time of the lookups of one
 * article's capitalised words.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { WORLD_FILE } from "../src/places/world/load.ts";

const { values } = parseArgs({ options: { runs: { type: "string", default: "5" }, child: { type: "string" } } });

if (values.child) {
  // in the child: load once, measure, print one JSON object
  const { loadGazetteer } = await import("../src/places/gazetteer.ts");
  const { loadWorldGazetteer } = await import("../src/places/world/load.ts");
  loadGazetteer();
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage().rss;
  const t0 = performance.now();
  const world = loadWorldGazetteer(values.child);
  const loadMs = performance.now() - t0;
  gc?.();
  const addedMb = (process.memoryUsage().rss - before) / 1e6;
  const words = ["Tripoli", "Kidal", "Komarno", "Reading", "Of", "Al Karamah", "Sindh", "Wanlaweyn", "Moscow", "Lviv"];
  const t1 = performance.now();
  for (let i = 0; i < 1000; i++) for (const w of words) world.lookup(w.toLowerCase());
  const lookupUs = ((performance.now() - t1) * 1000) / (1000 * words.length);
  console.log(JSON.stringify({ loadMs, addedMb, lookupUs }));
} else {
  const run = (file: string): { loadMs: number; addedMb: number; lookupUs: number } => {
    const r = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", import.meta.filename, "--child", file], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`bench/places.ts child failed: ${r.stderr}`);
    return JSON.parse(r.stdout.trim().split("\n").at(-1) ?? "{}");
  };
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
  if (!existsSync(WORLD_FILE)) console.error(`bench: ${WORLD_FILE} is missing; run \`npm run build:places\` (timing the in-memory derivation instead)`);
  const runs = Array.from({ length: Math.max(1, Number(values.runs)) }, () => run(WORLD_FILE));
  const derived = run("/nonexistent/places.tsv");
  const r1 = (x: number): number => Math.round(x * 10) / 10;
  console.log(JSON.stringify({
    bench: "world gazetteer", runs: runs.length,
    load_ms: r1(median(runs.map((r) => r.loadMs))), rss_added_mb: r1(median(runs.map((r) => r.addedMb))),
    lookup_us: r1(median(runs.map((r) => r.lookupUs))),
    derive_in_memory_ms: r1(derived.loadMs), derive_in_memory_rss_added_mb: r1(derived.addedMb),
  }));
}
