/**
 * The PostgreSQL side tables, a port of sqlite/side-tables.ts: the same cells (aggregate-cells.ts), written in the
 * transaction that stores the events, and read by the whole store's summary, network and series and by one country's
 * series.
 *
 * Concurrency: writers add to shared rows (a facet's count, a pair's), so each `putArticles` call first sums its cells
 * and then upserts them in one statement per table, in key order, after every advisory lock it takes (write.ts): two
 * writers take these row locks in the same order and never wait on each other in a cycle. A pair's sample rows may
 * briefly exceed five when two writers add to one pair at once (neither sees the other's rows when it prunes); reads
 * take the first five, which no pruning ever removes.
 */
import type pg from "pg";
import type { EventFacets, Facet, NetworkCounts, SeriesBy, SeriesCounts } from "../types.ts";
import { cellsOf, PAIR_SAMPLE, type AggregateCells } from "../aggregate-cells.ts";
import type { EventRow } from "../rows.ts";
import { sortFacets } from "../facets.ts";
import type { Queryable } from "./read.ts";

export const SIDE_TABLES_SQL = `
CREATE TABLE agg_series (
  country text COLLATE "C" NOT NULL, state text NOT NULL, day integer NOT NULL,
  quad integer NOT NULL, plover text COLLATE "C" NOT NULL, acled text COLLATE "C" NOT NULL, n bigint NOT NULL,
  PRIMARY KEY (country, state, day, quad, plover, acled)
);
CREATE TABLE agg_facets (kind text NOT NULL, key text COLLATE "C" NOT NULL, n bigint NOT NULL, PRIMARY KEY (kind, key));
CREATE TABLE agg_actors (key text COLLATE "C" PRIMARY KEY, code text NOT NULL, name text NOT NULL, country text, n bigint NOT NULL);
CREATE TABLE agg_pairs (
  key text COLLATE "C" PRIMARY KEY, sc text NOT NULL, sn text NOT NULL, tc text NOT NULL, tn text NOT NULL,
  n bigint NOT NULL, g double precision NOT NULL
);
CREATE TABLE agg_pair_sample (
  pair text COLLATE "C" NOT NULL, k integer NOT NULL, seq bigint NOT NULL, dup integer NOT NULL, id text NOT NULL,
  PRIMARY KEY (pair, k, seq, dup)
);
`;

/** Sums the cells of several events and writes them, in key order (see the header). */
export async function addCells(c: Queryable, all: readonly AggregateCells[]): Promise<void> {
  if (all.length === 0) return;
  const series = new Map<string, { cell: AggregateCells["series"][number]; n: number }>();
  const facets = new Map<string, { cell: AggregateCells["facets"][number]; n: number }>();
  const actors = new Map<string, { cell: AggregateCells["actors"][number]; n: number }>();
  const pairs = new Map<string, { cell: AggregateCells["pairs"][number]; n: number; g: number }>();
  const samples: AggregateCells["pairs"][number][] = [];
  const count = <C>(m: Map<string, { cell: C; n: number }>, key: string, cell: C): void => {
    const e = m.get(key);
    if (e) e.n++; else m.set(key, { cell, n: 1 });
  };
  for (const cells of all) {
    for (const s of cells.series) count(series, JSON.stringify([s.country, s.state, s.day, s.quad, s.plover, s.acled]), s);
    for (const f of cells.facets) count(facets, JSON.stringify([f.kind, f.key]), f);
    for (const a of cells.actors) count(actors, a.key, a);
    for (const p of cells.pairs) {
      const e = pairs.get(p.key);
      if (e) { e.n++; e.g += p.goldstein; } else pairs.set(p.key, { cell: p, n: 1, g: p.goldstein });
      samples.push(p);
    }
  }
  const sorted = <V>(m: Map<string, V>): V[] => [...m.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([, v]) => v);
  const s = sorted(series);
  await c.query(`INSERT INTO agg_series AS t (country, state, day, quad, plover, acled, n)
    SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::int[], $5::text[], $6::text[], $7::bigint[])
    ON CONFLICT (country, state, day, quad, plover, acled) DO UPDATE SET n = t.n + EXCLUDED.n`,
  [s.map((x) => x.cell.country), s.map((x) => x.cell.state), s.map((x) => x.cell.day), s.map((x) => x.cell.quad),
    s.map((x) => x.cell.plover), s.map((x) => x.cell.acled), s.map((x) => x.n)]);
  const f = sorted(facets);
  await c.query(`INSERT INTO agg_facets AS t (kind, key, n) SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[])
    ON CONFLICT (kind, key) DO UPDATE SET n = t.n + EXCLUDED.n`, [f.map((x) => x.cell.kind), f.map((x) => x.cell.key), f.map((x) => x.n)]);
  const a = sorted(actors);
  if (a.length > 0) {
    await c.query(`INSERT INTO agg_actors AS t (key, code, name, country, n)
      SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::bigint[])
      ON CONFLICT (key) DO UPDATE SET n = t.n + EXCLUDED.n`,
    [a.map((x) => x.cell.key), a.map((x) => x.cell.code), a.map((x) => x.cell.name), a.map((x) => x.cell.country), a.map((x) => x.n)]);
  }
  const p = sorted(pairs);
  if (p.length === 0) return;
  await c.query(`INSERT INTO agg_pairs AS t (key, sc, sn, tc, tn, n, g)
    SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::bigint[], $7::float8[])
    ON CONFLICT (key) DO UPDATE SET n = t.n + EXCLUDED.n, g = t.g + EXCLUDED.g`,
  [p.map((x) => x.cell.key), p.map((x) => x.cell.sc), p.map((x) => x.cell.sn), p.map((x) => x.cell.tc), p.map((x) => x.cell.tn),
    p.map((x) => x.n), p.map((x) => x.g)]);
  await c.query(`INSERT INTO agg_pair_sample (pair, k, seq, dup, id)
    SELECT * FROM unnest($1::text[], $2::int[], $3::bigint[], $4::int[], $5::text[]) ON CONFLICT DO NOTHING`,
  [samples.map((x) => x.key), samples.map((x) => x.k), samples.map((x) => x.seq), samples.map((x) => x.dup), samples.map((x) => x.id)]);
  await c.query(`DELETE FROM agg_pair_sample s USING (SELECT pair, k, seq, dup,
      row_number() OVER (PARTITION BY pair ORDER BY k, seq, dup) AS rn FROM agg_pair_sample WHERE pair = ANY($1::text[])) r
    WHERE r.rn > ${PAIR_SAMPLE} AND s.pair = r.pair AND s.k = r.k AND s.seq = r.seq AND s.dup = r.dup`, [p.map((x) => x.cell.key)]);
}

/** Fills the side tables from the stored events (the migration that adds them runs it once). */
export async function backfillSideTables(c: Queryable): Promise<void> {
  const { rows } = await c.query<Omit<EventRow, "source" | "target"> & { seq: string; source: unknown; target: unknown }>(`SELECT seq, id, day,
    root, plover, acled_type, goldstein, quad_class, source, target, countries, negated, date, date_precision FROM events ORDER BY seq`);
  // json columns come back parsed; the cells take them as the text the writer stores
  await addCells(c, rows.map((r) => cellsOf({ ...r, source: JSON.stringify(r.source), target: JSON.stringify(r.target) } as EventRow, Number(r.seq))));
}

const SERIES_KEY: Readonly<Record<SeriesBy, string>> = { quad: "CAST(quad AS text)", plover: "plover", acled: "acled" };

/** The series of every event (`country` '') or of one country's, from agg_series. */
export async function sideSeries(db: Queryable, country: string, by: SeriesBy): Promise<SeriesCounts> {
  const key = SERIES_KEY[by];
  const skipped = (await db.query<{ negated: string; undated: string; unlabelled: string }>(`SELECT
      coalesce(sum(n) FILTER (WHERE state = 'n'), 0) AS negated, coalesce(sum(n) FILTER (WHERE state = 'u'), 0) AS undated,
      coalesce(sum(n) FILTER (WHERE state = 'p' AND ${key} = ''), 0) AS unlabelled
    FROM agg_series WHERE country = $1`, [country])).rows[0];
  const { rows } = await db.query<{ day: number; key: string; count: string }>(`SELECT day, ${key} AS key, sum(n) AS count
    FROM agg_series WHERE country = $1 AND state = 'p' AND ${key} <> '' GROUP BY day, 2 ORDER BY day, 2`, [country]);
  return {
    rows: rows.map((r) => ({ day: r.day, key: r.key, count: Number(r.count) })),
    negated: Number(skipped?.negated ?? 0), undated: Number(skipped?.undated ?? 0), unlabelled: Number(skipped?.unlabelled ?? 0),
  };
}

/** The network of every event, from agg_actors, agg_pairs and the first five rows of each pair's samples. */
export async function sideNetwork(db: Queryable): Promise<NetworkCounts> {
  const actors = await db.query<{ code: string; name: string; country: string | null; n: string }>("SELECT code, name, country, n FROM agg_actors");
  const samples = await db.query<{ pair: string; k: number; seq: string; id: string }>(`SELECT pair, k, seq, id FROM (SELECT *,
      row_number() OVER (PARTITION BY pair ORDER BY k, seq, dup) AS rn FROM agg_pair_sample) s WHERE rn <= ${PAIR_SAMPLE} ORDER BY pair, k, seq, dup`);
  const byPair = new Map<string, { id: string; order: readonly [number, number] }[]>();
  for (const s of samples.rows) {
    let list = byPair.get(s.pair);
    if (!list) { list = []; byPair.set(s.pair, list); }
    list.push({ id: s.id, order: [s.k, Number(s.seq)] });
  }
  const pairs = await db.query<{ key: string; sc: string; sn: string; tc: string; tn: string; n: string; g: number }>("SELECT * FROM agg_pairs");
  return {
    actors: actors.rows.map((r) => ({ code: r.code, name: r.name, country: r.country, events: Number(r.n) })),
    pairs: pairs.rows.map((r) => ({ source: { code: r.sc, name: r.sn }, target: { code: r.tc, name: r.tn }, events: Number(r.n),
      goldstein_sum: r.g, sample: byPair.get(r.key) ?? [] })),
  };
}

/** The summary facets from agg_facets; the date range as the events give it. */
export async function sideFacets(db: Queryable): Promise<EventFacets> {
  const range = (await db.query<{ first: string | null; last: string | null }>(
    `SELECT min(nullif(date, '') COLLATE "C") AS first, max(nullif(date, '') COLLATE "C") AS last FROM events`)).rows[0];
  const byKind = new Map<string, Facet[]>();
  for (const r of (await db.query<{ kind: string; key: string; n: string }>("SELECT kind, key, n FROM agg_facets")).rows) {
    let list = byKind.get(r.kind);
    if (!list) { list = []; byKind.set(r.kind, list); }
    list.push({ key: r.key, count: Number(r.n) });
  }
  const facet = (kind: string): Facet[] => sortFacets(byKind.get(kind) ?? []);
  return { first: range?.first ?? null, last: range?.last ?? null, countries: facet("country"), plover: facet("plover"),
    acled: facet("acled"), cameo_roots: facet("root") };
}
