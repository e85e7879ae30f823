/**
 * Every SQLite read the store answers, as plain functions of one connection: run on the store's own connection, or
 * by name on a reader thread (readers.ts) so a long read never holds up the thread that serves requests.
 */
import type Database from "better-sqlite3";
import type { CodedArticle } from "../../types.ts";
import type {
  ActorFilter, ArticleHit, EventFilter, SeriesBy, StoreCounts, StoredArticle, StoredCeasefireMention,
} from "../types.ts";
import { asStatus, eventById, ftsQuery, pageEvents, queryEvents } from "./read.ts";
import { eventFacets, eventNetwork, eventSeries } from "./aggregate.ts";
import { countActors, listArticles, queryActors } from "./listing.ts";

export function readOps(db: Database.Database) {
  const count = (sql: string): number => db.prepare(sql).pluck().get() as number;
  return {
    getArticle(id: string): StoredArticle | null {
      const r = db.prepare("SELECT * FROM articles WHERE id = ?").get(id) as Record<string, unknown> | undefined;
      return r ? toArticle(r) : null;
    },
    searchArticles(query: string, limit = 20): ArticleHit[] {
      return db.prepare(`SELECT a.id, a.title, a.published, a.source,
          snippet(articles_fts, 1, '[', ']', '…', 12) AS snippet
        FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
        WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?`).all(ftsQuery(query), limit) as ArticleHit[];
    },
    events: (filter: EventFilter = {}) => queryEvents(db, filter),
    eventPage: (filter: EventFilter = {}) => pageEvents(db, filter),
    getEvent: (id: string) => eventById(db, id),
    eventSeries: (filter: EventFilter, by: SeriesBy) => eventSeries(db, filter, by),
    eventNetwork: (filter: EventFilter = {}) => eventNetwork(db, filter),
    eventFacets: () => eventFacets(db),
    listArticles: (page: { readonly limit: number; readonly offset: number }) => listArticles(db, page),
    actors: (filter: ActorFilter = {}) => queryActors(db, filter),
    countActors: (filter: ActorFilter = {}) => countActors(db, filter),
    ceasefireMentions(filter: { readonly country?: string } = {}): StoredCeasefireMention[] {
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
    counts(): StoreCounts {
      return {
        articles: count("SELECT count(*) FROM articles"),
        stories: count("SELECT count(DISTINCT story) FROM articles"),
        events: count("SELECT count(*) FROM events"),
        event_mentions: count("SELECT count(*) FROM event_mentions"),
        actors: count("SELECT count(*) FROM actors"),
        ceasefire_mentions: count("SELECT count(*) FROM ceasefire_mentions"),
      };
    },
  };
}

export type ReadOps = ReturnType<typeof readOps>;
export type ReadOp = keyof ReadOps;

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
