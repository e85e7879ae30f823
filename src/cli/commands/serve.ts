/** `parley serve [--db URL] [--port N]`: the JSON API under /api/ and the dashboard at /. */
import type { Command } from "commander";
import { dashboardSources } from "../../server/build-web.ts";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { addDictionaryOptions, coderFor, type DictionaryOptions } from "../coder-option.ts";
import { defaultDb } from "../../store/open.ts";
import { createApp } from "../../server/app.ts";
import { listen } from "../../server/listen.ts";
import { startCodePool } from "../../server/code-pool.ts";
import { LOOPBACK_HOSTS, isLoopbackBind } from "../../server/host-check.ts";
import { defaultTokenPath, openTokenStore } from "../../server/tokens.ts";
import { EXIT, fail, type CliIo } from "../io.ts";
import { openExisting } from "../open-existing.ts";
import { count } from "../plural.ts";

interface ServeOptions { db?: string; port: string; host: string; allowedHost: string[]; authReads?: boolean; tokens?: string; web?: string; readsPerMinute: string }

/** The built dashboard shipped with the package: web/dist at the project root. */
export const DEFAULT_WEB = fileURLToPath(new URL("../../../web/dist", import.meta.url));

export function register(program: Command, io: CliIo): void {
  const command = program
    .command("serve")
    .description("serve the JSON API under /api/ (OpenAPI at /api/openapi.json) and the dashboard at /")
    .option("--db <path>", "SQLite file or postgres:// URL (default: $PARLEY_DB or ./parley.db)")
    .option("--port <n>", "TCP port; 0 picks a free one", process.env["PARLEY_PORT"] ?? "8080")
    .option("--host <address>", "address to listen on", "127.0.0.1")
    .option("--allowed-host <name>", "answer requests naming this host (repeatable); on a loopback address the default is 127.0.0.1, localhost and [::1], elsewhere any",
      (v: string, all: string[]) => [...all, v], [] as string[])
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
  const store = openExisting(db, "serve", io, { backgroundWrites: true, readThreads: 3 });
  if (!store) return;
  const tokens = openTokenStore(opts.tokens ?? defaultTokenPath(db));
  if (tokens.tightened) io.stderr.write(`parley: serve: warning: ${tokens.tightened}\n`);
  const authReads = !!opts.authReads || process.env["PARLEY_AUTH_READS"] === "1";
  const web = opts.web ?? DEFAULT_WEB;
  if (!existsSync(web)) {
    io.stderr.write(dashboardSources(web)
      ? "parley: serve: the dashboard is not built yet; it is built on the first page request (or run npm run build:web)\n"
      : "parley: serve: the dashboard is not built (npm run build:web); serving the API only\n");
  }
  const coder = coderFor(opts, io);
  if (!coder) return;
  // POSTed articles are coded on a thread of their own, each within 60 s, so the other requests go on meanwhile
  const codePool = startCodePool({ size: 1, timeoutMs: 60_000,
    spec: opts.dictionaries ? { dictionaries: opts.dictionaries, mode: opts.dictionariesMode === "replace" ? "replace" : "add" } : {} });
  const app = createApp({
    store, tokens, coder: () => coder, codePool, now: () => new Date(), authReads, staticRoot: opts.web ?? DEFAULT_WEB, readsPerMinute,
    allowedHosts: opts.allowedHost.length ? [...opts.allowedHost, ...(isLoopbackBind(opts.host) ? LOOPBACK_HOSTS : [])] : isLoopbackBind(opts.host) ? LOOPBACK_HOSTS : null,
    // under a steady ingest every commit would make the next readers wait for their read to be recomputed: an
    // answer up to 1 s old is served meanwhile (store/cached.ts), and says how old in its Parley-Data-Age header
    staleReadsMs: 1_000,
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
  io.stdout.write(`Parley dashboard: ${server.url}\n  API: ${server.url}api/ (OpenAPI: ${server.url}api/openapi.json)\n  database: ${db} (${count(counts.articles, "article")}, ${count(counts.events, "event")})${authReads ? "; reads need a token" : ""}\n  Ctrl-C stops it.\n`);
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
