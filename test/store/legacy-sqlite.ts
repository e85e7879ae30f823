/** The SQLite side of legacy-v3.ts: a database file migrated and filled below the Store, opened later as `open` says. */
import { mkdtempSync } from "node:fs";
import { join } from "node:path";
import type { Store } from "../../src/store/types.ts";
import { connect } from "../../src/store/sqlite/connection.ts";
import { MIGRATIONS, migrate } from "../../src/store/sqlite/migrations.ts";
import type { LegacyBackend } from "./legacy-v3.ts";

/** Legacy databases as files in `dir`, opened with `open` (the contract's variant: threads, cache). */
export function legacySqlite(dir: string, open: (path: string) => Store): LegacyBackend {
  return {
    async create() {
      const path = join(mkdtempSync(join(dir, "legacy-")), "v3.db");
      const db = connect(path);
      return {
        db: {
          async migrateTo(version) { migrate(db, MIGRATIONS.filter((m) => m.version <= version)); },
          async insert(table, row) {
            const cols = Object.keys(row);
            const info = db.prepare(`INSERT INTO ${table} (${cols.map((c) => `"${c}"`).join(", ")}) VALUES (${cols.map(() => "?").join(", ")})`)
              .run(...Object.values(row));
            // the full-text index is an external-content table: the writer of every version fills it with the row
            if (table === "articles") db.prepare("INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)").run(info.lastInsertRowid, row["title"] ?? "", row["text"]);
          },
          async close() { db.close(); },
        },
        open: async () => open(path),
        async version() {
          const check = connect(path);
          try { return check.prepare("SELECT max(version) FROM schema_version").pluck().get() as number; } finally { check.close(); }
        },
      };
    },
  };
}
