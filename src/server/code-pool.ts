/**
 * Coding off the request thread: POST /api/articles codes its article on one of a few worker threads, so one large
 * or slow article never holds up the other requests (coding is synchronous and can take seconds). Each article has a
 * time bound: a thread still coding when it runs out is stopped and replaced, and the article is answered with an
 * error value. Articles wait in order for a free thread; the bound counts from when coding starts.
 */
import { Worker } from "node:worker_threads";
import type { ArticleInput, CodedArticle, Result } from "../types.ts";

/** Which coder the threads build: ours, or one with PETRARCH-format dictionaries (see cli/coder-option.ts). */
export interface CoderSpec {
  readonly dictionaries?: string;
  readonly mode?: "add" | "replace";
}

export interface CodePool {
  code(input: ArticleInput): Promise<Result<CodedArticle>>;
  close(): Promise<void>;
}

interface Job { readonly input: ArticleInput; readonly done: (r: Result<CodedArticle>) => void; readonly fail: (e: Error) => void }
interface Slot { worker: Worker; job: Job | null; timer: NodeJS.Timeout | null; ready: boolean }

/**
 * @example const pool = startCodePool({ size: 1, timeoutMs: 30_000 }); const r = await pool.code({ text });
 */
export function startCodePool(o: { readonly size?: number; readonly timeoutMs?: number; readonly spec?: CoderSpec } = {}): CodePool {
  const timeoutMs = o.timeoutMs ?? 30_000;
  const queue: Job[] = [];
  let closed = false;
  let next = 0;
  let broken: Error | null = null;

  // compiled JavaScript (dist/) runs as is; TypeScript through code-entry.mjs, which registers tsx's loader first
  const entry = import.meta.url.endsWith(".ts") ? "./code-entry.mjs" : "./code-thread.js";
  const spawn = (): Slot => {
    const slot: Slot = { worker: new Worker(new URL(entry, import.meta.url), { workerData: { spec: o.spec ?? {} } }), job: null, timer: null, ready: false };
    slot.worker.on("message", (m: { ready?: true; result?: Result<CodedArticle> }) => {
      if (m.ready) { slot.ready = true; pump(); return; }
      finish(slot, (job) => job.done(m.result!));
    });
    slot.worker.on("error", (e) => {
      // a thread that cannot even build its coder would fail the same way again: stop, and say why
      if (!slot.ready) broken = new Error(`the coding thread could not start: ${e.message}`);
      finish(slot, (job) => job.fail(new Error(`the coding thread failed: ${e.message}`)), true);
    });
    slot.worker.on("exit", () => {
      if (closed) return;
      if (broken) { for (const job of queue.splice(0)) job.fail(broken); return; }
      replace(slot);
    });
    return slot;
  };
  const slots: Slot[] = Array.from({ length: Math.max(1, o.size ?? 1) }, spawn);

  function replace(slot: Slot): void {
    const job = slot.job;
    if (slot.timer) clearTimeout(slot.timer);
    slot.job = null;
    job?.fail(new Error("the coding thread stopped while coding"));
    const i = slots.indexOf(slot);
    if (i >= 0 && !closed) { slots[i] = spawn(); }
  }
  function finish(slot: Slot, answer: (job: Job) => void, broken = false): void {
    const job = slot.job;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.job = null;
    if (job) answer(job);
    if (broken) { slot.ready = false; void slot.worker.terminate(); }
    else pump();
  }
  function pump(): void {
    for (const slot of slots) {
      if (!slot.ready || slot.job || queue.length === 0) continue;
      const job = queue.shift()!;
      slot.job = job;
      slot.timer = setTimeout(() => {
        // stopping the thread is the only way to stop synchronous coding; the exit handler starts a fresh one
        const stuck = slot.job;
        slot.job = null;
        slot.ready = false;
        stuck?.done({ ok: false, error: { code: "coding_timeout",
          message: `coding this article took longer than ${timeoutMs / 1000} s, the limit, so it was stopped and not stored; send a shorter text or split it` } });
        void slot.worker.terminate();
      }, timeoutMs);
      slot.worker.postMessage({ id: next++, input: job.input });
    }
  }

  return {
    code(input) {
      if (closed) return Promise.reject(new Error("the coding pool is closed"));
      if (broken) return Promise.reject(broken);
      return new Promise((done, fail) => { queue.push({ input, done, fail }); pump(); });
    },
    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.fail(new Error("the coding pool closed"));
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
