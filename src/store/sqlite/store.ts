/**
 * The SQLite backend (better-sqlite3, WAL). Calls are synchronous underneath; the Promise surface is the
 * shared `Store` interface so the PostgreSQL backend can sit behind the same calls and tests.
 */
import type { ArticleRecord, SimilarCandidate, Store } from "../types.ts";
import { migrate } from "./migrations.ts";
import { makeWriter } from "./write.ts";
import { decodeSignature } from "./signature.ts";
import { connect } from "./connection.ts";
import { startWriter } from "./writer.ts";
import { startReaders } from "./readers.ts";
import { readOps, type ReadOp, type ReadOps } from "./reads.ts";
import { storeFailure } from "./failure.ts";

export interface SqliteOptions {
  /**
   * Store articles on a worker thread (writer.ts), so a long ingest codes and writes at the same time. Reads stay
   * on this thread; an article is visible to them once its group has committed.
   */
  readonly backgroundWrites?: boolean;
  /**
   * Answer the listing and aggregate reads on this many reader threads (readers.ts), each with its own connection,
   * instead of on this thread: for a server, whose requests must not wait on one another's queries. 0 (the
   * default) reads here. The duplicate checks of ingest (findByHash, findByInputHash, findSimilar) stay here.
   */
  readonly readThreads?: number;
}

/**
 * Opens (creating and migrating as needed) a SQLite database file.
 *
 * @example const store = openSqliteStore("./parley.db"); await store.counts();
 */
export function openSqliteStore(path: string, options: SqliteOptions = {}): Store {
  const db = connect(path);
  migrate(db);
  const writer = options.backgroundWrites ? startWriter(path) : null;
  const readers = options.readThreads && options.readThreads > 0 ? startReaders(path, options.readThreads) : null;
  const here = readOps(db);
  const read = <K extends ReadOp>(op: K, ...args: Parameters<ReadOps[K]>): Promise<ReturnType<ReadOps[K]>> => {
    if (readers) return readers.call(op, ...args);
    try {
      return Promise.resolve((here[op] as (...a: Parameters<ReadOps[K]>) => ReturnType<ReadOps[K]>)(...args));
    } catch (e) {
      return Promise.reject(e);
    }
  };
  const put = makeWriter(db);
  const putMany = db.transaction((records: readonly ArticleRecord[]) => records.map((r) => put(r)));
  const byHash = db.prepare("SELECT id FROM articles WHERE hash = ?").pluck();
  const byInputHash = db.prepare("SELECT id FROM articles WHERE input_hash = ? LIMIT 1").pluck();
  const dataVersion = db.prepare("PRAGMA data_version").pluck();
  // a full disk or read-only file says so; a bug (a bad record) is rethrown as it is
  const failed = (e: unknown): unknown => ((e as { code?: unknown }).code ? storeFailure(e, path) : e);
  // data_version changes with commits of other connections (the writer thread, other processes); ours are counted here
  let ownWrites = 0;

  return {
    backend: "sqlite",
    async findByHash(hash) { return (byHash.get(hash) as string | undefined) ?? null; },
    async findByInputHash(h) { return (byInputHash.get(h) as string | undefined) ?? null; },
    async findSimilar(bands) {
      if (bands.length === 0) return [];
      const marks = bands.map(() => "?").join(", ");
      const rows = db.prepare(`SELECT id, story, signature FROM articles WHERE id IN
        (SELECT DISTINCT article FROM minhash_bands WHERE band IN (${marks})) ORDER BY seq LIMIT 50`)
        .all(...bands) as { id: string; story: string; signature: Buffer }[];
      return rows.map((r): SimilarCandidate => ({ id: r.id, story: r.story, signature: decodeSignature(r.signature) }));
    },
    async putArticle(record) {
      if (writer) return (await writer.put([record]))[0]!;
      try { return put.immediate(record); } catch (e) { throw failed(e); } finally { ownWrites++; }
    },
    async putArticles(records) {
      if (writer) return writer.put(records);
      try { return putMany.immediate(records); } catch (e) { throw failed(e); } finally { ownWrites++; }
    },
    async dataVersion() { return `${dataVersion.get() as number}.${ownWrites}`; },
    getArticle: (id) => read("getArticle", id),
    searchArticles: (query, limit) => read("searchArticles", query, limit),
    events: (filter) => read("events", filter),
    eventPage: (filter) => read("eventPage", filter),
    getEvent: (id) => read("getEvent", id),
    eventSeries: (filter, by) => read("eventSeries", filter, by),
    eventNetwork: (filter) => read("eventNetwork", filter),
    eventFacets: () => read("eventFacets"),
    listArticles: (page) => read("listArticles", page),
    actors: (filter) => read("actors", filter),
    countActors: (filter) => read("countActors", filter),
    ceasefireMentions: (filter) => read("ceasefireMentions", filter),
    counts: () => read("counts"),
    async close() {
      await readers?.close();
      await writer?.close();
      if (db.open) db.close();
    },
  };
}
