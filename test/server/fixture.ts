/** A real SQLite database in a temp dir, filled by ingesting the project's example articles; shared by API and browser tests. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createCoder } from "../../src/index.ts";
import { openStore } from "../../src/store/open.ts";
import type { Store } from "../../src/store/types.ts";
import { readSources } from "../../src/ingest/sources/index.ts";
import { ingest, type IngestSummary } from "../../src/ingest/run.ts";
import { openTokenStore, type TokenStore } from "../../src/server/tokens.ts";
import { createApp, type ServerOptions } from "../../src/server/app.ts";

export const EXAMPLES = join(import.meta.dirname, "..", "..", "examples");
export const NOW = new Date("2020-01-01T12:00:00Z");

export interface Fixture {
  readonly dir: string;
  readonly db: string;
  readonly store: Store;
  readonly tokens: TokenStore;
  readonly summary: IngestSummary;
  /** a fresh app over the fixture's store and tokens, with option overrides */
  app(over?: Partial<ServerOptions>): ReturnType<typeof createApp>;
  close(): Promise<void>;
}

/** Ingests `files` (names under examples/) into a new database. */
export async function makeFixture(files: readonly string[]): Promise<Fixture> {
  const dir = mkdtempSync(join(tmpdir(), "parley-server-"));
  const db = join(dir, "parley.db");
  const opened = openStore(db);
  if (!opened.ok) throw new Error(opened.error.message);
  const store = opened.value;
  const coder = createCoder();
  const summary = await ingest(readSources(files.map((f) => join(EXAMPLES, f))), { store, coder, now: () => NOW });
  const tokens = openTokenStore(`${db}.tokens`);
  return {
    dir, db, store, tokens, summary,
    app: (over = {}) => createApp({ store, tokens, coder: () => coder, now: () => NOW, log: () => {}, ...over }),
    async close() { tokens.close(); await store.close(); rmSync(dir, { recursive: true, force: true }); },
  };
}
