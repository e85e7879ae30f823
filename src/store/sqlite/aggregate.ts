/**
 * The SQLite aggregates behind the dashboard: events per day and label, actor and actor-pair counts, and the
 * summary facets. The database groups and counts; only the grouped rows come back.
 */
import type Database from "better-sqlite3";
import type { EventFacets, EventFilter, Facet, NetworkCounts, SeriesBy, SeriesCounts } from "../types.ts";
import { ORDER_KEY } from "../cursor.ts";
import { PLACED, seriesKey } from "../series-key.ts";
import { eventWhere } from "./read.ts";
import { sortFacets, splitCombos } from "../facets.ts";
import { sideFacets, sideNetwork, sideSeries } from "./side-tables.ts";
import { sideTableFilter } from "../side-filter.ts";

const and = (where: string, condition: string): string => (where ? `${where} AND ${condition}` : `WHERE ${condition}`);

export function eventSeries(db: Database.Database, filter: EventFilter, by: SeriesBy): SeriesCounts {
  const side = sideTableFilter(filter);
  if (side) return sideSeries(db, side.country, by);
  return scanSeries(db, filter, by);
}

/** The series counted over the events themselves: any filter. */
export function scanSeries(db: Database.Database, filter: EventFilter, by: SeriesBy): SeriesCounts {
  const { sql, params } = eventWhere(filter);
  const key = seriesKey(by);
  const skipped = db.prepare(`SELECT coalesce(sum(e.negated), 0) AS negated,
      coalesce(sum(e.negated = 0 AND NOT ${PLACED}), 0) AS undated,
      coalesce(sum(e.negated = 0 AND ${PLACED} AND ${key} IS NULL), 0) AS unlabelled
    FROM events e ${sql}`).get(params) as { negated: number; undated: number; unlabelled: number };
  const rows = db.prepare(`SELECT e.day AS day, ${key} AS key, count(*) AS count FROM events e
    ${and(sql, `e.negated = 0 AND ${PLACED} AND ${key} IS NOT NULL`)} GROUP BY e.day, key ORDER BY e.day, key`)
    .all(params) as { day: number; key: string; count: number }[];
  return { rows, ...skipped };
}

/** A CTE of the matching non-negated events with their order key, for the network queries. */
const matching = (sql: string): string =>
  `WITH f AS (SELECT e.id, ${ORDER_KEY} AS k, e.seq, e.goldstein, e.source, e.target FROM events e ${and(sql, "e.negated = 0")})`;

export function eventNetwork(db: Database.Database, filter: EventFilter): NetworkCounts {
  return sideTableFilter(filter)?.country === "" ? sideNetwork(db) : scanNetwork(db, filter);
}

/** The network counted over the events themselves: any filter. */
export function scanNetwork(db: Database.Database, filter: EventFilter): NetworkCounts {
  const { sql, params } = eventWhere(filter);
  const actors = db.prepare(`${matching(sql)}, sides AS (
      SELECT j.value ->> '$.code' AS code, j.value ->> '$.name' AS name, j.value ->> '$.country' AS country FROM f, json_each(f.source) j
      UNION ALL SELECT j.value ->> '$.code', j.value ->> '$.name', j.value ->> '$.country' FROM f, json_each(f.target) j)
    SELECT code, name, country, count(*) AS events FROM sides GROUP BY code, name, country`)
    .all(params) as { code: string; name: string; country: string | null; events: number }[];
  const pairs = db.prepare(`${matching(sql)}, p AS (
      SELECT f.id, f.k, f.seq, f.goldstein, s.value ->> '$.code' AS sc, s.value ->> '$.name' AS sn,
        t.value ->> '$.code' AS tc, t.value ->> '$.name' AS tn FROM f, json_each(f.source) s, json_each(f.target) t),
    r AS (SELECT *, row_number() OVER (PARTITION BY sc, sn, tc, tn ORDER BY k, seq) AS rn FROM p)
    SELECT sc, sn, tc, tn, count(*) AS events, sum(goldstein) AS g,
      json_group_array(json_array(id, k, seq)) FILTER (WHERE rn <= 5) AS sample
    FROM r GROUP BY sc, sn, tc, tn`)
    .all(params) as { sc: string; sn: string; tc: string; tn: string; events: number; g: number; sample: string }[];
  return {
    actors,
    pairs: pairs.map((r) => ({
      source: { code: r.sc, name: r.sn }, target: { code: r.tc, name: r.tn }, events: r.events, goldstein_sum: r.g,
      sample: (JSON.parse(r.sample) as [string, number, number][]).map(([id, k, seq]) => ({ id, order: [k, seq] as const }))
        .sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1]),
    })),
  };
}

export function eventFacets(db: Database.Database): EventFacets {
  return sideFacets(db);
}

/** The facets counted over the events themselves. */
export function scanFacets(db: Database.Database): EventFacets {
  const range = db.prepare("SELECT min(nullif(date, '')) AS first, max(nullif(date, '')) AS last FROM events")
    .get() as { first: string | null; last: string | null };
  const facet = (column: string): Facet[] => sortFacets(db.prepare(`SELECT ${column} AS key, count(*) AS count FROM events
    WHERE ${column} IS NOT NULL AND ${column} != '' GROUP BY ${column}`).all() as Facet[]);
  // the countries column holds each event's distinct countries, space-separated: group by it, then split
  const combos = db.prepare("SELECT countries AS key, count(*) AS count FROM events GROUP BY countries").all() as Facet[];
  return { ...range, countries: splitCombos(combos), plover: facet("plover"), acled: facet("acled_type"), cameo_roots: facet("root") };
}
