/**
 * One load run: a store seeded with synthetic events, the real server on it, keep-alive clients on the read routes
 * while an ingest writes to the same store; then the ingest's counts checked exactly against the store.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore } from "../../src/store/open.ts";
import type { StoreCounts } from "../../src/store/types.ts";
import { quantile, runClients, type LoadResult } from "./clients.ts";
import { ROUTES } from "./routes.ts";
import { runIngest, startServer, writeIngestInput, type IngestSummary } from "./processes.ts";
import { seed } from "./seed.ts";

export interface LoadOptions {
  /** a SQLite file or postgres:// URL of an empty store; a temp SQLite file by default */
  readonly db?: string;
  readonly events: number;
  readonly clients: number;
  readonly seconds: number;
  readonly ingestArticles: number;
}

export interface LoadReport {
  readonly backend: string;
  readonly seeded: StoreCounts;
  readonly load: LoadResult;
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  readonly routes: Readonly<Record<string, { readonly n: number; readonly p50: number; readonly p99: number }>>;
  /** how far behind the store the answers were (Parley-Data-Age): the share not current, p99 and the largest, in ms */
  readonly age: { readonly stale: number; readonly p99: number; readonly max: number };
  /** CPU ms the server process used per request during the load (Linux), null elsewhere */
  readonly cpuPerRequest: number | null;
  readonly ingest: IngestSummary;
  /** the store's counts after the ingest, and what they must be given the seed and the ingest's own summary */
  readonly after: StoreCounts;
  readonly expected: Pick<StoreCounts, "articles" | "events" | "event_mentions">;
  readonly exact: boolean;
}

async function withStore<T>(db: string, fn: (s: ReturnType<typeof openStore> & { ok: true }) => Promise<T>): Promise<T> {
  const opened = openStore(db);
  if (!opened.ok) throw new Error(opened.error.message);
  try { return await fn(opened); } finally { await opened.value.close(); }
}

export async function loadRun(o: LoadOptions): Promise<LoadReport> {
  const dir = mkdtempSync(join(tmpdir(), "parley-load-"));
  const db = o.db ?? join(dir, "load.db");
  try {
    const seeded = await withStore(db, async ({ value: store }) => {
      // ten events an article; add articles until the target is reached (a few merge with one another)
      for (let n = 0, have = 0; have < o.events && n < 10; n++) {
        await seed(store, Math.ceil((o.events - have) / 9.5), 10, 500, `s${n}-`);
        have = (await store.counts()).events;
      }
      return store.counts();
    });
    const server = await startServer(db, 100_000_000);
    try {
      const input = writeIngestInput(dir, o.ingestArticles, "live");
      // paced so that it writes during the whole load
      const ingest = runIngest(db, input, Math.max(1, Math.floor((o.seconds * 1000) / o.ingestArticles)));
      const cpu0 = server.cpuMs();
      const load = await runClients(server.url, ROUTES, { clients: o.clients, seconds: o.seconds });
      const cpu1 = server.cpuMs();
      const summary = await ingest;
      const after = await withStore(db, ({ value: store }) => store.counts());
      const expected = {
        articles: seeded.articles + summary.stored, event_mentions: seeded.event_mentions + summary.events,
        events: seeded.events + summary.events - summary.merged,
      };
      const routes = Object.fromEntries(Object.entries(load.byRoute).map(([k, v]) => [k, { n: v.length, p50: round(quantile(v, 0.5)), p99: round(quantile(v, 0.99)) }]));
      const ages = load.ages;
      const age = { stale: Math.round((ages.filter((a) => a > 0).length / Math.max(1, ages.length)) * 1000) / 1000, p99: quantile(ages, 0.99), max: ages.reduce((m, a) => Math.max(m, a), 0) };
      // the server's CPU per answer: what the machine's other work changes least (the warm-up round is in it too)
      const cpuPerRequest = cpu0 === null || cpu1 === null ? null : round((cpu1 - cpu0) / Math.max(1, load.requests));
      return {
        age, cpuPerRequest,
        backend: db.startsWith("postgres") ? "postgres" : "sqlite", seeded, load, rps: round(load.requests / load.seconds),
        p50: round(quantile(load.latencies, 0.5)), p99: round(quantile(load.latencies, 0.99)), routes, ingest: summary, after, expected,
        exact: summary.stored === o.ingestArticles && summary.failed === 0 && after.articles === expected.articles
          && after.events === expected.events && after.event_mentions === expected.event_mentions,
      };
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const round = (x: number): number => Math.round(x * 10) / 10;
