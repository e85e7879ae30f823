/** Opens the store a `--db` value names: a file path (SQLite) or a postgres:// URL (a later backend). */
import type { Result } from "../types.ts";
import type { Store } from "./types.ts";
import { openSqliteStore, type SqliteOptions } from "./sqlite/store.ts";

/** The `--db` default: env PARLEY_DB, else ./parley.db. */
export function defaultDb(env: NodeJS.ProcessEnv): string {
  return env["PARLEY_DB"] || "./parley.db";
}

/**
 * @example const opened = openStore("./parley.db"); if (opened.ok) await opened.value.counts();
 */
export function openStore(url: string, options: SqliteOptions = {}): Result<Store> {
  if (/^postgres(ql)?:\/\//i.test(url)) {
    return { ok: false, error: { code: "store_backend", message: `no PostgreSQL backend in this build (--db ${redact(url)})` } };
  }
  const path = url.startsWith("sqlite:") ? url.slice("sqlite:".length).replace(/^\/\//, "") : url;
  try {
    return { ok: true, value: openSqliteStore(path, options) };
  } catch (e) {
    return { ok: false, error: { code: "store_open", message: `cannot open database ${path}: ${(e as Error).message}` } };
  }
}

function redact(url: string): string {
  return url.replace(/\/\/[^@/]*@/, "//***@");
}
