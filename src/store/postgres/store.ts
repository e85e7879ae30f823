/**
 * The PostgreSQL backend (node-postgres pool) behind the shared `Store` interface, passing the same contract suite
 * as SQLite (test/store/contract.ts).
 *
 * Opening is synchronous and does no I/O: the pool connects, and the schema is migrated, on the first call. Every
 * method awaits that shared "ready" step; if the server cannot be reached it rejects with a message naming the URL
 * with its password masked, and the next call tries again.
 *
 * URL: postgres://user:password@host:port/database, or postgres:///database for the local Unix socket as the
 * current OS user (like psql). `?schema=NAME` keeps the store's tables in that schema (created if missing; the
 * connections' search_path) so several stores can share one database — the tests give each case its own. Other
 * parameters: config.ts.
 */
import pg from "pg";
import type {
  ActorFilter, ArticleHit, ArticleRecord, PutOutcome, SimilarCandidate, Store, StoreCounts, StoredCeasefireMention,
} from "../types.ts";
import type { Result } from "../../types.ts";
import { postgresTarget, type PostgresTarget } from "./config.ts";
import { migrate } from "./migrations.ts";
import { inTransaction } from "./transaction.ts";
import { storeFailure } from "./failure.ts";
import { putArticles } from "./write.ts";
import { ARTICLE_COLUMNS, searchArticles, toArticle, type ArticleRow } from "./read.ts";
import { eventById, pageEvents, queryEvents } from "./events.ts";
import { eventFacets, eventNetwork, eventSeries } from "./aggregate.ts";
import { countActors, listArticles, queryActors } from "./listing.ts";
import { decodeSignature } from "../sqlite/signature.ts";

/**
 * @example const opened = openPostgresStore("postgres:///parley?schema=news"); if (opened.ok) await opened.value.counts();
 */
export function openPostgresStore(url: string): Result<Store> {
  const target = postgresTarget(url);
  return target.ok ? { ok: true, value: postgresStore(target.value) } : target;
}

export function postgresStore(target: PostgresTarget): Store {
  const pool = new pg.Pool(target.pool);
  // an idle pooled connection that drops (server restart) must not crash the process: the next query reports it
  pool.on("error", () => undefined);
  // the data version is asked before every cached read (store/cached.ts): on connections of its own, so that it never
  // waits for a free connection behind long reads
  const versions = new pg.Pool({ ...target.pool, max: 2 });
  versions.on("error", () => undefined);
  let ready: Promise<void> | null = null;
  let closed = false;

  const whenReady = (): Promise<void> => {
    if (closed) return Promise.reject(new Error(`the PostgreSQL store at ${target.label} is closed`));
    ready ??= migrate(pool, target.schema).then(() => undefined, (e: unknown) => {
      ready = null;
      throw new Error(`cannot open the PostgreSQL store at ${target.label}: ${scrub(describe(e), target.secret)}`);
    });
    return ready;
  };
  const putMany = async (records: readonly ArticleRecord[]): Promise<readonly PutOutcome[]> => {
    await whenReady();
    try {
      return await inTransaction(pool, (client) => putArticles(client, records));
    } catch (e) {
      throw storeFailure(e, target.label);
    }
  };
  const query = async <R extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<R[]> => {
    await whenReady();
    try {
      return (await pool.query<R>(sql, params)).rows;
    } catch (e) {
      throw storeFailure(e, target.label, "read");
    }
  };

  return {
    backend: "postgres",
    async findByHash(hash) {
      return (await query<{ id: string }>("SELECT id FROM articles WHERE hash = $1", [hash]))[0]?.id ?? null;
    },
    async findByInputHash(h) {
      return (await query<{ id: string }>("SELECT id FROM articles WHERE input_hash = $1 ORDER BY seq LIMIT 1", [h]))[0]?.id ?? null;
    },
    async findSimilar(bands) {
      if (bands.length === 0) return [];
      const rows = await query<{ id: string; story: string; signature: Buffer }>(`SELECT id, story, signature FROM articles
        WHERE id IN (SELECT article FROM minhash_bands WHERE band = ANY($1::text[])) ORDER BY seq LIMIT 50`, [bands]);
      return rows.map((r): SimilarCandidate => ({ id: r.id, story: r.story, signature: decodeSignature(r.signature) }));
    },
    async putArticle(record) {
      const [out] = await putMany([record]);
      if (!out) throw new Error("putArticles returned no outcome");
      return out;
    },
    putArticles: putMany,
    async getArticle(id) {
      const [r] = await query<ArticleRow>(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id = $1`, [id]);
      return r ? toArticle(r) : null;
    },
    async searchArticles(q, limit = 20): Promise<readonly ArticleHit[]> {
      await whenReady();
      return searchArticles(pool, q, limit);
    },
    async events(filter = {}) {
      await whenReady();
      return queryEvents(pool, filter);
    },
    async eventPage(filter = {}) { await whenReady(); return pageEvents(pool, filter); },
    async getEvent(id) { await whenReady(); return eventById(pool, id); },
    async eventSeries(filter, by) { await whenReady(); return eventSeries(pool, filter, by); },
    async eventNetwork(filter = {}) { await whenReady(); return eventNetwork(pool, filter); },
    async eventFacets() { await whenReady(); return eventFacets(pool); },
    async listArticles(page) { await whenReady(); return listArticles(pool, page); },
    async actors(filter: ActorFilter = {}) { await whenReady(); return queryActors(pool, filter); },
    async countActors(filter: ActorFilter = {}) { await whenReady(); return countActors(pool, filter); },
    async ceasefireMentions(filter = {}) {
      const country = filter.country ? [filter.country.toUpperCase()] : [];
      // NULLS FIRST: SQLite sorts NULL before any value
      const rows = await query<{
        article: string; idx: number; country: string | null; status: string; published: string | null;
        source: string | null; title: string | null;
        body: Omit<StoredCeasefireMention, "article" | "index" | "published" | "source" | "title" | "country" | "status">;
      }>(`SELECT c.article, c.idx, c.country, c.status, c.body, a.published, a.source, a.title FROM ceasefire_mentions c
        JOIN articles a ON a.id = c.article ${country.length ? "WHERE c.country = $1" : ""}
        ORDER BY a.published NULLS FIRST, a.seq, c.idx`, country);
      return rows.map((r): StoredCeasefireMention => ({
        article: r.article, index: r.idx, published: r.published, source: r.source, title: r.title,
        country: r.country, status: r.status as StoredCeasefireMention["status"], ...r.body,
      }));
    },
    async counts(): Promise<StoreCounts> {
      // count() is bigint, which pg returns as a string
      const [r] = await query<Record<keyof StoreCounts, string>>(`SELECT
        (SELECT count(*) FROM articles) AS articles, (SELECT count(DISTINCT story) FROM articles) AS stories,
        (SELECT count(*) FROM events) AS events, (SELECT count(*) FROM event_mentions) AS event_mentions,
        (SELECT count(*) FROM actors) AS actors, (SELECT count(*) FROM ceasefire_mentions) AS ceasefire_mentions`);
      return {
        articles: Number(r?.articles), stories: Number(r?.stories), events: Number(r?.events),
        event_mentions: Number(r?.event_mentions), actors: Number(r?.actors), ceasefire_mentions: Number(r?.ceasefire_mentions),
      };
    },
    async dataVersion() {
      // the server's snapshot (xmin:xmax:in-progress ids) moves when a writing transaction of any session starts or
      // ends, and not on plain reads; WAL positions would also move with reads (page pruning)
      await whenReady();
      try {
        const { rows } = await versions.query<{ snapshot: string }>("SELECT pg_current_snapshot()::text AS snapshot");
        return rows[0]?.snapshot ?? "";
      } catch (e) {
        throw storeFailure(e, target.label, "read");
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      // let a first connection or migration in flight settle before the pool goes
      await ready?.catch(() => undefined);
      await Promise.all([pool.end(), versions.end()]);
    },
  };
}

/** A driver error as one line: connection errors (ECONNREFUSED, ENOTFOUND, timeouts) may have an empty message. */
function describe(e: unknown): string {
  if (!(e instanceof Error)) return String(e);
  const code = (e as Error & { code?: unknown }).code;
  if (e instanceof AggregateError && e.errors.length > 0) return e.errors.map(describe).join("; ");
  return e.message || (typeof code === "string" ? code : e.name);
}

/** Masks the password should a driver message ever contain it (too short a one would mask ordinary words). */
function scrub(message: string, secret: string | null): string {
  return secret && secret.length >= 3 ? message.split(secret).join("***") : message;
}
