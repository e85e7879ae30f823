/**
 * A plain PostgreSQL client for the fault and kill tests (to count rows, drop schemas, terminate connections), or
 * the reason there is none, so that the tests can skip with it.
 */
import pg from "pg";
import { postgresTarget } from "../../src/store/postgres/config.ts";

export const PG_BASE = process.env["PARLEY_TEST_PG"] || "postgres:///parley_test";

export async function pgAdmin(base: string = PG_BASE): Promise<pg.Client | string> {
  const target = postgresTarget(base);
  if (!target.ok) return target.error.message;
  const client = new pg.Client({ ...target.value.pool, options: undefined, connectionTimeoutMillis: 3000 });
  client.on("error", () => undefined);
  try { await client.connect(); return client; } catch (e) { return (e as Error).message || String(e); }
}
