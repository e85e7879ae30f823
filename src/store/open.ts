/** Opens the store a `--db` value names: a file path (SQLite) or a postgres:// URL (PostgreSQL). */
import type { Result } from "../types.ts";
import type { Store } from "./types.ts";
import { openSqliteStore, type SqliteOptions } from "./sqlite/store.ts";
import { isPostgresUrl } from "./postgres/config.ts";
import { openPostgresStore } from "./postgres/store.ts";
import { describeFailure } from "./sqlite/failure.ts";

/** The `--db` default: env PARLEY_DB, else ./parley.db. */
export function defaultDb(env: NodeJS.ProcessEnv): string {
  return env["PARLEY_DB"] || "./parley.db";
}

/**
 * A postgres:// or postgresql:// URL opens the PostgreSQL store, which connects on first use: a server that cannot be
 * reached shows as the first call's rejected promise, not here. `options` only concern SQLite.
 *
 * @example const opened = openStore("./parley.db"); if (opened.ok) await opened.value.counts();
 * @example const opened = openStore("postgres:///parley?schema=news");
 */
export function openStore(url: string, options: SqliteOptions = {}): Result<Store> {
  if (isPostgresUrl(url)) return openPostgresStore(url);
  const path = url.startsWith("sqlite:") ? url.slice("sqlite:".length).replace(/^\/\//, "") : url;
  try {
    return { ok: true, value: openSqliteStore(path, options) };
  } catch (e) {
    return { ok: false, error: { code: "store_open", message: describeFailure(e, path, "open") } };
  }
}
