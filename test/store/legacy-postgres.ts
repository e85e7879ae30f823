/** The PostgreSQL side of legacy-v3.ts: a fresh schema migrated and filled below the Store, opened later by URL. */
import { randomBytes } from "node:crypto";
import pg from "pg";
import type { Store } from "../../src/store/types.ts";
import { MIGRATIONS, migrate } from "../../src/store/postgres/migrations.ts";
import type { LegacyBackend } from "./legacy-v3.ts";

/**
 * Legacy schemas of the database at `pool` (settings without a search_path); `open(schema)` opens one with the
 * current code, and `made` hears each schema name, for the caller to drop.
 */
export function legacyPostgres(pool: pg.PoolConfig, open: (schema: string) => Promise<Store>, made: (schema: string) => void): LegacyBackend {
  return {
    async create() {
      const schema = `t_${randomBytes(6).toString("hex")}`;
      made(schema);
      const db = new pg.Pool({ ...pool, options: `-c search_path=${schema}`, max: 1 });
      await db.query(`CREATE SCHEMA ${schema}`);
      return {
        db: {
          async migrateTo(version) { await migrate(db, schema, MIGRATIONS.filter((m) => m.version <= version)); },
          async insert(table, row) {
            const cols = Object.keys(row);
            await db.query(`INSERT INTO ${table} (${cols.join(", ")}) VALUES (${cols.map((_, i) => `$${i + 1}`).join(", ")})`, Object.values(row));
          },
          async close() { await db.end(); },
        },
        open: () => open(schema),
        async version() {
          const check = new pg.Pool({ ...pool, max: 1 });
          try { return (await check.query<{ v: number }>(`SELECT max(version) AS v FROM ${schema}.schema_version`)).rows[0]!.v; } finally { await check.end(); }
        },
      };
    },
  };
}
