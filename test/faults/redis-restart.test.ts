/**
 * Redis restarted mid-run: articles queued (acknowledged by Redis, which keeps an append-only file as a production
 * queue should), a worker storing them into SQLite, and Redis stopped and started again on the same port while the
 * worker is half-way. Every acknowledged article ends stored, none twice, and the store ends exactly as an in-process
 * ingest of the same inputs. Skips where redis-server is absent.
 */
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openSqliteStore } from "../../src/store/sqlite/store.ts";
import { readSources } from "../../src/ingest/sources/index.ts";
import { ingest, type ArticleCoder } from "../../src/ingest/run.ts";
import { queueConnection } from "../../src/ingest/queue/connection.ts";
import { enqueue } from "../../src/ingest/queue/producer.ts";
import { startWorker } from "../../src/ingest/queue/worker.ts";
import { REDIS_BIN, redisSkip } from "../ingest/redis-server.ts";
import { fixtureCoder } from "../ingest/fixture-coder.ts";
import { writeIngestInput } from "../../bench/load/processes.ts";
import { assertSound, snapshot } from "../ingest/kill-check.ts";

const dir = mkdtempSync(join(tmpdir(), "parley-redis-"));
const N = 120;
const input = writeIngestInput(dir, N, "q");
const NOW = () => new Date("2031-01-01T00:00:00Z");
let redis: ChildProcess | null = null;
after(async () => { await stopRedis(); rmSync(dir, { recursive: true, force: true }); });

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => { const port = (s.address() as { port: number }).port; s.close(() => resolve(port)); });
  });
}

/** redis-server with an fsynced append-only file in `data`, so what it acknowledged survives a restart */
async function startRedis(port: number, data: string): Promise<void> {
  const child = spawn(REDIS_BIN, ["--port", String(port), "--bind", "127.0.0.1", "--dir", data, "--save", "",
    "--appendonly", "yes", "--appendfsync", "always"], { stdio: ["ignore", "pipe", "pipe"] });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("redis-server did not start within 10 s")), 10_000);
    child.stdout!.on("data", (d: Buffer) => { if (/Ready to accept connections/i.test(d.toString())) { clearTimeout(timer); resolve(); } });
    child.once("exit", (code) => { clearTimeout(timer); reject(new Error(`redis-server exited with ${code}`)); });
  });
  redis = child;
}
function stopRedis(): Promise<void> {
  const child = redis;
  redis = null;
  return new Promise((resolve) => {
    if (!child || child.exitCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

test("Redis restarted while a worker stores queued articles: none lost, none twice, the same store as one ingest", { skip: redisSkip, timeout: 180_000 }, async () => {
  const clean = join(dir, "clean.db");
  const local = openSqliteStore(clean);
  await ingest(readSources([input]), { store: local, coder: fixtureCoder(), now: NOW });
  await local.close();
  const expected = await snapshot(clean);

  const port = await freePort();
  const data = join(dir, "redis");
  mkdirSync(data);
  await startRedis(port, data);
  const c = queueConnection(`redis://127.0.0.1:${port}`);
  assert.ok(c.ok);
  const queued = await enqueue(readSources([input]), { connection: c.value });
  assert.equal(queued.queued, N, "every article acknowledged by Redis");

  const db = join(dir, "queued.db");
  const store = openSqliteStore(db);
  const base = fixtureCoder();
  // a little work per article, so the restart lands mid-run
  const coder: ArticleCoder = { code: (i) => { const until = Date.now() + 15; while (Date.now() < until) { /* busy */ } return base.code(i); } };
  const errors: string[] = [];
  const worker = startWorker({ connection: c.value, store, coder, now: NOW, onError: (m) => errors.push(m) });
  try {
    await worker.ready;
    const waitFor = async (n: number, ms: number): Promise<number> => {
      const until = Date.now() + ms;
      let have = 0;
      while (Date.now() < until && (have = (await store.counts()).articles) < n) await new Promise((r) => setTimeout(r, 50));
      return have;
    };
    assert.ok(await waitFor(30, 60_000) >= 30);
    await stopRedis();
    const during = (await store.counts()).articles;
    await new Promise((r) => setTimeout(r, 1500));
    await startRedis(port, data);
    const have = await waitFor(N, 120_000);
    assert.equal(have, N, `stored after the restart (${during} before it); worker errors: ${errors.slice(0, 3).join(" | ")}`);
    assert.ok(during < N, `the restart came mid-run: ${during} of ${N} stored`);
  } finally {
    await worker.close();
    await store.close();
  }
  const final = await snapshot(db);
  assertSound(final, "after the restart");
  assert.deepEqual(final, expected);
});
