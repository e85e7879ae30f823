/**
 * `parley ingest PATH... [--db PATH]`: files, folders, JSONL batches, feeds and URLs into the store; with
 * `--queue redis://…` they are queued for `parley worker`s instead (`--wait` follows them until stored).
 */
import type { Command } from "commander";
import { addDictionaryOptions, coderFor, type DictionaryOptions } from "../coder-option.ts";
import { defaultDb, openStore } from "../../store/open.ts";
import type { Store } from "../../store/types.ts";
import { readSources } from "../../ingest/sources/index.ts";
import { ingest, type IngestSummary } from "../../ingest/run.ts";
import { countSources } from "../../ingest/sources/count.ts";
import { startProgress, type IngestProgress } from "../ingest-progress.ts";
import { ceasefireRecords } from "../../ingest/ceasefire/load.ts";
import { EXIT, fail, type CliIo } from "../io.ts";
import type { ParleyIssue } from "../../types.ts";
import { queueConnection, redact } from "../../ingest/queue/connection.ts";
import { enqueue } from "../../ingest/queue/producer.ts";
import { count } from "../plural.ts";

export interface IngestCliOptions {
  readonly db?: string;
  readonly allowPrivate?: boolean;
  readonly timeout?: string;
  readonly maxBytes?: string;
  readonly json?: boolean;
  readonly dictionaries?: string;
  readonly dictionariesMode?: string;
  readonly queue?: string;
  readonly wait?: boolean;
}

export function register(program: Command, io: CliIo): void {
  const command = program
    .command("ingest")
    .description("store articles (files, folders, JSONL batches, RSS/Atom feeds, URLs) with their coding; idempotent")
    .argument("<paths...>", "files, folders, .jsonl batches, feeds or http(s) URLs; - reads JSONL from stdin")
    .option("--db <path>", "SQLite file or postgres:// URL (default: $PARLEY_DB or ./parley.db)")
    .option("--allow-private", "let URLs reach private, loopback and link-local addresses")
    .option("--timeout <ms>", "time limit per fetched URL", "15000")
    .option("--max-bytes <n>", "size limit per fetched URL", "5000000")
    .option("--json", "print the summary as JSON")
    .option("--queue <url>", "queue the articles on this Redis (redis://host:port) for `parley worker`s instead of coding them here")
    .option("--wait", "with --queue: return once every queued article is stored, with the same summary");
  addDictionaryOptions(command)
    .action(async (paths: string[], opts: IngestCliOptions) => {
      if (opts.queue) await runEnqueue(paths, opts, io);
      else if (opts.wait) fail(io, EXIT.badArgs, "ingest: --wait goes with --queue");
      else await runIngest(paths, opts, io);
    });
}

/** `--queue`: reads the sources here and queues one job per article (queue/producer.ts). */
async function runEnqueue(paths: readonly string[], opts: IngestCliOptions, io: CliIo): Promise<void> {
  const timeoutMs = Number(opts.timeout ?? "15000");
  const maxBytes = Number(opts.maxBytes ?? "5000000");
  if (!(timeoutMs > 0) || !(maxBytes > 0)) return fail(io, EXIT.badArgs, "ingest: --timeout and --max-bytes take positive numbers");
  if (opts.dictionaries || opts.db) return fail(io, EXIT.badArgs, "ingest: with --queue, give --db and --dictionaries to `parley worker`, which codes and stores");
  const connection = queueConnection(opts.queue!);
  if (!connection.ok) return fail(io, EXIT.badArgs, `ingest: ${connection.error.message}`);
  const progress = startProgress(io, await countSources(paths));
  try {
    const summary = await enqueue(readSources(paths, { fetch: { timeoutMs, maxBytes, allowPrivate: !!opts.allowPrivate } }), {
      connection: connection.value, wait: !!opts.wait,
      onItem: (e) => {
        if (e.kind !== "done") progress.coded();
        if (e.kind === "rejected") progress.outcome("failed");
        if (e.kind === "done") progress.outcome(e.outcome.kind);
        if (e.kind === "rejected" || (e.kind === "done" && e.outcome.kind === "failed")) {
          const issue = e.kind === "rejected" ? e.issue : (e.outcome as { issue: ParleyIssue }).issue;
          progress.note(`parley: ingest: ${issue.path ? `${issue.path}: ` : ""}${issue.message.replace(/\n/g, " ")} (${issue.code})`);
        }
      },
    });
    progress.finish();
    const stored = summary.outcomes.filter((o) => o.kind === "stored").length;
    const duplicate = summary.outcomes.filter((o) => o.kind === "duplicate").length;
    const failed = summary.rejected.length + summary.outcomes.filter((o) => o.kind === "failed").length;
    if (opts.json) {
      io.stdout.write(`${JSON.stringify({ queued: summary.queued, rejected: summary.rejected.length, ...(opts.wait ? { new: stored, duplicate, failed } : {}) })}\n`);
    } else {
      io.stdout.write(`ingest: ${summary.queued} queued, ${summary.rejected.length} rejected${opts.wait ? `; ${stored} new, ${duplicate} duplicate, ${failed} failed` : ""}\n`);
    }
    if (failed > 0) process.exitCode = Math.max(Number(process.exitCode ?? 0), EXIT.badInput);
  } catch (e) {
    progress.finish();
    fail(io, EXIT.badInput, `ingest: ${(e as Error).message}`);
  }
}

/** Runs one ingest pass and prints its summary line; shared with `parley watch`. */
export async function runIngest(paths: readonly string[], opts: IngestCliOptions, io: CliIo, store?: Store): Promise<IngestSummary | null> {
  const timeoutMs = Number(opts.timeout ?? "15000");
  const maxBytes = Number(opts.maxBytes ?? "5000000");
  if (!(timeoutMs > 0) || !(maxBytes > 0)) { fail(io, EXIT.badArgs, "ingest: --timeout and --max-bytes take positive numbers"); return null; }
  let own: Store | undefined;
  if (!store) {
    const opened = openStore(opts.db ?? defaultDb(process.env), { backgroundWrites: true });
    if (!opened.ok) { fail(io, EXIT.badArgs, opened.error.message); return null; }
    own = opened.value;
  }
  const db = (store ?? own)!;
  let progress: IngestProgress | undefined;
  try {
    const coder = coderFor(opts, io);
    if (!coder) return null;
    progress = startProgress(io, await countSources(paths));
    const shown = progress;
    const summary = await ingest(readSources(paths, { fetch: { timeoutMs, maxBytes, allowPrivate: !!opts.allowPrivate } }), {
      store: db, coder, now: () => new Date(),
      onCoded: () => shown.coded(),
      onItem: (r) => {
        shown.outcome(r.kind);
        if (r.kind === "failed") {
          const where = r.issue.path && !r.issue.message.startsWith(r.issue.path) ? `${r.issue.path}: ` : "";
          shown.note(`parley: ingest: ${where}${r.issue.message.replace(/\n/g, " ")} (${r.issue.code})`);
        }
      },
    });
    progress.finish();
    const counts = await db.counts();
    const ceasefires = (await ceasefireRecords(db)).length;
    if (opts.json) io.stdout.write(`${JSON.stringify({ new: summary.stored, duplicate: summary.duplicate, failed: summary.failed, near_duplicates: summary.nearDuplicates, merged_events: summary.merged, ...counts, ceasefires })}\n`);
    else io.stdout.write(`ingest: ${summary.stored} new, ${summary.duplicate} duplicate, ${summary.failed} failed; ${count(counts.events, "event")}, ${count(ceasefires, "ceasefire")}\n`);
    if (summary.failed > 0) process.exitCode = Math.max(Number(process.exitCode ?? 0), EXIT.badInput);
    return summary;
  } finally {
    progress?.finish();
    await own?.close();
  }
}
