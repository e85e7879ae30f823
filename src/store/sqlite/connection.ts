/** Opens a SQLite connection with the settings every connection of ours uses (WAL, foreign keys, timeouts). */
import Database from "better-sqlite3";

export function connect(path: string): Database.Database {
  const db = new Database(path);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("busy_timeout = 5000");
  db.pragma("foreign_keys = ON");
  return db;
}
