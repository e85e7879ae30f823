/**
 * A background writer: stores articles on a worker thread, so that coding the next articles on the main thread
 * and writing the last ones to SQLite overlap. Each group is one transaction on the worker; a promise resolves
 * only after its group committed, so nothing is reported stored before it is.
 */
import { Worker } from "node:worker_threads";
import type { ArticleRecord, PutOutcome } from "../types.ts";

export interface BackgroundWriter {
  put(records: readonly ArticleRecord[]): Promise<readonly PutOutcome[]>;
  close(): Promise<void>;
}

type Reply = { id: number; outcomes: PutOutcome[] } | { id: number; error: string };

export function startWriter(path: string): BackgroundWriter {
  // the worker runs the same code as this thread: compiled JavaScript as is (dist/), TypeScript through
  // writer-entry.mjs, which registers tsx's loader first
  const entry = import.meta.url.endsWith(".ts") ? "./writer-entry.mjs" : "./writer-thread.js";
  const worker = new Worker(new URL(entry, import.meta.url), { workerData: { path } });
  const waiting = new Map<number, { resolve: (o: readonly PutOutcome[]) => void; reject: (e: Error) => void }>();
  let next = 0;
  let failure: Error | null = null;
  const failAll = (e: Error) => {
    failure = e;
    for (const w of waiting.values()) w.reject(e);
    waiting.clear();
  };
  worker.on("message", (reply: Reply) => {
    const w = waiting.get(reply.id);
    waiting.delete(reply.id);
    if ("error" in reply) w?.reject(new Error(`storing articles failed: ${reply.error}`));
    else w?.resolve(reply.outcomes);
  });
  worker.on("error", (e) => failAll(e));
  worker.on("exit", (code) => { if (waiting.size) failAll(new Error(`the database writer stopped (exit ${code})`)); });
  return {
    put(records) {
      if (failure) return Promise.reject(failure);
      const id = next++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        worker.postMessage({ id, records });
      });
    },
    async close() {
      await new Promise<void>((resolve) => {
        worker.once("exit", () => resolve());
        worker.postMessage("close");
      });
    },
  };
}
