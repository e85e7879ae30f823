/** `parley ingest PATH... [--db PATH]`: files, folders, JSONL batches, feeds and URLs into the store. */
import type { Command } from "commander";
import { SingleBar, Presets } from "cli-progress";
import { addDictionaryOptions, coderFor, type DictionaryOptions } from "../coder-option.ts";
import { defaultDb, openStore } from "../../store/open.ts";
import type { Store } from "../../store/types.ts";
import { readSources } from "../../ingest/sources/index.ts";
import { ingest, type IngestSummary } from "../../ingest/run.ts";
import { ceasefireRecords } from "../../ingest/ceasefire/load.ts";
import { EXIT, fail, type CliIo } from "../io.ts";

export interface IngestCliOptions {
  readonly db?: string;
  readonly allowPrivate?: boolean;
  readonly timeout?: string;
  readonly maxBytes?: string;
  readonly json?: boolean;
  readonly dictionaries?: string;
  readonly dictionariesMode?: string;
}

export function register(program: Command, io: CliIo): void {
  const command = program
    .command("ingest")
    .description("store articles (files, folders, JSONL batches, RSS/Atom feeds, URLs) with their coding; idempotent")
    .argument("<paths...>", "files, folders, .jsonl batches, feeds or http(s) URLs; - reads JSONL from stdin")
    .option("--db <path>", "database file (default: $PARLEY_DB or ./parley.db)")
    .option("--allow-private", "let URLs reach private, loopback and link-local addresses")
    .option("--timeout <ms>", "time limit per fetched URL", "15000")
    .option("--max-bytes <n>", "size limit per fetched URL", "5000000")
    .option("--json", "print the summary as JSON");
  addDictionaryOptions(command)
    .action(async (paths: string[], opts: IngestCliOptions) => { await runIngest(paths, opts, io); });
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
  const bar = io.isTTY ? new SingleBar({ format: "ingest {bar} {value} articles | {new} new, {dup} duplicate, {failed} failed", stream: io.stderr, clearOnComplete: true, etaBuffer: 50 }, Presets.shades_classic) : null;
  let n = 0, fresh = 0, dup = 0, failed = 0;
  bar?.start(0, 0, { new: 0, dup: 0, failed: 0 });
  try {
    const coder = coderFor(opts, io);
    if (!coder) return null;
    const summary = await ingest(readSources(paths, { fetch: { timeoutMs, maxBytes, allowPrivate: !!opts.allowPrivate } }), {
      store: db, coder, now: () => new Date(),
      onItem: (r) => {
        n++;
        if (r.kind === "stored") fresh++; else if (r.kind === "duplicate") dup++; else failed++;
        if (r.kind === "failed") {
          bar?.stop();
          const where = r.issue.path && !r.issue.message.startsWith(r.issue.path) ? `${r.issue.path}: ` : "";
          io.stderr.write(`parley: ingest: ${where}${r.issue.message.replace(/\n/g, " ")} (${r.issue.code})\n`);
          bar?.start(n, n, { new: fresh, dup, failed });
        }
        bar?.setTotal(n);
        bar?.update(n, { new: fresh, dup, failed });
      },
    });
    bar?.stop();
    const counts = await db.counts();
    const ceasefires = (await ceasefireRecords(db)).length;
    if (opts.json) io.stdout.write(`${JSON.stringify({ new: summary.stored, duplicate: summary.duplicate, failed: summary.failed, near_duplicates: summary.nearDuplicates, merged_events: summary.merged, ...counts, ceasefires })}\n`);
    else io.stdout.write(`ingest: ${summary.stored} new, ${summary.duplicate} duplicate, ${summary.failed} failed; ${counts.events} events, ${ceasefires} ceasefires\n`);
    if (summary.failed > 0) process.exitCode = Math.max(Number(process.exitCode ?? 0), EXIT.badInput);
    return summary;
  } finally {
    bar?.stop();
    await own?.close();
  }
}
