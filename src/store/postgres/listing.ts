/** The PostgreSQL article list and actor queries, a port of sqlite/listing.ts: filtered, counted and paged by the database. */
import type { ActorKind } from "../../types.ts";
import type { ActorFilter, ArticlePage, ArticleSummary, StoredActor } from "../types.ts";
import { Params, type Queryable } from "./read.ts";

export async function listArticles(db: Queryable, page: { readonly limit: number; readonly offset: number }): Promise<ArticlePage> {
  const total = (await db.query<{ n: string }>("SELECT count(*) AS n FROM articles")).rows[0]?.n;
  // the order of the articles_listing index: newest first, undated last, then by id in byte order (as SQLite)
  const { rows } = await db.query<ArticleSummary>(`SELECT id, title, source, published, url, story, near_duplicate_of,
      json_array_length(coded -> 'events') AS events, json_array_length(coded -> 'actors') AS actors,
      json_array_length(coded -> 'quotes') AS quotes, json_array_length(coded -> 'ceasefires') AS ceasefires
    FROM articles ORDER BY (published IS NULL), published DESC, (id COLLATE "C") LIMIT $1 OFFSET $2`,
  [Math.max(0, Math.floor(page.limit)), Math.max(0, Math.floor(page.offset))]);
  return { total: Number(total ?? 0), items: rows };
}

function actorWhere(filter: ActorFilter, p: Params): string {
  const where: string[] = [];
  if (filter.country) where.push(`country = ${p.add(filter.country.toUpperCase())}`);
  if (filter.name) {
    where.push(`(lower(name) ILIKE ${p.add(`%${filter.name.toLowerCase()}%`)} ESCAPE ''
      OR code ILIKE ${p.add(`${filter.name.toUpperCase()}%`)} ESCAPE '')`);
  }
  return where.length ? `WHERE ${where.join(" AND ")}` : "";
}

export async function queryActors(db: Queryable, filter: ActorFilter): Promise<StoredActor[]> {
  const p = new Params();
  const where = actorWhere(filter, p);
  const limit = filter.limit && filter.limit > 0 ? `LIMIT ${p.add(Math.floor(filter.limit))}` : "";
  const offset = filter.offset && filter.offset > 0 ? `OFFSET ${p.add(Math.floor(filter.offset))}` : "";
  const { rows } = await db.query<StoredActor & { kind: string }>(`SELECT key, name, code, kind, country, num_articles,
      num_mentions, first_seen, last_seen FROM actors ${where} ORDER BY num_articles DESC, num_mentions DESC, key ${limit} ${offset}`, p.values);
  return rows.map((r) => ({ ...r, kind: r.kind as ActorKind }));
}

export async function countActors(db: Queryable, filter: ActorFilter): Promise<number> {
  const p = new Params();
  const { rows } = await db.query<{ n: string }>(`SELECT count(*) AS n FROM actors ${actorWhere(filter, p)}`, p.values);
  return Number(rows[0]?.n ?? 0);
}
