/**
 * The PostgreSQL schema as numbered migrations, the same tables as the SQLite ones (sqlite/migrations.ts) in
 * PostgreSQL types. `schema_version` records what was applied; each migration runs in its own transaction, so a
 * database is always at a whole version. Append new migrations; never edit an applied one.
 *
 * Choices that keep results identical to SQLite's:
 * - text that is compared or sorted (dates as ISO text, actor keys) is COLLATE "C": byte order, like SQLite's BINARY,
 *   whatever the database's locale;
 * - JSON is stored as `json`, not `jsonb`, so the text (and key order) is kept exactly as written;
 * - event mentions get a `seq` so they come back in insertion order, as SQLite's rowid does;
 * - the MinHash signature is the same little-endian uint32 bytes (sqlite/signature.ts), as bytea.
 */
import type pg from "pg";
import { SIDE_TABLES_SQL, backfillSideTables } from "./side-tables.ts";

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
  /** run after `sql`, in the same transaction: fills what the SQL added from the rows already stored */
  readonly run?: (client: pg.PoolClient) => Promise<void>;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "articles, events, actors, quotes, ceasefire mentions, full-text search, merge locks",
    sql: `
CREATE TABLE articles (
  seq bigserial PRIMARY KEY,
  id text NOT NULL UNIQUE,
  hash text NOT NULL UNIQUE,
  input_hash text NOT NULL,
  title text, author text, source text, published text COLLATE "C", url text,
  text text NOT NULL,
  story text NOT NULL,
  near_duplicate_of text,
  similarity double precision,
  signature bytea NOT NULL,
  ingested text NOT NULL,
  origin text,
  coded json NOT NULL,
  -- title and text as one unweighted document, like the FTS5 table (whose bm25 weighs both columns alike)
  fts tsvector GENERATED ALWAYS AS (to_tsvector('english', coalesce(title, '') || ' ' || text)) STORED
);
CREATE INDEX articles_input_hash ON articles(input_hash);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_fts ON articles USING gin(fts);
CREATE TABLE minhash_bands (band text NOT NULL, article text NOT NULL, PRIMARY KEY (band, article));
CREATE TABLE events (
  seq bigserial PRIMARY KEY,
  id text NOT NULL UNIQUE,
  merge_key text NOT NULL,
  day integer,
  cameo text NOT NULL, root text NOT NULL, cameo_name text NOT NULL,
  plover text, plover_mode text, acled_type text, acled_sub text,
  goldstein double precision NOT NULL, quad_class integer NOT NULL,
  source json NOT NULL, target json NOT NULL, codes text NOT NULL, countries text NOT NULL,
  negated boolean NOT NULL, modality text NOT NULL,
  date text, date_precision text,
  location json, country text,
  trigger text NOT NULL, confidence double precision NOT NULL,
  num_mentions integer NOT NULL DEFAULT 0,
  num_articles integer NOT NULL DEFAULT 0,
  num_sources integer NOT NULL DEFAULT 0
);
CREATE INDEX events_key ON events(merge_key, day);
CREATE INDEX events_day ON events(day);
CREATE INDEX events_cameo ON events(cameo);
CREATE TABLE event_mentions (
  seq bigserial NOT NULL,
  event text NOT NULL REFERENCES events(id),
  article text NOT NULL REFERENCES articles(id),
  local_id text NOT NULL,
  sentence integer NOT NULL, span_start integer NOT NULL, span_end integer NOT NULL,
  text text NOT NULL, source text, url text, published text,
  story text NOT NULL,
  outlet text NOT NULL,
  PRIMARY KEY (article, local_id)
);
CREATE INDEX event_mentions_story ON event_mentions(event, story);
CREATE INDEX event_mentions_outlet ON event_mentions(event, outlet);
CREATE TABLE actors (
  key text COLLATE "C" PRIMARY KEY,
  name text NOT NULL, code text NOT NULL, kind text NOT NULL, country text,
  num_articles integer NOT NULL DEFAULT 0, num_mentions integer NOT NULL DEFAULT 0,
  first_seen text COLLATE "C", last_seen text COLLATE "C"
);
CREATE TABLE article_actors (
  article text NOT NULL, local_id text NOT NULL, actor text NOT NULL, mentions integer NOT NULL,
  PRIMARY KEY (article, local_id)
);
CREATE INDEX article_actors_actor ON article_actors(actor);
CREATE TABLE quotes (
  article text NOT NULL, idx integer NOT NULL, speaker text, speaker_name text, text text NOT NULL,
  start integer NOT NULL, "end" integer NOT NULL, direct boolean NOT NULL,
  PRIMARY KEY (article, idx)
);
CREATE TABLE ceasefire_mentions (
  article text NOT NULL, idx integer NOT NULL, country text, status text NOT NULL, body json NOT NULL,
  PRIMARY KEY (article, idx)
);
CREATE INDEX ceasefire_mentions_country ON ceasefire_mentions(country);

-- Takes transaction-level advisory locks on a set of names (content hashes, article ids, actor keys, event merge
-- keys: see write.ts) in one global order, so two writers never wait on each other in a cycle. Keys are scoped by
-- the schema, so stores in different schemas of one database do not contend. A function, not a SELECT over
-- unnest(), because only a loop guarantees the order in which the locks are taken.
CREATE FUNCTION parley_lock(names text[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE k bigint;
BEGIN
  FOR k IN SELECT DISTINCT hashtextextended(current_schema() || ':' || n, 0) AS h FROM unnest(names) AS n ORDER BY h LOOP
    PERFORM pg_advisory_xact_lock(k);
  END LOOP;
END $$;
`,
  },
  {
    version: 2,
    name: "indexes for paged and aggregated reads",
    // events_order is the paging order (cursor.ts ORDER_KEY); events_series holds every column the time series and
    // its usual filters read, so they are counted from the index alone; the others let the facets count from one
    sql: `
CREATE INDEX events_order ON events((coalesce(day, 2147483647)), seq);
CREATE INDEX events_root ON events(root);
CREATE INDEX events_plover ON events(plover);
CREATE INDEX events_acled ON events(acled_type);
CREATE INDEX events_countries ON events(countries);
CREATE INDEX events_date ON events(date);
CREATE INDEX articles_story ON articles(story);
CREATE INDEX events_series ON events(negated, date_precision, day, quad_class, plover, acled_type, date, country, countries, cameo);
CREATE INDEX articles_listing ON articles((published IS NULL), published DESC, (id COLLATE "C"));
`,
  },
  {
    version: 3,
    name: "side tables of the aggregates, kept at write time",
    sql: SIDE_TABLES_SQL,
    run: backfillSideTables,
  },
  {
    version: 4,
    name: "where each event's date came from",
    // events stored before keep NULL: unknown, not "publication" (their coding may predate the field)
    sql: `
ALTER TABLE events ADD COLUMN date_from text;
CREATE INDEX events_date_from ON events(date_from);
`,
  },
];

/**
 * Brings a database (schema) up to the newest migration; returns the version it ends at. Creates the schema
 * first when one is named. Several processes may open one database at once: a session-level advisory lock keyed by
 * the schema lets one migrate while the others wait, then find nothing left to do.
 */
export async function migrate(pool: pg.Pool, schema: string | null, migrations: readonly Migration[] = MIGRATIONS): Promise<number> {
  const client = await pool.connect();
  // as in transaction.ts: a dropped connection must reject the query in flight, not end the process
  const dropped = (): void => undefined;
  client.on("error", dropped);
  try {
    await client.query("SELECT pg_advisory_lock(hashtextextended($1, 0))", [`parley:migrate:${schema ?? ""}`]);
    // `schema` is a checked, lower-cased identifier (config.ts), so it can stand unquoted in DDL
    if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_version (
      version integer NOT NULL, name text NOT NULL, applied timestamptz NOT NULL DEFAULT now())`);
    const { rows } = await client.query<{ v: number | null }>("SELECT max(version) AS v FROM schema_version");
    let current = rows[0]?.v ?? 0;
    for (const m of migrations) {
      if (m.version <= current) continue;
      await client.query("BEGIN");
      try {
        await client.query(m.sql);
        await m.run?.(client);
        await client.query("INSERT INTO schema_version (version, name) VALUES ($1, $2)", [m.version, m.name]);
        await client.query("COMMIT");
      } catch (e) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw e;
      }
      current = m.version;
    }
    await client.query("SELECT pg_advisory_unlock(hashtextextended($1, 0))", [`parley:migrate:${schema ?? ""}`]);
    client.off("error", dropped);
    client.release();
    return current;
  } catch (e) {
    // dropping the connection also drops its session lock, whatever state the failure left it in
    client.off("error", dropped);
    client.release(true);
    throw e;
  }
}
