/**
 * The producer side of distributed ingest (`parley ingest --queue`): reads the sources here — files, feeds and
 * URLs are fetched by the producer, so workers need no network access — and queues one job per article. Inputs
 * that cannot be read are reported here and never queued. With `wait`, it follows every job to the end.
 */
import { Queue, QueueEvents, type Job } from "bullmq";
import type { ParleyIssue } from "../../types.ts";
import type { SourceItem } from "../sources/item.ts";
import type { ItemOutcome } from "../run.ts";
import { probeQueue, QUEUE_NAME, type QueueConnection } from "./connection.ts";
import type { IngestJob, IngestJobResult } from "./job.ts";

export interface EnqueueOptions {
  readonly connection: QueueConnection;
  /** follow every queued job until a worker has stored (or rejected) its article */
  readonly wait?: boolean;
  /** jobs added per round trip (default 100) */
  readonly chunk?: number;
  /** called for each input as it is queued or rejected, and with `wait` for each outcome */
  readonly onItem?: (event: { readonly kind: "queued"; readonly origin: string } | { readonly kind: "rejected"; readonly issue: ParleyIssue } | { readonly kind: "done"; readonly outcome: ItemOutcome }) => void;
}

export interface EnqueueSummary {
  readonly queued: number;
  readonly rejected: readonly ParleyIssue[];
  /** with `wait`: what the workers made of the queued articles, in queue order */
  readonly outcomes: readonly ItemOutcome[];
}

/** jobs are kept a while after they end, so a waiting producer can read their results, then dropped */
const KEEP = { age: 24 * 3600, count: 100_000 } as const;

/**
 * @example await enqueue(readSources(["news.jsonl"]), { connection, wait: true })
 */
export async function enqueue(items: AsyncIterable<SourceItem> | Iterable<SourceItem>, o: EnqueueOptions): Promise<EnqueueSummary> {
  const reachable = await probeQueue(o.connection);
  if (!reachable.ok) throw new Error(reachable.error.message);
  const queue = new Queue<IngestJob, IngestJobResult>(QUEUE_NAME, { connection: o.connection });
  const events = o.wait ? new QueueEvents(QUEUE_NAME, { connection: o.connection }) : null;
  // a connection lost later is retried by ioredis; BullMQ would otherwise print each attempt
  queue.on("error", () => {});
  events?.on("error", () => {});
  const rejected: ParleyIssue[] = [];
  const jobs: Job<IngestJob, IngestJobResult>[] = [];
  try {
    await queue.waitUntilReady();
    await events?.waitUntilReady();
    let pending: IngestJob[] = [];
    const flush = async (): Promise<void> => {
      if (!pending.length) return;
      const added = await queue.addBulk(pending.map((data) => ({
        name: "article", data, opts: { attempts: 3, backoff: { type: "exponential", delay: 1000 }, removeOnComplete: KEEP, removeOnFail: KEEP },
      })));
      jobs.push(...added);
      for (const j of pending) o.onItem?.({ kind: "queued", origin: j.origin });
      pending = [];
    };
    for await (const item of items) {
      if (!item.ok) {
        rejected.push(item.error);
        o.onItem?.({ kind: "rejected", issue: item.error });
        continue;
      }
      pending.push({ input: item.input, origin: item.origin });
      if (pending.length >= (o.chunk ?? 100)) await flush();
    }
    await flush();
    const outcomes: ItemOutcome[] = [];
    if (events) {
      for (const job of jobs) {
        let outcome: ItemOutcome;
        try {
          outcome = await job.waitUntilFinished(events);
        } catch (e) {
          // the worker threw on every attempt: a bug or a store that would not take the article
          outcome = { kind: "failed", issue: { code: "worker_failed", message: (e as Error).message, path: job.data.origin } };
        }
        outcomes.push(outcome);
        o.onItem?.({ kind: "done", outcome });
      }
    }
    return { queued: jobs.length, rejected, outcomes };
  } finally {
    await events?.close();
    await queue.close();
  }
}
