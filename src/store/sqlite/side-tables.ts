/**
 * The SQLite side tables (aggregate-cells.ts): kept up to date by the write path, in the transaction that stores each
 * event, and read by the aggregates the dashboard asks for most (the whole store's summary, network and series, and
 * the series of one country), so those reads cost the size of their answer, not a scan of every event.
 */
import type Database from "better-sqlite3";
import type { EventFacets, Facet, NetworkCounts, SeriesBy, SeriesCounts } from "../types.ts";
import { cellsOf, PAIR_SAMPLE, type AggregateCells } from "../aggregate-cells.ts";
import type { EventRow } from "../rows.ts";
import { sortFacets } from "../facets.ts";

export const SIDE_TABLES_SQL = `
CREATE TABLE agg_series (
  country TEXT NOT NULL, state TEXT NOT NULL, day INTEGER NOT NULL,
  quad INTEGER NOT NULL, plover TEXT NOT NULL, acled TEXT NOT NULL, n INTEGER NOT NULL,
  PRIMARY KEY (country, state, day, quad, plover, acled)
) WITHOUT ROWID;
CREATE TABLE agg_facets (kind TEXT NOT NULL, key TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (kind, key)) WITHOUT ROWID;
CREATE TABLE agg_actors (key TEXT PRIMARY KEY, code TEXT NOT NULL, name TEXT NOT NULL, country TEXT, n INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE agg_pairs (
  key TEXT PRIMARY KEY, sc TEXT NOT NULL, sn TEXT NOT NULL, tc TEXT NOT NULL, tn TEXT NOT NULL, n INTEGER NOT NULL, g REAL NOT NULL
) WITHOUT ROWID;
CREATE TABLE agg_pair_sample (
  pair TEXT NOT NULL, k INTEGER NOT NULL, seq INTEGER NOT NULL, dup INTEGER NOT NULL, id TEXT NOT NULL,
  PRIMARY KEY (pair, k, seq, dup)
) WITHOUT ROWID;
`;

/** Prepares the upserts once; the returned function adds one new event's cells (inside the caller's transaction). */
export function sideTableWriter(db: Database.Database): (row: EventRow, seq: number) => void {
  const q = {
    series: db.prepare(`INSERT INTO agg_series (country, state, day, quad, plover, acled, n) VALUES (?, ?, ?, ?, ?, ?, 1)
      ON CONFLICT DO UPDATE SET n = n + 1`),
    facet: db.prepare("INSERT INTO agg_facets (kind, key, n) VALUES (?, ?, 1) ON CONFLICT DO UPDATE SET n = n + 1"),
    actor: db.prepare("INSERT INTO agg_actors (key, code, name, country, n) VALUES (?, ?, ?, ?, 1) ON CONFLICT DO UPDATE SET n = n + 1"),
    pair: db.prepare(`INSERT INTO agg_pairs (key, sc, sn, tc, tn, n, g) VALUES (?, ?, ?, ?, ?, 1, ?)
      ON CONFLICT DO UPDATE SET n = n + 1, g = g + excluded.g RETURNING n`).pluck(),
    sample: db.prepare("INSERT INTO agg_pair_sample (pair, k, seq, dup, id) VALUES (?, ?, ?, ?, ?)"),
    // a pair keeps its first PAIR_SAMPLE events in the store's order: min(n, PAIR_SAMPLE) rows
    lastSample: db.prepare("SELECT k, seq, dup FROM agg_pair_sample WHERE pair = ? ORDER BY k DESC, seq DESC, dup DESC LIMIT 1"),
    dropSample: db.prepare("DELETE FROM agg_pair_sample WHERE pair = ? AND k = ? AND seq = ? AND dup = ?"),
  };
  const later = (a: { k: number; seq: number; dup: number }, b: { k: number; seq: number; dup: number }): boolean =>
    a.k !== b.k ? a.k > b.k : a.seq !== b.seq ? a.seq > b.seq : a.dup > b.dup;
  const apply = (cells: AggregateCells): void => {
    for (const s of cells.series) q.series.run(s.country, s.state, s.day, s.quad, s.plover, s.acled);
    for (const f of cells.facets) q.facet.run(f.kind, f.key);
    for (const a of cells.actors) q.actor.run(a.key, a.code, a.name, a.country);
    for (const p of cells.pairs) {
      const n = q.pair.get(p.key, p.sc, p.sn, p.tc, p.tn, p.goldstein) as number;
      if (n > PAIR_SAMPLE) {
        // full: the new event enters only ahead of the last of the five, which it then replaces
        const last = q.lastSample.get(p.key) as { k: number; seq: number; dup: number } | undefined;
        if (!last || later(p, last)) continue;
        q.dropSample.run(p.key, last.k, last.seq, last.dup);
      }
      q.sample.run(p.key, p.k, p.seq, p.dup, p.id);
    }
  };
  return (row, seq) => apply(cellsOf(row, seq));
}

/** Fills the side tables from the stored events (the migration that adds them runs it once). */
export function backfillSideTables(db: Database.Database): void {
  const add = sideTableWriter(db);
  const rows = db.prepare(`SELECT seq, id, day, root, plover, acled_type, goldstein, quad_class, source, target, countries,
    negated, date, date_precision FROM events ORDER BY seq`).iterate() as IterableIterator<Omit<EventRow, "negated"> & { seq: number; negated: number }>;
  // iterate() holds a read cursor: collect first, then write
  const all = [...rows];
  for (const r of all) add({ ...r, negated: r.negated === 1 }, r.seq);
}

const SERIES_KEY: Readonly<Record<SeriesBy, string>> = { quad: "CAST(quad AS TEXT)", plover: "plover", acled: "acled" };

/** The series of every event (`country` '') or of one country's, from agg_series. */
export function sideSeries(db: Database.Database, country: string, by: SeriesBy): SeriesCounts {
  const key = SERIES_KEY[by];
  const skipped = db.prepare(`SELECT coalesce(sum(n) FILTER (WHERE state = 'n'), 0) AS negated,
      coalesce(sum(n) FILTER (WHERE state = 'u'), 0) AS undated,
      coalesce(sum(n) FILTER (WHERE state = 'p' AND ${key} = ''), 0) AS unlabelled
    FROM agg_series WHERE country = ?`).get(country) as { negated: number; undated: number; unlabelled: number };
  const rows = db.prepare(`SELECT day, ${key} AS key, sum(n) AS count FROM agg_series
    WHERE country = ? AND state = 'p' AND ${key} != '' GROUP BY day, key ORDER BY day, key`).all(country) as SeriesCounts["rows"][number][];
  return { rows, ...skipped };
}

/** The network of every event, from agg_actors, agg_pairs and agg_pair_sample. */
export function sideNetwork(db: Database.Database): NetworkCounts {
  const actors = db.prepare("SELECT code, name, country, n AS events FROM agg_actors").all() as NetworkCounts["actors"][number][];
  const samples = new Map<string, { id: string; order: readonly [number, number] }[]>();
  for (const s of db.prepare("SELECT pair, k, seq, id FROM agg_pair_sample ORDER BY pair, k, seq, dup").all() as { pair: string; k: number; seq: number; id: string }[]) {
    let list = samples.get(s.pair);
    if (!list) { list = []; samples.set(s.pair, list); }
    list.push({ id: s.id, order: [s.k, s.seq] });
  }
  const pairs = (db.prepare("SELECT key, sc, sn, tc, tn, n, g FROM agg_pairs").all() as { key: string; sc: string; sn: string; tc: string; tn: string; n: number; g: number }[])
    .map((p) => ({ source: { code: p.sc, name: p.sn }, target: { code: p.tc, name: p.tn }, events: p.n, goldstein_sum: p.g, sample: samples.get(p.key) ?? [] }));
  return { actors, pairs };
}

/** The summary facets, from agg_facets; the date range from the events_date index. */
export function sideFacets(db: Database.Database): EventFacets {
  const first = db.prepare("SELECT date FROM events WHERE date > '' ORDER BY date LIMIT 1").pluck().get() as string | undefined;
  const last = db.prepare("SELECT date FROM events WHERE date > '' ORDER BY date DESC LIMIT 1").pluck().get() as string | undefined;
  const byKind = new Map<string, Facet[]>();
  for (const r of db.prepare("SELECT kind, key, n FROM agg_facets").all() as { kind: string; key: string; n: number }[]) {
    let list = byKind.get(r.kind);
    if (!list) { list = []; byKind.set(r.kind, list); }
    list.push({ key: r.key, count: r.n });
  }
  const facet = (kind: string): Facet[] => sortFacets(byKind.get(kind) ?? []);
  return { first: first ?? null, last: last ?? null, countries: facet("country"), plover: facet("plover"), acled: facet("acled"), cameo_roots: facet("root") };
}
