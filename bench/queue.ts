/**
 * Distributed ingest next to in-process ingest: `node --import tsx bench/queue.ts [--limit N] [--workers W]`.
 * Starts a throwaway redis-server (skips with a message where there is none), writes the first N articles of
 * ../shared/corpus/bench.jsonl to a temp JSONL file, then times, as child processes a user would run,
 * `parley ingest FILE` into one SQLite file and `parley ingest FILE --queue … --wait` with W `parley worker`s
 * storing into another, and prints one JSON line with both times, their ratio and the stored counts.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { redisSkip, startRedis } from "../test/ingest/redis-server.ts";

const { values } = parseArgs({ options: {
  limit: { type: "string", default: "1000" },
  workers: { type: "string", default: "2" },
  file: { type: "string", default: resolve(import.meta.dirname, "../../shared/corpus/bench.jsonl") },
} });
if (redisSkip) { console.error(`bench: ${redisSkip}; skipping`); process.exit(0); }
if (!existsSync(values.file)) { console.error(`bench: ${values.file} not found; skipping`); process.exit(0); }
const BIN = resolve(import.meta.dirname, "../bin/parley.mjs");
const dir = mkdtempSync(join(tmpdir(), "parley-bench-queue-"));
const input = join(dir, "in.jsonl");
writeFileSync(input, `${readFileSync(values.file, "utf8").split("\n").filter((l) => l.trim()).slice(0, Number(values.limit)).join("\n")}\n`);
const redis = await startRedis();
try {
  let t0 = performance.now();
  const local = spawnSync(process.execPath, [BIN, "ingest", input, "--db", join(dir, "local.db"), "--json"], { encoding: "utf8" });
  const localS = (performance.now() - t0) / 1000;
  const db = join(dir, "queued.db");
  const workers = Array.from({ length: Number(values.workers) }, () =>
    spawn(process.execPath, [BIN, "worker", "--queue", redis.url, "--db", db], { stdio: ["ignore", "pipe", "pipe"] }));
  await Promise.all(workers.map((w) => new Promise<void>((ok) => w.stderr!.on("data", (d: Buffer) => { if (d.toString().includes("taking articles")) ok(); }))));
  t0 = performance.now();
  const queued = spawnSync(process.execPath, [BIN, "ingest", input, "--queue", redis.url, "--wait", "--json"], { encoding: "utf8" });
  const queuedS = (performance.now() - t0) / 1000;
  await Promise.all(workers.map((w) => new Promise<void>((ok) => { w.once("exit", () => ok()); w.kill("SIGTERM"); })));
  console.log(JSON.stringify({
    bench: "queue", articles: Number(values.limit), workers: Number(values.workers),
    in_process_seconds: Math.round(localS * 10) / 10, queued_seconds: Math.round(queuedS * 10) / 10,
    ratio: Math.round((queuedS / localS) * 100) / 100,
    in_process: JSON.parse(local.stdout || "null"), queued: JSON.parse(queued.stdout || "null"),
  }));
} finally {
  await redis.stop();
  rmSync(dir, { recursive: true, force: true });
}
