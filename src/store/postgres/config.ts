/**
 * Turns a postgres:// (or postgresql://) `--db` URL into the pg pool settings, the schema the store lives in and a
 * label for messages with the password masked. We parse the URL ourselves, libpq-style, instead of handing pg a
 * `connectionString`: pg lets an empty user or host in the string override its defaults, so `postgres:///parley`
 * would neither use the local Unix socket nor the current OS user as psql does.
 *
 * Query parameters understood: `schema` (ours: the store's tables live in that schema, created if missing, and it
 * is the connection's search_path), `host` (e.g. a socket directory), `port`, `user`, `password`, `sslmode`
 * (disable | require | verify-ca | verify-full | no-verify), `ssl` (true/1), `connect_timeout` (seconds, default 10),
 * `application_name` and `options`. Anything else is an error, so a typo is not silently ignored.
 */
import { existsSync } from "node:fs";
import { userInfo } from "node:os";
import type { PoolConfig } from "pg";
import type { Result } from "../../types.ts";

export interface PostgresTarget {
  readonly pool: PoolConfig;
  /** lower-cased schema name from `?schema=`, or null for the server's default search_path */
  readonly schema: string | null;
  /** the URL with any password masked, for messages */
  readonly label: string;
  /** the password, so messages can be scrubbed of it whatever a driver error contains */
  readonly secret: string | null;
}

const KNOWN = new Set(["schema", "host", "port", "user", "password", "sslmode", "ssl", "connect_timeout", "application_name", "options"]);
/** where Debian/Ubuntu and most other builds put the server's Unix socket, in libpq's order of preference */
const SOCKET_DIRS = ["/var/run/postgresql", "/run/postgresql", "/tmp"];
const DEFAULT_CONNECT_TIMEOUT_S = 10;

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

/** Masks the password of a URL: postgres://user:secret@host/db → postgres://user:***@host/db. */
export function redactUrl(url: string): string {
  return url.replace(/^([a-z]+:\/\/[^:@/]*):[^@/]*@/i, "$1:***@").replace(/([?&]password=)[^&]*/i, "$1***");
}

/**
 * @example postgresTarget("postgres:///parley?schema=news") // Unix socket, current OS user, schema "news"
 */
export function postgresTarget(url: string, env: NodeJS.ProcessEnv = process.env): Result<PostgresTarget> {
  const label = redactUrl(url);
  const fail = (why: string): Result<PostgresTarget> => ({ ok: false, error: { code: "store_open", message: `bad PostgreSQL URL ${label}: ${why}` } });
  if (!isPostgresUrl(url)) return fail("not a postgres:// or postgresql:// URL");
  let u: URL;
  try {
    // a non-special scheme: the host stays opaque, so a percent-encoded socket path (%2Fvar%2Frun…) survives
    u = new URL(url);
  } catch {
    return fail("not a URL");
  }
  const q = new Map<string, string>();
  for (const [k, v] of u.searchParams) {
    if (!KNOWN.has(k)) return fail(`unsupported parameter "${k}"`);
    q.set(k, v);
  }
  const port = Number(q.get("port") ?? (u.port || env["PGPORT"] || "5432"));
  if (!Number.isInteger(port) || port <= 0 || port > 65535) return fail("bad port");
  const timeout = Number(q.get("connect_timeout") ?? DEFAULT_CONNECT_TIMEOUT_S);
  if (!Number.isFinite(timeout) || timeout < 0) return fail("bad connect_timeout");

  const schemaParam = q.get("schema");
  if (schemaParam !== undefined && !/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(schemaParam)) {
    return fail("schema must be a plain identifier (letters, digits, _)");
  }
  // folded like an unquoted SQL identifier, so it is safe to splice into DDL and into search_path unquoted
  const schema = schemaParam === undefined ? null : schemaParam.toLowerCase();

  const user = q.get("user") || decodeURIComponent(u.username) || env["PGUSER"] || osUser();
  const password = q.get("password") ?? (u.password ? decodeURIComponent(u.password) : undefined);
  const database = decodeURIComponent(u.pathname.replace(/^\//, "")) || env["PGDATABASE"] || user;
  const host = q.get("host") || decodeURIComponent(u.hostname.replace(/^\[(.+)\]$/, "$1")) || env["PGHOST"] || localHost(port);
  const ssl = sslFrom(q.get("sslmode"), q.get("ssl"));
  if (ssl === "bad") return fail("bad sslmode");

  const options = [q.get("options"), schema ? `-c search_path=${schema}` : undefined].filter(Boolean).join(" ");
  const pool: PoolConfig = {
    host, port, user, database,
    ...(password !== undefined ? { password } : {}),
    ...(ssl !== undefined ? { ssl } : {}),
    ...(options ? { options } : {}),
    ...(q.has("application_name") ? { application_name: q.get("application_name") } : {}),
    // also bounds the wait for a free pooled client; 0 means wait forever, as libpq's connect_timeout=0 does
    connectionTimeoutMillis: timeout * 1000,
    // a CLI that forgets close() still exits once the pool is idle
    allowExitOnIdle: true,
  };
  return { ok: true, value: { pool, schema, label, secret: password || null } };
}

function osUser(): string {
  try {
    return userInfo().username;
  } catch {
    return "postgres";
  }
}

/** No host in the URL: the local server's Unix socket, as libpq does, else TCP to localhost. */
function localHost(port: number): string {
  return SOCKET_DIRS.find((dir) => existsSync(`${dir}/.s.PGSQL.${port}`)) ?? "localhost";
}

function sslFrom(mode: string | undefined, flag: string | undefined): PoolConfig["ssl"] | "bad" | undefined {
  switch (mode) {
    case undefined: return flag === "true" || flag === "1" ? true : undefined;
    case "disable": return false;
    // pg cannot fall back from TLS to plain, so "try TLS" means plain here
    case "allow": case "prefer": return undefined;
    // pg verifies the server certificate whenever TLS is on; ask for no-verify to skip that as libpq's require does
    case "require": case "verify-ca": case "verify-full": return true;
    case "no-verify": return { rejectUnauthorized: false };
    default: return "bad";
  }
}
