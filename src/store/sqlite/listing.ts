/** The SQLite article list and actor queries: filtered, counted and paged by the database. */
import type Database from "better-sqlite3";
import type { ActorFilter, ArticlePage, ArticleSummary, StoredActor } from "../types.ts";

export function listArticles(db: Database.Database, page: { readonly limit: number; readonly offset: number }): ArticlePage {
  const total = db.prepare("SELECT count(*) FROM articles").pluck().get() as number;
  // the order of the articles_listing index: newest first, undated last, then by id
  const items = db.prepare(`SELECT id, title, source, published, url, story, near_duplicate_of,
      json_array_length(coded, '$.events') AS events, json_array_length(coded, '$.actors') AS actors,
      json_array_length(coded, '$.quotes') AS quotes, json_array_length(coded, '$.ceasefires') AS ceasefires
    FROM articles ORDER BY published IS NULL, published DESC, id LIMIT ? OFFSET ?`)
    .all(Math.max(0, Math.floor(page.limit)), Math.max(0, Math.floor(page.offset))) as ArticleSummary[];
  return { total, items };
}

function actorWhere(filter: ActorFilter): { sql: string; params: Record<string, unknown> } {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (filter.country) { where.push("country = @country"); params["country"] = filter.country.toUpperCase(); }
  if (filter.name) {
    where.push("(lower(name) LIKE @name OR code LIKE @code)");
    params["name"] = `%${filter.name.toLowerCase()}%`;
    params["code"] = `${filter.name.toUpperCase()}%`;
  }
  return { sql: where.length ? `WHERE ${where.join(" AND ")}` : "", params };
}

export function queryActors(db: Database.Database, filter: ActorFilter): StoredActor[] {
  const { sql, params } = actorWhere(filter);
  const limit = filter.limit && filter.limit > 0 ? `LIMIT ${Math.floor(filter.limit)}` : filter.offset ? "LIMIT -1" : "";
  const offset = filter.offset && filter.offset > 0 ? `OFFSET ${Math.floor(filter.offset)}` : "";
  return db.prepare(`SELECT * FROM actors ${sql} ORDER BY num_articles DESC, num_mentions DESC, key ${limit} ${offset}`)
    .all(params) as StoredActor[];
}

export function countActors(db: Database.Database, filter: ActorFilter): number {
  const { sql, params } = actorWhere(filter);
  return db.prepare(`SELECT count(*) FROM actors ${sql}`).pluck().get(params) as number;
}
