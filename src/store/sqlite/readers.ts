/**
 * Reader threads: each has its own SQLite connection and answers read operations (reads.ts) by name, so that the
 * thread serving HTTP requests never waits on a long query (a synchronous better-sqlite3 call blocks its thread, and
 * with it every other request and every keep-alive timer). WAL lets them read while a writer commits.
 *
 * With two threads or more, the last one is kept for the reads that go over every event (the aggregates, whole
 * lists), which can take a second on a large store, so that pages and single rows never queue behind them; those go
 * to whichever other thread has the fewest reads in flight.
 */
import { Worker } from "node:worker_threads";
import type { ReadOp, ReadOps } from "./reads.ts";

export interface Readers {
  call<K extends ReadOp>(op: K, ...args: Parameters<ReadOps[K]>): Promise<ReturnType<ReadOps[K]>>;
  close(): Promise<void>;
}

const SLOW: ReadonlySet<ReadOp> = new Set<ReadOp>(["eventSeries", "eventNetwork", "eventFacets", "events", "ceasefireMentions"]);

type Reply = { id: number; value: unknown } | { id: number; error: string };
interface Waiting { resolve: (v: unknown) => void; reject: (e: Error) => void }

export function startReaders(path: string, count: number): Readers {
  const threads = Array.from({ length: Math.max(1, count) }, () => {
    // compiled JavaScript (dist/) runs as is; TypeScript through reader-entry.mjs, which registers tsx's loader first
    const entry = import.meta.url.endsWith(".ts") ? "./reader-entry.mjs" : "./reader-thread.js";
    const worker = new Worker(new URL(entry, import.meta.url), { workerData: { path } });
    const t = { worker, waiting: new Map<number, Waiting>(), failure: null as Error | null };
    const failAll = (e: Error): void => {
      t.failure = e;
      for (const w of t.waiting.values()) w.reject(e);
      t.waiting.clear();
    };
    worker.on("message", (reply: Reply) => {
      const w = t.waiting.get(reply.id);
      t.waiting.delete(reply.id);
      if ("error" in reply) w?.reject(new Error(reply.error));
      else w?.resolve(reply.value);
    });
    worker.on("error", (e) => failAll(e));
    worker.on("exit", (code) => failAll(new Error(`a database reader thread stopped (exit ${code})`)));
    return t;
  });
  let next = 0;
  let closed = false;
  return {
    call(op, ...args) {
      if (closed) return Promise.reject(new Error("the database readers are closed"));
      const lane = threads.length < 2 ? threads : SLOW.has(op) ? threads.slice(-1) : threads.slice(0, -1);
      const live = lane.filter((t) => !t.failure);
      if (live.length === 0) return Promise.reject(lane[0]!.failure!);
      const t = live.reduce((a, b) => (b.waiting.size < a.waiting.size ? b : a));
      const id = next++;
      return new Promise((resolve, reject) => {
        t.waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
        t.worker.postMessage({ id, op, args });
      });
    },
    async close() {
      closed = true;
      await Promise.all(threads.map((t) => (t.failure ? Promise.resolve() : new Promise<void>((resolve) => {
        t.worker.once("exit", () => resolve());
        t.worker.postMessage("close");
      }))));
    },
  };
}
