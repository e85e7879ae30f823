/**
 * The API over each real store backend, filled by coding the same example articles: SQLite always, PostgreSQL when
 * PARLEY_TEST_PG (default postgres:///parley_test) answers, on a fresh schema dropped afterwards.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { createCoder } from "../../src/index.ts";
import { openStore } from "../../src/store/open.ts";
import { postgresTarget } from "../../src/store/postgres/config.ts";
import { readSources } from "../../src/ingest/sources/index.ts";
import { ingest } from "../../src/ingest/run.ts";
import { openTokenStore, type TokenStore } from "../../src/server/tokens.ts";
import type { Store } from "../../src/store/types.ts";
import { createApp } from "../../src/server/app.ts";
import { EXAMPLES, NOW } from "../server/fixture.ts";

export interface Backend {
  readonly name: string;
  readonly app: ReturnType<typeof createApp>;
  readonly store: Store;
  readonly tokens: TokenStore;
  close(): Promise<void>;
}

const PG = process.env["PARLEY_TEST_PG"] || "postgres:///parley_test";

/** null when PostgreSQL answers, else why it cannot be used */
export async function postgresUnavailable(): Promise<string | null> {
  const target = postgresTarget(PG);
  if (!target.ok) return target.error.message;
  const client = new pg.Client({ ...target.value.pool, options: undefined, connectionTimeoutMillis: 3000 });
  client.on("error", () => undefined);
  try { await client.connect(); await client.query("SELECT 1"); return null; } catch (e) { return (e as Error).message || String(e); } finally { void client.end().catch(() => undefined); }
}

/** Opens `kind`, ingests `files` from examples/ and returns an app over it. */
export async function openBackend(kind: "sqlite" | "postgres", files: readonly string[]): Promise<Backend> {
  const dir = mkdtempSync(join(tmpdir(), "parley-sec-"));
  let url = join(dir, "parley.db");
  let drop = async (): Promise<void> => {};
  if (kind === "postgres") {
    const target = postgresTarget(PG);
    if (!target.ok) throw new Error(target.error.message);
    const schema = `sec_${randomBytes(6).toString("hex")}`;
    const admin = new pg.Client({ ...target.value.pool, options: undefined });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    url = `${PG}${PG.includes("?") ? "&" : "?"}schema=${schema}`;
    drop = async () => { await admin.query(`DROP SCHEMA ${schema} CASCADE`); await admin.end(); };
  }
  const opened = openStore(url);
  if (!opened.ok) throw new Error(opened.error.message);
  const store = opened.value;
  const coder = createCoder();
  await ingest(readSources(files.map((f) => join(EXAMPLES, f))), { store, coder, now: () => NOW });
  const tokens = openTokenStore(join(dir, "parley.tokens"));
  const app = createApp({ store, tokens, coder: () => coder, now: () => NOW, log: () => {}, readsPerMinute: 1_000_000 });
  return {
    name: kind, app, store, tokens,
    async close() { tokens.close(); await store.close(); await drop(); rmSync(dir, { recursive: true, force: true }); },
  };
}
