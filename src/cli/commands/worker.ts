/**
 * `parley worker --queue redis://… [--db URL]`: takes the articles `parley ingest --queue` queued, codes and stores
 * them, until SIGINT or SIGTERM (the articles in flight are finished first). Prints a summary line when it stops.
 */
import type { Command } from "commander";
import { addDictionaryOptions, coderFor, type DictionaryOptions } from "../coder-option.ts";
import { defaultDb, openStore } from "../../store/open.ts";
import { probeQueue, queueConnection, redact } from "../../ingest/queue/connection.ts";
import { startWorker } from "../../ingest/queue/worker.ts";
import { EXIT, fail, type CliIo } from "../io.ts";

interface WorkerCliOptions extends DictionaryOptions {
  readonly queue?: string;
  readonly db?: string;
  readonly concurrency?: string;
}

export function register(program: Command, io: CliIo): void {
  const command = program
    .command("worker")
    .description("code and store the articles queued by `parley ingest --queue`, until stopped (SIGINT/SIGTERM)")
    .requiredOption("--queue <url>", "the Redis the articles are queued on (redis://host:port)")
    .option("--db <path>", "SQLite file or postgres:// URL (default: $PARLEY_DB or ./parley.db)")
    .option("--concurrency <n>", "articles in flight at once in this process", "1");
  addDictionaryOptions(command).action(async (opts: WorkerCliOptions) => { await runWorker(opts, io); });
}

async function runWorker(opts: WorkerCliOptions, io: CliIo): Promise<void> {
  const connection = queueConnection(opts.queue ?? "");
  if (!connection.ok) return fail(io, EXIT.badArgs, `worker: ${connection.error.message}`);
  const concurrency = Number(opts.concurrency ?? "1");
  if (!Number.isInteger(concurrency) || concurrency < 1) return fail(io, EXIT.badArgs, "worker: --concurrency takes a whole number of 1 or more");
  const reachable = await probeQueue(connection.value);
  if (!reachable.ok) return fail(io, EXIT.badInput, `worker: ${reachable.error.message}`);
  const coder = coderFor(opts, io);
  if (!coder) return;
  const opened = openStore(opts.db ?? defaultDb(process.env));
  if (!opened.ok) return fail(io, EXIT.badArgs, opened.error.message);
  const store = opened.value;
  let stored = 0, duplicate = 0, failed = 0;
  const worker = startWorker({
    connection: connection.value, store, coder, now: () => new Date(), concurrency,
    onItem: (o) => {
      if (o.kind === "stored") stored++;
      else if (o.kind === "duplicate") duplicate++;
      else {
        failed++;
        io.stderr.write(`parley: worker: ${o.issue.path ? `${o.issue.path}: ` : ""}${o.issue.message.replace(/\n/g, " ")} (${o.issue.code})\n`);
      }
    },
    onError: (message) => io.stderr.write(`parley: worker: ${message}\n`),
  });
  const stopped = new Promise<void>((resolve) => {
    const stop = (): void => { resolve(); };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  try {
    await worker.ready;
    io.stderr.write(`parley: worker: taking articles from ${redact(opts.queue!)} (stop with Ctrl-C)\n`);
    await stopped;
  } catch (e) {
    fail(io, EXIT.badInput, `worker: queue ${redact(opts.queue!)}: ${(e as Error).message}`);
  } finally {
    await worker.close();
    await store.close();
    io.stdout.write(`worker: ${stored} new, ${duplicate} duplicate, ${failed} failed\n`);
  }
}
