/**
 * The SQLite backend (better-sqlite3, WAL). Calls are synchronous underneath; the Promise surface is the
 * shared `Store` interface so the PostgreSQL backend can sit behind the same calls and tests.
 */
import type { CodedArticle } from "../../types.ts";
import type {
  ActorFilter, ArticleRecord, ArticleHit, SimilarCandidate, Store, StoreCounts, StoredArticle, StoredCeasefireMention,
} from "../types.ts";
import { migrate } from "./migrations.ts";
import { makeWriter } from "./write.ts";
import { asStatus, eventById, ftsQuery, pageEvents, queryEvents } from "./read.ts";
import { eventFacets, eventNetwork, eventSeries } from "./aggregate.ts";
import { countActors, listArticles, queryActors } from "./listing.ts";
import { decodeSignature } from "./signature.ts";
import { connect } from "./connection.ts";
import { startWriter } from "./writer.ts";

export interface SqliteOptions {
  /**
   * Store articles on a worker thread (writer.ts), so a long ingest codes and writes at the same time. Reads stay
   * on this thread; an article is visible to them once its group has committed.
   */
  readonly backgroundWrites?: boolean;
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
  const put = makeWriter(db);
  const putMany = db.transaction((records: readonly ArticleRecord[]) => records.map((r) => put(r)));
  const byHash = db.prepare("SELECT id FROM articles WHERE hash = ?").pluck();
  const byInputHash = db.prepare("SELECT id FROM articles WHERE input_hash = ? LIMIT 1").pluck();
  const count = (sql: string): number => db.prepare(sql).pluck().get() as number;

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
    async putArticle(record) { return writer ? (await writer.put([record]))[0]! : put.immediate(record); },
    async putArticles(records) { return writer ? writer.put(records) : putMany.immediate(records); },
    async getArticle(id) {
      const r = db.prepare("SELECT * FROM articles WHERE id = ?").get(id) as Record<string, unknown> | undefined;
      return r ? toArticle(r) : null;
    },
    async searchArticles(query, limit = 20) {
      return db.prepare(`SELECT a.id, a.title, a.published, a.source,
          snippet(articles_fts, 1, '[', ']', '…', 12) AS snippet
        FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
        WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?`).all(ftsQuery(query), limit) as ArticleHit[];
    },
    async events(filter = {}) { return queryEvents(db, filter); },
    async eventPage(filter = {}) { return pageEvents(db, filter); },
    async getEvent(id) { return eventById(db, id); },
    async eventSeries(filter, by) { return eventSeries(db, filter, by); },
    async eventNetwork(filter = {}) { return eventNetwork(db, filter); },
    async eventFacets() { return eventFacets(db); },
    async listArticles(page) { return listArticles(db, page); },
    async actors(filter: ActorFilter = {}) { return queryActors(db, filter); },
    async countActors(filter: ActorFilter = {}) { return countActors(db, filter); },
    async ceasefireMentions(filter = {}) {
      const rows = db.prepare(`SELECT c.*, a.published, a.source, a.title FROM ceasefire_mentions c
        JOIN articles a ON a.id = c.article ${filter.country ? "WHERE c.country = ?" : ""}
        ORDER BY a.published, a.seq, c.idx`).all(...(filter.country ? [filter.country.toUpperCase()] : [])) as {
          article: string; idx: number; country: string | null; status: string; body: string;
          published: string | null; source: string | null; title: string | null }[];
      return rows.map((r): StoredCeasefireMention => ({
        article: r.article, index: r.idx, published: r.published, source: r.source, title: r.title,
        country: r.country, status: asStatus(r.status),
        ...(JSON.parse(r.body) as Omit<StoredCeasefireMention, "article" | "index" | "published" | "source" | "title" | "country" | "status">),
      }));
    },
    async counts(): Promise<StoreCounts> {
      return {
        articles: count("SELECT count(*) FROM articles"),
        stories: count("SELECT count(DISTINCT story) FROM articles"),
        events: count("SELECT count(*) FROM events"),
        event_mentions: count("SELECT count(*) FROM event_mentions"),
        actors: count("SELECT count(*) FROM actors"),
        ceasefire_mentions: count("SELECT count(*) FROM ceasefire_mentions"),
      };
    },
    async close() {
      await writer?.close();
      if (db.open) db.close();
    },
  };
}

function toArticle(r: Record<string, unknown>): StoredArticle {
  const coded = JSON.parse(String(r["coded"])) as CodedArticle;
  const text = String(r["text"]);
  const str = (k: string): string | null => (r[k] === null || r[k] === undefined ? null : String(r[k]));
  return {
    id: String(r["id"]), hash: String(r["hash"]), title: str("title"), source: str("source"),
    published: str("published"), url: str("url"), text, story: String(r["story"]),
    near_duplicate_of: str("near_duplicate_of"), ingested: String(r["ingested"]), origin: str("origin"),
    coded: { ...coded, article: { ...coded.article, text } },
  };
}
