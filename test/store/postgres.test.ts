/**
 * The storage contract on PostgreSQL, plus what only a networked, shared backend has: concurrent writers, lazy
 * connection errors, re-opening a migrated schema.
 *
 * The server is env PARLEY_TEST_PG (default postgres:///parley_test: the local Unix socket as the current OS user).
 * Each case gets its own schema, `CREATE SCHEMA t_<random>`, opened with `?schema=`; they are dropped at the end.
 * When the server cannot be reached the server-backed tests are skipped, with the reason, not failed.
 */
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import pg from "pg";
import type { Store } from "../../src/store/types.ts";
import { openStore } from "../../src/store/open.ts";
import { postgresTarget } from "../../src/store/postgres/config.ts";
import { MIGRATIONS } from "../../src/store/postgres/migrations.ts";
import { storeContract } from "./contract.ts";
import { WIRE, article, event, record } from "./fixtures.ts";
import { legacyPostgres } from "./legacy-postgres.ts";

const BASE = process.env["PARLEY_TEST_PG"] || "postgres:///parley_test";
const parsed = postgresTarget(BASE);
const TARGET = parsed.ok ? parsed.value : null;

/** Connects once with a short timeout (and a hard one, so a silent network cannot hang the file): null, or why not. */
async function unreachable(): Promise<string | null> {
  if (!TARGET) return parsed.ok ? null : parsed.error.message;
  const client = new pg.Client({ ...TARGET.pool, options: undefined, connectionTimeoutMillis: 3000 });
  client.on("error", () => undefined);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error("no answer in 5 s")), 5000); });
  try {
    await Promise.race([client.connect().then(() => client.query("SELECT 1")), timeout]);
    return null;
  } catch (e) {
    return (e as Error).message || String(e);
  } finally {
    clearTimeout(timer);
    void client.end().catch(() => undefined);
  }
}

const why = await unreachable();
const schemas: string[] = [];

/** A store on a fresh, empty schema of the test database (or on `schema`, to share one). */
async function makeStore(schema?: string): Promise<Store> {
  let name = schema;
  if (name === undefined) {
    name = `t_${randomBytes(6).toString("hex")}`;
    schemas.push(name);
    await admin!.query(`CREATE SCHEMA ${name}`);
  }
  const opened = openStore(`${BASE}${BASE.includes("?") ? "&" : "?"}schema=${name}`);
  if (!opened.ok) throw new Error(opened.error.message);
  return opened.value;
}

const admin = why === null && TARGET ? new pg.Pool({ ...TARGET.pool, options: undefined, max: 2 }) : null;
after(async () => {
  if (!admin) return;
  for (const s of schemas) await admin.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
  await admin.end();
});

test("postgres: an unreachable server is a rejected promise that names the URL but not the password", async () => {
  const opened = openStore("postgres://nobody:secret@127.0.0.1:1/x?connect_timeout=3");
  assert.ok(opened.ok);
  const store = opened.value;
  assert.equal(store.backend, "postgres");
  try {
    await assert.rejects(store.counts(), (e: Error) => {
      assert.match(e.message, /127\.0\.0\.1:1/);
      assert.match(e.message, /nobody:\*\*\*@/);
      assert.doesNotMatch(e.message, /secret/);
      return true;
    });
    // and again: the failed first connection is not cached as success
    await assert.rejects(store.putArticle(record(article({ id: "n1", text: WIRE }))), (e: Error) => !/secret/.test(e.message));
  } finally {
    await store.close();
  }
});

test("postgres: a URL it cannot use is an error value", () => {
  const bad = openStore("postgres://u:pw@localhost/db?schema=x;drop");
  assert.equal(bad.ok, false);
  assert.ok(!bad.ok && !bad.error.message.includes(":pw@"));
  assert.equal(openStore("postgres://localhost/db?nonsense=1").ok, false);
});

if (why !== null) {
  test("postgres: contract and concurrency", { skip: `PostgreSQL not reachable at ${TARGET?.label ?? BASE}: ${why}` }, () => undefined);
} else {
  storeContract("postgres", () => makeStore(), legacyPostgres({ ...TARGET!.pool, options: undefined }, (schema) => makeStore(schema), (schema) => schemas.push(schema)));

  test("postgres: two stores writing overlapping articles at once merge events and actors exactly", async () => {
    const schema = `t_${randomBytes(6).toString("hex")}`;
    schemas.push(schema);
    // the schema does not exist yet: both stores migrate it on their first call, at the same time
    const [one, two] = [await makeStore(schema), await makeStore(schema)];
    try {
      // every article reports the same fight (one merge key, dates within a day) and names the same four actors
      const fight = (id: string, date: string) => [event({ id, date })];
      const arts = Array.from({ length: 12 }, (_, i) => record(article({
        id: `a${i}`, text: `Report ${i}: ${WIRE}`, source: `Outlet ${i % 5}`, published: `2031-03-0${2 + (i % 3)}`,
        events: fight("e1", i % 2 ? "2031-03-02" : "2031-03-03"),
      })));
      // overlapping batches in opposite orders: shared records end stored once, and nothing deadlocks
      const [outOne, outTwo] = await Promise.all([
        one.putArticles(arts.slice(0, 8)),
        two.putArticles(arts.slice(4).reverse()),
      ]);
      // and single puts, interleaved, of articles reporting a later fight not stored yet: they name no actors, so
      // only the merge-key lock stops two of them both creating that event or both counting "Outlet X" as new
      const extra = Array.from({ length: 30 }, (_, i) => record(article({
        id: `x${i}`, text: `Extra ${i}: ${WIRE}`, source: "Outlet X", published: "2031-04-10", events: fight("e1", "2031-04-10"),
        actors: [],
      })));
      // warm both pools to their ten connections first, so the puts below really start together
      await Promise.all([one, two].flatMap((s) => Array.from({ length: 10 }, () => s.counts())));
      const singles = await Promise.all(extra.flatMap((r) => [one.putArticle(r), two.putArticle(r)]));

      const all = [...outOne, ...outTwo, ...singles];
      const stored = all.filter((o) => o.status === "stored");
      assert.equal(stored.length, 12 + 30);
      assert.equal(all.filter((o) => o.status === "duplicate").length, 4 + 30);
      assert.deepEqual(new Set(stored.map((o) => o.id)).size, 12 + 30);
      // one article created each event; every other one merged into it
      assert.equal(stored.reduce((n, o) => n + (o.status === "stored" ? o.merged : 0), 0), 11 + 29);

      const events = await one.events();
      assert.deepEqual(events.map((e) => [e.date, e.num_mentions, e.num_articles, e.num_sources, e.mentions.length]), [
        [events[0]?.date, 12, 12, 5, 12],
        ["2031-04-10", 30, 30, 1, 30],
      ]);

      const actors = await two.actors();
      assert.deepEqual(actors.map((a) => a.key).sort(), ["EGY:egypt", "NOR:norland", "NORMIL:norland army", "NORREB:southern front"]);
      const byKey = new Map(actors.map((a) => [a.key, a]));
      assert.equal(byKey.get("NORMIL:norland army")?.num_articles, 12);
      assert.equal(byKey.get("EGY:egypt")?.num_articles, 12);
      assert.equal(byKey.get("NORMIL:norland army")?.first_seen, "2031-03-02");
      assert.equal(byKey.get("NORMIL:norland army")?.last_seen, "2031-03-04");
      assert.deepEqual(await one.counts(), { articles: 42, stories: 42, events: 2, event_mentions: 42, actors: 4, ceasefire_mentions: 0 });
    } finally {
      await Promise.all([one.close(), two.close()]);
    }
  });

  test("postgres: migrations are idempotent: a second open of a migrated schema keeps its data", async () => {
    const first = await makeStore();
    const schema = schemas[schemas.length - 1]!;
    try {
      await first.putArticle(record(article({ id: "n1", text: WIRE, events: [event({ id: "e1" })] })));
    } finally {
      await first.close();
    }
    const again = await makeStore(schema);
    try {
      assert.equal((await again.counts()).articles, 1);
      assert.deepEqual(await again.putArticle(record(article({ id: "n1", text: WIRE }))), { status: "duplicate", id: "n1" });
      const { rows } = await admin!.query<{ version: number }>(`SELECT version FROM ${schema}.schema_version ORDER BY version`);
      assert.deepEqual(rows.map((r) => r.version), MIGRATIONS.map((m) => m.version));
    } finally {
      await again.close();
    }
  });
}
