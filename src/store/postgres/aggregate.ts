/**
 * The PostgreSQL aggregates behind the dashboard, a port of sqlite/aggregate.ts: events per day and label, actor and
 * actor-pair counts, and the summary facets. The database groups and counts; only the grouped rows come back.
 * count() is bigint, which pg returns as a string.
 */
import type { EventFacets, EventFilter, Facet, NetworkCounts, SeriesBy, SeriesCounts } from "../types.ts";
import { ORDER_KEY } from "../cursor.ts";
import { PLACED, seriesKey } from "../series-key.ts";
import { sortFacets, splitCombos } from "../facets.ts";
import { Params, eventWhere, type Queryable } from "./read.ts";
import { sideFacets, sideNetwork, sideSeries } from "./side-tables.ts";
import { sideTableFilter } from "../side-filter.ts";

const and = (where: string, condition: string): string => (where ? `${where} AND ${condition}` : `WHERE ${condition}`);

export async function eventSeries(db: Queryable, filter: EventFilter, by: SeriesBy): Promise<SeriesCounts> {
  const side = sideTableFilter(filter);
  return side ? sideSeries(db, side.country, by) : scanSeries(db, filter, by);
}

/** The series counted over the events themselves: any filter. */
export async function scanSeries(db: Queryable, filter: EventFilter, by: SeriesBy): Promise<SeriesCounts> {
  const p = new Params();
  const where = eventWhere(filter, p);
  const key = seriesKey(by);
  const skipped = (await db.query<{ negated: string; undated: string; unlabelled: string }>(`SELECT
      count(*) FILTER (WHERE e.negated) AS negated,
      count(*) FILTER (WHERE NOT e.negated AND NOT ${PLACED}) AS undated,
      count(*) FILTER (WHERE NOT e.negated AND ${PLACED} AND ${key} IS NULL) AS unlabelled
    FROM events e ${where}`, p.values)).rows[0];
  const { rows } = await db.query<{ day: number; key: string; count: string }>(`SELECT e.day AS day, ${key} AS key,
      count(*) AS count FROM events e ${and(where, `NOT e.negated AND ${PLACED} AND ${key} IS NOT NULL`)}
    GROUP BY e.day, 2 ORDER BY e.day, 2`, p.values);
  return {
    rows: rows.map((r) => ({ day: r.day, key: r.key, count: Number(r.count) })),
    negated: Number(skipped?.negated ?? 0), undated: Number(skipped?.undated ?? 0), unlabelled: Number(skipped?.unlabelled ?? 0),
  };
}

const matching = (where: string): string =>
  `WITH f AS (SELECT e.id, ${ORDER_KEY} AS k, e.seq, e.goldstein, e.source, e.target FROM events e ${and(where, "NOT e.negated")})`;

export async function eventNetwork(db: Queryable, filter: EventFilter): Promise<NetworkCounts> {
  return sideTableFilter(filter)?.country === "" ? sideNetwork(db) : scanNetwork(db, filter);
}

/** The network counted over the events themselves: any filter. */
export async function scanNetwork(db: Queryable, filter: EventFilter): Promise<NetworkCounts> {
  const p = new Params();
  const where = eventWhere(filter, p);
  const actors = await db.query<{ code: string; name: string; country: string | null; events: string }>(`${matching(where)},
    sides AS (SELECT j ->> 'code' AS code, j ->> 'name' AS name, j ->> 'country' AS country FROM f, json_array_elements(f.source) j
      UNION ALL SELECT j ->> 'code', j ->> 'name', j ->> 'country' FROM f, json_array_elements(f.target) j)
    SELECT code, name, country, count(*) AS events FROM sides GROUP BY code, name, country`, p.values);
  const pairs = await db.query<{ sc: string; sn: string; tc: string; tn: string; events: string; g: number; sample: [string, number, string][] }>(
    `${matching(where)}, pr AS (
      SELECT f.id, f.k, f.seq, f.goldstein, s ->> 'code' AS sc, s ->> 'name' AS sn, t ->> 'code' AS tc, t ->> 'name' AS tn
      FROM f, json_array_elements(f.source) s, json_array_elements(f.target) t),
    r AS (SELECT *, row_number() OVER (PARTITION BY sc, sn, tc, tn ORDER BY k, seq) AS rn FROM pr)
    SELECT sc, sn, tc, tn, count(*) AS events, sum(goldstein) AS g,
      json_agg(json_build_array(id, k, seq::text) ORDER BY k, seq) FILTER (WHERE rn <= 5) AS sample
    FROM r GROUP BY sc, sn, tc, tn`, p.values);
  return {
    actors: actors.rows.map((r) => ({ code: r.code, name: r.name, country: r.country, events: Number(r.events) })),
    pairs: pairs.rows.map((r) => ({
      source: { code: r.sc, name: r.sn }, target: { code: r.tc, name: r.tn }, events: Number(r.events), goldstein_sum: r.g,
      sample: r.sample.map(([id, k, seq]) => ({ id, order: [k, Number(seq)] as const })),
    })),
  };
}

export async function eventFacets(db: Queryable): Promise<EventFacets> {
  return sideFacets(db);
}

/** The facets counted over the events themselves. */
export async function scanFacets(db: Queryable): Promise<EventFacets> {
  const range = (await db.query<{ first: string | null; last: string | null }>(
    `SELECT min(nullif(date, '') COLLATE "C") AS first, max(nullif(date, '') COLLATE "C") AS last FROM events`)).rows[0];
  const facet = async (column: string): Promise<Facet[]> => sortFacets((await db.query<{ key: string; count: string }>(
    `SELECT ${column} AS key, count(*) AS count FROM events WHERE ${column} IS NOT NULL AND ${column} != '' GROUP BY ${column}`))
    .rows.map((r) => ({ key: r.key, count: Number(r.count) })));
  const combos = await db.query<{ key: string; count: string }>("SELECT countries AS key, count(*) AS count FROM events GROUP BY countries");
  return {
    first: range?.first ?? null, last: range?.last ?? null,
    countries: splitCombos(combos.rows.map((r) => ({ key: r.key, count: Number(r.count) }))),
    plover: await facet("plover"), acled: await facet("acled_type"), cameo_roots: await facet("root"),
  };
}
