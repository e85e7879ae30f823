/** The storage contract on SQLite, each case on a fresh database file in a temp dir. */
import { after } from "node:test";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openSqliteStore } from "../../src/store/sqlite/store.ts";
import { storeContract } from "./contract.ts";
import { cachedReads } from "../../src/store/cached.ts";
import { legacySqlite } from "./legacy-sqlite.ts";

const dir = mkdtempSync(join(tmpdir(), "parley-store-"));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

storeContract("sqlite", async () => openSqliteStore(join(dir, `t${++n}.db`)), legacySqlite(dir, (p) => openSqliteStore(p)));
// the same contract with writes on the background writer thread that `parley ingest` uses
storeContract("sqlite, background writes", async () => openSqliteStore(join(dir, `t${++n}.db`), { backgroundWrites: true }),
  legacySqlite(dir, (p) => openSqliteStore(p, { backgroundWrites: true })));
// and with the reads on reader threads, as `parley serve` opens it
storeContract("sqlite, reader threads", async () => openSqliteStore(join(dir, `t${++n}.db`), { backgroundWrites: true, readThreads: 2 }),
  legacySqlite(dir, (p) => openSqliteStore(p, { backgroundWrites: true, readThreads: 2 })));
// and behind the read cache the server puts in front of its store: every case must read the same
storeContract("sqlite, cached reads", async () => cachedReads(openSqliteStore(join(dir, `t${++n}.db`), { backgroundWrites: true })),
  legacySqlite(dir, (p) => cachedReads(openSqliteStore(p, { backgroundWrites: true }))));
// and with stale answers allowed, as `parley serve` allows them: every write of the contract goes through the cache,
// and a write through the cache is read back at once (issue 11, reads under ingest)
storeContract("sqlite, cached reads, stale allowed", async () =>
  cachedReads(openSqliteStore(join(dir, `t${++n}.db`), { backgroundWrites: true, readThreads: 2 }), { staleMs: 60_000, refreshMs: 0, now: () => Date.now() }));
