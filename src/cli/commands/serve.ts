/** `parley serve [--db URL] [--port N]`: the JSON API under /api/ and the dashboard at /. */
import type { Command } from "commander";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { addDictionaryOptions, coderFor, type DictionaryOptions } from "../coder-option.ts";
import { defaultDb, openStore } from "../../store/open.ts";
import { createApp } from "../../server/app.ts";
import { listen } from "../../server/listen.ts";
import { startCodePool } from "../../server/code-pool.ts";
import { defaultTokenPath, openTokenStore } from "../../server/tokens.ts";
import { EXIT, fail, type CliIo } from "../io.ts";

interface ServeOptions { db?: string; port: string; host: string; authReads?: boolean; tokens?: string; web?: string; readsPerMinute: string }

/** The built dashboard shipped with the package: web/dist at the project root. */
export const DEFAULT_WEB = fileURLToPath(new URL("../../../web/dist", import.meta.url));

export function register(program: Command, io: CliIo): void {
  const command = program
    .command("serve")
    .description("serve the JSON API under /api/ (OpenAPI at /api/openapi.json) and the dashboard at /")
    .option("--db <path>", "SQLite file or postgres:// URL (default: $PARLEY_DB or ./parley.db)")
    .option("--port <n>", "TCP port; 0 picks a free one", process.env["PARLEY_PORT"] ?? "8080")
    .option("--host <address>", "address to listen on", "127.0.0.1")
    .option("--auth-reads", "require a reader token for GET /api/* too (also PARLEY_AUTH_READS=1)")
    .option("--tokens <path>", "token file (default: <db>.tokens)")
    .option("--web <dir>", "built dashboard folder", DEFAULT_WEB)
    .option("--reads-per-minute <n>", "GET /api/* requests allowed per minute per token or address", "1200");
  addDictionaryOptions(command)
    .action(async (opts: ServeOptions & DictionaryOptions) => { await runServe(opts, io); });
}

async function runServe(opts: ServeOptions & DictionaryOptions, io: CliIo): Promise<void> {
  const port = Number(opts.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) return fail(io, EXIT.badArgs, `serve: --port takes 0-65535, not ${opts.port}`);
  const readsPerMinute = Number(opts.readsPerMinute);
  if (!Number.isInteger(readsPerMinute) || readsPerMinute < 1) return fail(io, EXIT.badArgs, `serve: --reads-per-minute takes a positive whole number, not ${opts.readsPerMinute}`);
  const db = opts.db ?? defaultDb(process.env);
  // writes on the writer thread and reads on reader threads (pages on two, the slow aggregates on a third): no query
  // or commit holds up the requests in between
  const opened = openStore(db, { backgroundWrites: true, readThreads: 3 });
  if (!opened.ok) return fail(io, EXIT.badArgs, opened.error.message);
  const store = opened.value;
  const tokens = openTokenStore(opts.tokens ?? defaultTokenPath(db));
  const authReads = !!opts.authReads || process.env["PARLEY_AUTH_READS"] === "1";
  if (!existsSync(opts.web ?? DEFAULT_WEB)) io.stderr.write("parley: serve: the dashboard is not built (npm run build:web); serving the API only\n");
  const coder = coderFor(opts, io);
  if (!coder) return;
  // POSTed articles are coded on a thread of their own, each within 60 s, so the other requests go on meanwhile
  const codePool = startCodePool({ size: 1, timeoutMs: 60_000,
    spec: opts.dictionaries ? { dictionaries: opts.dictionaries, mode: opts.dictionariesMode === "replace" ? "replace" : "add" } : {} });
  const app = createApp({
    store, tokens, coder: () => coder, codePool, now: () => new Date(), authReads, staticRoot: opts.web ?? DEFAULT_WEB, readsPerMinute,
    // under a steady ingest every commit would make the next readers wait for the slow aggregates to be recomputed
    staleAggregatesMs: 30_000,
    log: (e) => io.stderr.write(`parley: serve: internal error: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`),
  });
  let server;
  try {
    server = await listen(app, { port, host: opts.host });
  } catch (e) {
    await codePool.close();
    tokens.close();
    await store.close();
    return fail(io, EXIT.badArgs, `serve: cannot listen on ${opts.host}:${port}: ${(e as Error).message}`);
  }
  const counts = await store.counts();
  io.stdout.write(`Parley dashboard: ${server.url}\n  API: ${server.url}api/ (OpenAPI: ${server.url}api/openapi.json)\n  database: ${db} (${counts.articles} articles, ${counts.events} events)${authReads ? "; reads need a token" : ""}\n  Ctrl-C stops it.\n`);
  const stop = async (): Promise<void> => {
    process.off("SIGINT", stop);
    process.off("SIGTERM", stop);
    await server.close();
    await codePool.close();
    tokens.close();
    await store.close();
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}
