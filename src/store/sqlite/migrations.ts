/**
 * The SQLite schema as numbered migrations. `schema_version` records the last one applied; each runs in its own
 * transaction, so a database is always at a whole version. Append new migrations; never edit an applied one.
 */
import type Database from "better-sqlite3";
import { SIDE_TABLES_SQL, backfillSideTables } from "./side-tables.ts";

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
  /** run after `sql`, in the same transaction: fills what the SQL added from the rows already stored */
  readonly run?: (db: Database.Database) => void;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "articles, events, actors, quotes, ceasefire mentions, full-text search",
    sql: `
CREATE TABLE articles (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  hash TEXT NOT NULL UNIQUE,
  input_hash TEXT NOT NULL,
  title TEXT, author TEXT, source TEXT, published TEXT, url TEXT,
  text TEXT NOT NULL,
  story TEXT NOT NULL,
  near_duplicate_of TEXT,
  similarity REAL,
  signature BLOB NOT NULL,
  ingested TEXT NOT NULL,
  origin TEXT,
  coded TEXT NOT NULL
);
CREATE INDEX articles_input_hash ON articles(input_hash);
CREATE INDEX articles_published ON articles(published);
CREATE TABLE minhash_bands (band TEXT NOT NULL, article TEXT NOT NULL, PRIMARY KEY (band, article)) WITHOUT ROWID;
CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='seq');
CREATE TABLE events (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  merge_key TEXT NOT NULL,
  day INTEGER,
  cameo TEXT NOT NULL, root TEXT NOT NULL, cameo_name TEXT NOT NULL,
  plover TEXT, plover_mode TEXT, acled_type TEXT, acled_sub TEXT,
  goldstein REAL NOT NULL, quad_class INTEGER NOT NULL,
  source TEXT NOT NULL, target TEXT NOT NULL, codes TEXT NOT NULL, countries TEXT NOT NULL,
  negated INTEGER NOT NULL, modality TEXT NOT NULL,
  date TEXT, date_precision TEXT,
  location TEXT, country TEXT,
  trigger TEXT NOT NULL, confidence REAL NOT NULL,
  num_mentions INTEGER NOT NULL DEFAULT 0,
  num_articles INTEGER NOT NULL DEFAULT 0,
  num_sources INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX events_key ON events(merge_key, day);
CREATE INDEX events_day ON events(day);
CREATE INDEX events_cameo ON events(cameo);
CREATE TABLE event_mentions (
  event TEXT NOT NULL REFERENCES events(id),
  article TEXT NOT NULL REFERENCES articles(id),
  local_id TEXT NOT NULL,
  sentence INTEGER NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
  text TEXT NOT NULL, source TEXT, url TEXT, published TEXT,
  story TEXT NOT NULL,
  outlet TEXT NOT NULL,
  PRIMARY KEY (article, local_id)
);
CREATE INDEX event_mentions_story ON event_mentions(event, story);
CREATE INDEX event_mentions_outlet ON event_mentions(event, outlet);
CREATE TABLE actors (
  key TEXT PRIMARY KEY,
  name TEXT NOT NULL, code TEXT NOT NULL, kind TEXT NOT NULL, country TEXT,
  num_articles INTEGER NOT NULL DEFAULT 0, num_mentions INTEGER NOT NULL DEFAULT 0,
  first_seen TEXT, last_seen TEXT
) WITHOUT ROWID;
CREATE TABLE article_actors (
  article TEXT NOT NULL, local_id TEXT NOT NULL, actor TEXT NOT NULL, mentions INTEGER NOT NULL,
  PRIMARY KEY (article, local_id)
) WITHOUT ROWID;
CREATE INDEX article_actors_actor ON article_actors(actor);
CREATE TABLE quotes (
  article TEXT NOT NULL, idx INTEGER NOT NULL, speaker TEXT, speaker_name TEXT, text TEXT NOT NULL,
  start INTEGER NOT NULL, "end" INTEGER NOT NULL, direct INTEGER NOT NULL,
  PRIMARY KEY (article, idx)
) WITHOUT ROWID;
CREATE TABLE ceasefire_mentions (
  article TEXT NOT NULL, idx INTEGER NOT NULL, country TEXT, status TEXT NOT NULL, body TEXT NOT NULL,
  PRIMARY KEY (article, idx)
) WITHOUT ROWID;
CREATE INDEX ceasefire_mentions_country ON ceasefire_mentions(country);
`,
  },
  {
    version: 2,
    name: "indexes for paged and aggregated reads",
    // events_order is the paging order (cursor.ts ORDER_KEY); events_series holds every column the time series and
    // its usual filters read, so they are counted from the index alone; the others let the facets count from one
    sql: `
CREATE INDEX events_order ON events(coalesce(day, 2147483647), seq);
CREATE INDEX events_root ON events(root);
CREATE INDEX events_plover ON events(plover);
CREATE INDEX events_acled ON events(acled_type);
CREATE INDEX events_countries ON events(countries);
CREATE INDEX events_date ON events(date);
CREATE INDEX articles_story ON articles(story);
CREATE INDEX events_series ON events(negated, date_precision, day, quad_class, plover, acled_type, date, country, countries, cameo);
CREATE INDEX articles_listing ON articles(published IS NULL, published DESC, id);
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
ALTER TABLE events ADD COLUMN date_from TEXT;
CREATE INDEX events_date_from ON events(date_from);
`,
  },
];

/** Brings a database up to the newest migration; returns the version it ends at. */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number {
  db.exec("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, name TEXT NOT NULL, applied TEXT NOT NULL)");
  const row = db.prepare("SELECT MAX(version) AS v FROM schema_version").get() as { v: number | null };
  let current = row.v ?? 0;
  for (const m of migrations) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.sql);
      m.run?.(db);
      db.prepare("INSERT INTO schema_version (version, name, applied) VALUES (?, ?, datetime('now'))").run(m.version, m.name);
    }).immediate();
    current = m.version;
  }
  return current;
}
