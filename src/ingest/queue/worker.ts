/**
 * The worker side of distributed ingest (`parley worker`): takes article jobs off the queue, codes each and stores
 * it exactly as `parley ingest` does in-process (run.ts `prepare`: duplicate checks, near-duplicate stories), one
 * transaction per article. Several workers may share a queue and a PostgreSQL database; two that code the same
 * article at once end with one stored and one duplicate, because the store's content hash is unique.
 * An article that cannot be coded is an outcome, not an error: the job completes and is not retried; a job that
 * throws (a bug, a store that is down) is retried by BullMQ and fails after its last attempt.
 */
import { Worker } from "bullmq";
import type { Store } from "../../store/types.ts";
import { prepare, type ArticleCoder, type ItemOutcome } from "../run.ts";
import { QUEUE_NAME, type QueueConnection } from "./connection.ts";
import type { IngestJob, IngestJobResult } from "./job.ts";

export interface WorkerOptions {
  readonly connection: QueueConnection;
  readonly store: Store;
  readonly coder: ArticleCoder;
  readonly now: () => Date;
  /** jobs in flight at once (default 1: coding is CPU-bound; run more workers for more cores) */
  readonly concurrency?: number;
  readonly nearDuplicate?: number;
  readonly onItem?: (outcome: ItemOutcome) => void;
  /** trouble that is not one article's: a lost Redis connection, a job that failed on its last attempt */
  readonly onError?: (message: string) => void;
}

export interface RunningWorker {
  /** resolves once BullMQ and Redis are connected */
  readonly ready: Promise<void>;
  /** stops taking jobs, lets the ones in flight finish, disconnects */
  close(): Promise<void>;
}

/** Codes and stores one queued article; what the job returns. */
export async function processJob(job: IngestJob, o: Omit<WorkerOptions, "connection">): Promise<IngestJobResult> {
  const ingest = { store: o.store, coder: o.coder, now: o.now, ...(o.nearDuplicate !== undefined ? { nearDuplicate: o.nearDuplicate } : {}) };
  const p = await prepare({ ok: true, input: job.input, origin: job.origin }, ingest);
  if (p.kind !== "ready") return p;
  const [out] = await o.store.putArticles([p.record]);
  if (!out) throw new Error("the store returned no outcome for the article");
  return out.status === "duplicate" ? { kind: "duplicate", id: out.id, origin: job.origin }
    : { kind: "stored", id: out.id, events: out.events, merged: out.merged, nearDuplicateOf: p.nearDuplicateOf };
}

/**
 * @example const w = startWorker({ connection, store, coder, now: () => new Date() }); await w.ready; … await w.close();
 */
export function startWorker(o: WorkerOptions): RunningWorker {
  const worker = new Worker<IngestJob, IngestJobResult>(QUEUE_NAME, async (job) => {
    const outcome = await processJob(job.data, o);
    o.onItem?.(outcome);
    return outcome;
  }, { connection: o.connection, concurrency: Math.max(1, o.concurrency ?? 1) });
  // (ioredis keeps reconnecting meanwhile; jobs are retried by BullMQ up to their attempts)
  worker.on("error", (e) => o.onError?.(`queue: ${e.message}`));
  worker.on("failed", (job, e) => {
    if (job && job.attemptsMade >= (job.opts.attempts ?? 1)) o.onError?.(`${job.data.origin}: gave up after ${job.attemptsMade} attempts: ${e.message}`);
  });
  return { ready: worker.waitUntilReady().then(() => undefined), close: () => worker.close() };
}
