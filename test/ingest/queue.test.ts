/**
 * Distributed ingest on a real redis-server (redis-server.ts) and real SQLite files — and PostgreSQL where
 * PARLEY_TEST_PG (default postgres:///parley_test) answers: articles queued by one side and stored by workers end
 * exactly as an in-process ingest of the same inputs; the CLI's `ingest --queue --wait` and `worker` as child
 * processes; an unreachable queue is a clear, quick error. Skips where redis-server is absent.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { createCoder } from "../../src/coder.ts";
import { openSqliteStore } from "../../src/store/sqlite/store.ts";
import { readSources } from "../../src/ingest/sources/index.ts";
import { ingest } from "../../src/ingest/run.ts";
import { queueConnection } from "../../src/ingest/queue/connection.ts";
import { enqueue } from "../../src/ingest/queue/producer.ts";
import { startWorker } from "../../src/ingest/queue/worker.ts";
import { redisSkip, startRedis, type RedisServer } from "./redis-server.ts";
import { openStore } from "../../src/store/open.ts";
import { postgresTarget } from "../../src/store/postgres/config.ts";
import type { Store } from "../../src/store/types.ts";
import { PARLEY } from "../cli/parley.ts";

const PG = process.env["PARLEY_TEST_PG"] || "postgres:///parley_test";
/** a store on a fresh schema of the test PostgreSQL, or why there is none (checked within a few seconds) */
async function postgresStore(): Promise<{ store: Store; schema: string } | string> {
  const schema = `q_${randomBytes(6).toString("hex")}`;
  const opened = openStore(`${PG}${PG.includes("?") ? "&" : "?"}schema=${schema}`);
  if (!opened.ok) return opened.error.message;
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([opened.value.counts(), new Promise((_, reject) => { timer = setTimeout(() => reject(new Error("no answer in 8 s")), 8000); })]);
    return { store: opened.value, schema };
  } catch (e) {
    await opened.value.close().catch(() => undefined);
    return `PostgreSQL not reachable at ${PG}: ${(e as Error).message}`;
  } finally {
    clearTimeout(timer);
  }
}

const EXAMPLES = fileURLToPath(new URL("../../examples/", import.meta.url));
const FILES = readdirSync(EXAMPLES).filter((f) => f.endsWith(".txt")).map((f) => join(EXAMPLES, f));
const coder = createCoder();

describe("ingest through a queue", { skip: redisSkip, timeout: 120_000 }, () => {
  let redis: RedisServer;
  let dir: string;
  before(async () => {
    redis = await startRedis();
    dir = mkdtempSync(join(tmpdir(), "parley-queue-"));
  });
  after(async () => {
    await redis?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("two workers store the queued articles as an in-process ingest would; queued again, all are duplicates", async () => {
    const c = queueConnection(redis.url);
    assert.ok(c.ok);
    const local = openSqliteStore(join(dir, "local.db"));
    await ingest(readSources(FILES), { store: local, coder, now: () => new Date("2031-01-01T00:00:00Z") });
    const expected = await local.counts();
    await local.close();

    const store = openSqliteStore(join(dir, "queued.db"));
    const workers = [1, 2].map(() => startWorker({ connection: c.value, store, coder, now: () => new Date("2031-01-01T00:00:00Z") }));
    await Promise.all(workers.map((w) => w.ready));
    const bad = join(dir, "empty.txt");
    writeFileSync(bad, "");
    const first = await enqueue(readSources([...FILES, bad]), { connection: c.value, wait: true });
    assert.equal(first.queued, FILES.length);
    assert.equal(first.rejected.length, 1, "an unreadable input is reported by the producer and never queued");
    assert.equal(first.outcomes.filter((o) => o.kind === "stored").length, expected.articles);
    assert.deepEqual(await store.counts(), expected);
    const again = await enqueue(readSources(FILES), { connection: c.value, wait: true });
    assert.deepEqual(again.outcomes.map((o) => o.kind), FILES.map(() => "duplicate"));
    await Promise.all(workers.map((w) => w.close()));
    await store.close();
  });

  it("two workers writing to one PostgreSQL end as the in-process ingest into SQLite", async (t) => {
    const pgStore = await postgresStore();
    if (typeof pgStore === "string") return t.skip(pgStore);
    const c = queueConnection(redis.url);
    assert.ok(c.ok);
    const local = openSqliteStore(join(dir, "local-pg.db"));
    await ingest(readSources(FILES), { store: local, coder, now: () => new Date("2031-01-01T00:00:00Z") });
    const expected = await local.counts();
    await local.close();
    const workers = [1, 2].map(() => startWorker({ connection: c.value, store: pgStore.store, coder, now: () => new Date("2031-01-01T00:00:00Z") }));
    try {
      await Promise.all(workers.map((w) => w.ready));
      const out = await enqueue(readSources(FILES), { connection: c.value, wait: true });
      assert.deepEqual(out.outcomes.map((o) => o.kind), FILES.map(() => "stored"));
      assert.deepEqual(await pgStore.store.counts(), expected);
    } finally {
      await Promise.all(workers.map((w) => w.close()));
      await pgStore.store.close();
      const target = postgresTarget(PG);
      assert.ok(target.ok);
      const admin = new pg.Client({ ...target.value.pool, options: undefined });
      await admin.connect();
      await admin.query(`DROP SCHEMA IF EXISTS ${pgStore.schema} CASCADE`);
      await admin.end();
    }
  });

  it("the CLI: `parley worker` stores what `parley ingest --queue --wait` queued, and stops on SIGTERM", async () => {
    const db = join(dir, "cli.db");
    const worker = spawn(process.execPath, [...PARLEY, "worker", "--queue", redis.url, "--db", db], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    worker.stdout!.on("data", (d: Buffer) => { out += d.toString(); });
    worker.stderr!.on("data", (d: Buffer) => { err += d.toString(); });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`worker did not start: ${err}`)), 30_000);
      worker.stderr!.on("data", () => { if (err.includes("taking articles")) { clearTimeout(timer); resolve(); } });
    });
    const r = spawnSync(process.execPath, [...PARLEY, "ingest", ...FILES.slice(0, 4), "--queue", redis.url, "--wait", "--json"], { encoding: "utf8" });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), { queued: 4, rejected: 0, new: 4, duplicate: 0, failed: 0 });
    const exited = new Promise<number | null>((resolve) => worker.once("exit", (code) => resolve(code)));
    worker.kill("SIGTERM");
    assert.equal(await exited, 0, err);
    assert.match(out, /^worker: 4 new, 0 duplicate, 0 failed$/m);
    const events = spawnSync(process.execPath, [...PARLEY, "events", "--db", db, "--json"], { encoding: "utf8" });
    assert.ok((JSON.parse(events.stdout) as unknown[]).length > 0);
  });
});

it("an unreachable queue is a clear error within seconds, with no password in it", () => {
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [...PARLEY, "ingest", FILES[0]!, "--queue", "redis://user:secret@127.0.0.1:1", "--wait"], { encoding: "utf8", timeout: 30_000 });
  assert.equal(r.status, 1);
  assert.match(r.stderr, /cannot reach the queue at redis:\/\/user:\*\*\*@127\.0\.0\.1:1/);
  assert.doesNotMatch(r.stderr, /secret/);
  assert.ok(Date.now() - t0 < 20_000);
  const bad = spawnSync(process.execPath, [...PARLEY, "worker", "--queue", "http://example.org"], { encoding: "utf8" });
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /redis:\/\//);
});
