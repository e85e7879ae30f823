/**
 * API tokens: random bearer tokens shown once, kept only as SHA-256 hashes with a role. They live in a small
 * SQLite file of their own next to the database (`<db>.tokens`), so the article store's schema stays untouched.
 * The file is owner-only (0600): made so when created, tightened when found looser.
 */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import Database from "better-sqlite3";
import { secureTokenFile } from "./token-file.ts";

export type Role = "reader" | "editor";
export const ROLES: readonly Role[] = ["reader", "editor"];

export interface TokenInfo {
  /** short public id: the first 12 hex digits of the hash, for listing and revoking */
  readonly id: string;
  readonly role: Role;
  readonly label: string | null;
  readonly created: string;
}

export interface TokenStore {
  /** Makes a token; the secret is returned here and nowhere else. */
  create(role: Role, created: Date, label?: string | null): { readonly token: string; readonly info: TokenInfo };
  /** The token's role, or null when it is unknown or revoked. */
  verify(token: string): TokenInfo | null;
  list(): readonly TokenInfo[];
  revoke(id: string): boolean;
  /** set when the file was readable or writable by others and has been made owner-only: say so to the user */
  readonly tightened: string | null;
  close(): void;
}

/** Where the tokens of a `--db` value live: `<file>.tokens`, or ./parley.tokens for a database URL. */
export function defaultTokenPath(db: string): string {
  if (/^[a-z]+:\/\//i.test(db)) return "./parley.tokens";
  return `${db.replace(/^sqlite:(\/\/)?/, "")}.tokens`;
}

/** @example const t = hashToken("pk_abc"); t.length === 64 */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

const TOKEN_SHAPE = /^pk_[A-Za-z0-9_-]{43}$/;

/**
 * @example
 * const tokens = openTokenStore("./parley.db.tokens");
 * const { token } = tokens.create("editor", new Date());
 * tokens.verify(token)?.role === "editor";
 */
export function openTokenStore(path: string): TokenStore {
  const before = secureTokenFile(path);
  const db = new Database(path);
  db.pragma("journal_mode = WAL");
  // SQLite gives the -wal and -shm files the database file's mode; an older looser pair is tightened here
  const tightened = before ?? secureTokenFile(path);
  db.exec(`CREATE TABLE IF NOT EXISTS api_tokens (
    hash TEXT PRIMARY KEY, id TEXT NOT NULL UNIQUE, role TEXT NOT NULL CHECK (role IN ('reader', 'editor')),
    label TEXT, created TEXT NOT NULL) WITHOUT ROWID`);
  const insert = db.prepare("INSERT INTO api_tokens (hash, id, role, label, created) VALUES (?, ?, ?, ?, ?)");
  const byHash = db.prepare("SELECT hash, id, role, label, created FROM api_tokens WHERE hash = ?");
  const all = db.prepare("SELECT id, role, label, created FROM api_tokens ORDER BY created, id");
  const remove = db.prepare("DELETE FROM api_tokens WHERE id = ?");
  return {
    create(role, created, label = null) {
      const token = `pk_${randomBytes(32).toString("base64url")}`;
      const hash = hashToken(token);
      const info: TokenInfo = { id: hash.slice(0, 12), role, label, created: created.toISOString() };
      insert.run(hash, info.id, role, label, info.created);
      return { token, info };
    },
    verify(token) {
      if (!TOKEN_SHAPE.test(token)) return null;
      const hash = hashToken(token);
      const row = byHash.get(hash) as (TokenInfo & { hash: string }) | undefined;
      // the lookup is by hash already; the constant-time compare keeps a future prefix index from leaking timing
      if (!row || !timingSafeEqual(Buffer.from(row.hash), Buffer.from(hash))) return null;
      return { id: row.id, role: row.role, label: row.label, created: row.created };
    },
    list: () => all.all() as TokenInfo[],
    revoke: (id) => remove.run(id).changes > 0,
    tightened,
    close() { if (db.open) db.close(); },
  };
}
