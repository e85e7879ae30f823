/**
 * Where the ingest queue lives: a Redis URL (`redis://host:6379`, `rediss://…` for TLS), checked before anything
 * connects, and the BullMQ connection options made from it. The URL comes from the operator, not from articles.
 */
import { Redis } from "ioredis";
import type { Result } from "../../types.ts";

/** the BullMQ queue every producer and worker of one Redis shares */
export const QUEUE_NAME = "parley-ingest";

export interface QueueConnection {
  readonly url: string;
  /** BullMQ's workers need blocking commands that never give up */
  readonly maxRetriesPerRequest: null;
}

/**
 * @example queueConnection("redis://127.0.0.1:6379") // ok: { url, maxRetriesPerRequest: null }
 */
export function queueConnection(url: string): Result<QueueConnection> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, error: { code: "bad_queue", message: `--queue takes a redis:// URL, not "${redact(url)}"` } };
  }
  if (parsed.protocol !== "redis:" && parsed.protocol !== "rediss:") {
    return { ok: false, error: { code: "bad_queue", message: `--queue takes a redis:// or rediss:// URL, not ${parsed.protocol}//…` } };
  }
  return { ok: true, value: { url, maxRetriesPerRequest: null } };
}

/** the URL without its password, for messages */
export function redact(url: string): string {
  return url.replace(/\/\/([^@/]*)@/, (_, cred: string) => `//${cred.includes(":") ? `${cred.split(":")[0]}:***` : "***"}@`);
}

/**
 * Checks once, within `timeoutMs`, that the queue's Redis answers — before BullMQ, which would retry for ever.
 */
export async function probeQueue(c: QueueConnection, timeoutMs = 5000): Promise<Result<void>> {
  const redis = new Redis(c.url, { lazyConnect: true, connectTimeout: timeoutMs, maxRetriesPerRequest: 0, retryStrategy: () => null, enableOfflineQueue: false });
  let cause: Error | null = null;
  redis.on("error", (e: Error) => { cause = e; }); // the failure is the value returned below
  try {
    await redis.connect();
    await redis.ping();
    return { ok: true, value: undefined };
  } catch (e) {
    const why = (cause as Error | null)?.message ?? (e as Error).message;
    return { ok: false, error: { code: "queue_unreachable", message: `cannot reach the queue at ${redact(c.url)}: ${why}` } };
  } finally {
    redis.disconnect();
  }
}
