/** `parley watch FEED... [--interval S]`: polls feeds and ingests what is new, until interrupted. */
import type { Command } from "commander";
import { defaultDb, openStore } from "../../store/open.ts";
import { EXIT, fail, type CliIo } from "../io.ts";
import { runIngest, type IngestCliOptions } from "./ingest.ts";

interface WatchOptions extends IngestCliOptions {
  readonly interval: string;
  readonly rounds?: string;
}

export function register(program: Command, io: CliIo): void {
  program
    .command("watch")
    .description("poll RSS/Atom feeds (URLs or files) on an interval and ingest new articles")
    .argument("<feeds...>", "feed URLs or files")
    .option("--db <path>", "SQLite file or postgres:// URL (default: $PARLEY_DB or ./parley.db)")
    .option("--interval <seconds>", "seconds between polls", "300")
    .option("--rounds <n>", "stop after this many polls (default: until interrupted)")
    .option("--allow-private", "let URLs reach private, loopback and link-local addresses")
    .option("--timeout <ms>", "time limit per fetched URL", "15000")
    .option("--max-bytes <n>", "size limit per fetched URL", "5000000")
    .action(async (feeds: string[], opts: WatchOptions) => {
      const interval = Number(opts.interval);
      const rounds = opts.rounds === undefined ? Infinity : Number(opts.rounds);
      if (!(interval > 0) || !(rounds > 0)) return fail(io, EXIT.badArgs, "watch: --interval and --rounds take positive numbers");
      const opened = openStore(opts.db ?? defaultDb(process.env));
      if (!opened.ok) return fail(io, EXIT.badArgs, opened.error.message);
      let stop = false;
      let wake: (() => void) | null = null;
      const onSignal = (): void => { stop = true; wake?.(); };
      process.once("SIGINT", onSignal);
      process.once("SIGTERM", onSignal);
      try {
        for (let round = 1; round <= rounds && !stop; round++) {
          io.stderr.write(`watch: poll ${round} at ${new Date().toISOString()}\n`);
          await runIngest(feeds, opts, io, opened.value);
          if (round < rounds && !stop) {
            await new Promise<void>((resolve) => {
              const t = setTimeout(resolve, interval * 1000);
              wake = () => { clearTimeout(t); resolve(); };
            });
          }
        }
      } finally {
        process.off("SIGINT", onSignal);
        process.off("SIGTERM", onSignal);
        await opened.value.close();
      }
    });
}
