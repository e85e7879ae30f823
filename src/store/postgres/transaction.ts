/** One transaction on one pooled connection: BEGIN … COMMIT, ROLLBACK on error, the connection always released. */
import type pg from "pg";

/**
 * Runs `fn` inside a READ COMMITTED transaction. READ COMMITTED is asked for explicitly (whatever the server's
 * default): the write path takes its locks first and relies on each later statement seeing what other writers
 * committed before those locks were granted.
 *
 * @example const n = await inTransaction(pool, async (c) => (await c.query("SELECT 1")).rowCount);
 */
export async function inTransaction<T>(pool: pg.Pool, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  // a connection the server drops (a restart) emits 'error' on the checked-out client: without a listener that
  // would end the process; the query in flight rejects with it anyway, and is reported from there
  const dropped = (): void => undefined;
  client.on("error", dropped);
  try {
    await client.query("BEGIN ISOLATION LEVEL READ COMMITTED");
    const out = await fn(client);
    await client.query("COMMIT");
    client.off("error", dropped);
    client.release();
    return out;
  } catch (e) {
    // a connection whose ROLLBACK fails is in an unknown state: destroy it rather than return it to the pool
    const rolledBack = await client.query("ROLLBACK").then(() => true, () => false);
    client.off("error", dropped);
    client.release(!rolledBack);
    throw e;
  }
}
