/**
 * Opens the store a read command (events, actors, ceasefires, export, serve) names with `--db`. A SQLite file that
 * does not exist is refused, not created empty: a mistyped path would otherwise list nothing and say nothing.
 * Write commands (ingest, worker, watch) open with openStore, which creates the file.
 */
import { existsSync } from "node:fs";
import { defaultDb, openStore } from "../store/open.ts";
import { isPostgresUrl } from "../store/postgres/config.ts";
import type { Store } from "../store/types.ts";
import type { SqliteOptions } from "../store/sqlite/store.ts";
import { EXIT, fail, type CliIo } from "./io.ts";

/** The SQLite file a `--db` value names, as openStore reads it; null for a PostgreSQL URL or an in-memory store. */
export function sqlitePath(db: string): string | null {
  if (isPostgresUrl(db)) return null;
  const path = db.startsWith("sqlite:") ? db.slice("sqlite:".length).replace(/^\/\//, "") : db;
  return path === ":memory:" ? null : path;
}

/**
 * The store, or null after reporting why not: exit 1 for a database that is not there, 2 for one that cannot be
 * opened.
 *
 * @example const store = openExisting(opts.db, "events", io); if (!store) return;
 */
export function openExisting(db: string | undefined, command: string, io: CliIo, options: SqliteOptions = {}): Store | null {
  const url = db ?? defaultDb(process.env);
  const path = sqlitePath(url);
  if (path !== null && !existsSync(path)) {
    fail(io, EXIT.badInput, `${command}: no database at ${path}; run \`parley ingest\` first (or give --db)`);
    return null;
  }
  const opened = openStore(url, options);
  if (!opened.ok) {
    fail(io, EXIT.badArgs, opened.error.message);
    return null;
  }
  return opened.value;
}
