/**
 * The storage contract for where each event's date came from (issue 10, "every event dated"): `date_from` is
 * written and read back on every path, filters events, and a v3 database made before the column upgrades in place
 * with its rows kept and their `date_from` unknown (null).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import type { DateSource } from "../../src/types.ts";
import type { Store } from "../../src/store/types.ts";
import { EVENT_COLUMNS, eventRow } from "../../src/store/export/events.ts";
import { exportLines } from "../../src/cli/commands/export.ts";
import { WIRE, article, event, record } from "./fixtures.ts";
import { LEGACY, buildV3, type LegacyBackend } from "./legacy-v3.ts";

/** one event per way of being dated; distinct CAMEO codes keep them from merging */
const DATED: readonly { cameo: string; date: string | null; from: DateSource | null }[] = [
  { cameo: "190", date: "2031-03-01", from: "clause" },
  { cameo: "193", date: "2031-03-01", from: "sentence" },
  { cameo: "195", date: "2031-03-02", from: "publication" },
  { cameo: "040", date: null, from: null },
];

const datedArticle = (id = "d1") => article({ id, text: `${WIRE} Filed as ${id}.`, published: "2031-03-02", source: "Wire A",
  events: DATED.map((d, i) => event({ id: `e${i}`, cameo: d.cameo, date: d.date, date_precision: d.date ? "day" : null, date_from: d.from })) });

export function dateFromContract(name: string, makeStore: () => Promise<Store>, legacy?: LegacyBackend): void {
  const withStore = (title: string, fn: (store: Store) => Promise<void>): void => {
    test(`${name}: ${title}`, async () => {
      const store = await makeStore();
      try { await fn(store); } finally { await store.close(); }
    });
  };

  withStore("keeps where each event's date came from: events, pages, one event, CSV and JSONL exports", async (store) => {
    await store.putArticle(record(datedArticle()));
    const all = await store.events();
    const byCameo = new Map(all.map((e) => [e.cameo, e]));
    for (const d of DATED) assert.equal(byCameo.get(d.cameo)?.date_from, d.from, d.cameo);
    assert.deepEqual((await store.eventPage({ limit: 10 })).items, all);
    for (const e of all) assert.deepEqual(await store.getEvent(e.id), e);
    const csv = Object.fromEntries(EVENT_COLUMNS.map((c, i) => [c, eventRow(byCameo.get("195")!)[i]]));
    assert.equal(csv["date_from"], "publication");
    const jsonl = [...exportLines(all, "jsonl")].map((l) => JSON.parse(l) as { cameo: string; date_from: unknown });
    assert.deepEqual(jsonl.map((e) => [e.cameo, e.date_from]), all.map((e) => [e.cameo, e.date_from]));
  });

  withStore("filters events by where their date came from, alone and with other filters", async (store) => {
    await store.putArticle(record(datedArticle()));
    for (const d of DATED) {
      if (!d.from) continue;
      const got = await store.events({ date_from: d.from });
      assert.deepEqual(got.map((e) => e.cameo), [d.cameo], d.from);
      const page = await store.eventPage({ date_from: d.from, limit: 10 });
      assert.deepEqual([page.total, page.items.map((e) => e.cameo)], [1, [d.cameo]], d.from);
    }
    assert.deepEqual((await store.events({ date_from: "publication", cameo: "19" })).map((e) => e.cameo), ["195"]);
    assert.deepEqual(await store.events({ date_from: "publication", cameo: "04" }), []);
    const series = await store.eventSeries({ date_from: "clause" }, "quad");
    assert.deepEqual(series.rows.map((r) => r.count), [1]);
  });

  withStore("a merged event keeps the date source of the report that created it, with its date", async (store) => {
    await store.putArticle(record(article({ id: "m1", text: WIRE, events: [event({ id: "e1", date: "2031-03-02", date_from: "clause" })] })));
    const out = await store.putArticle(record(article({ id: "m2", text: `${WIRE} Again.`,
      events: [event({ id: "e1", date: "2031-03-03", date_from: "publication" })] })));
    assert.equal(out.status === "stored" && out.merged, 1);
    const [e] = await store.events();
    assert.deepEqual([e?.date, e?.date_from, e?.num_articles], ["2031-03-02", "clause", 2]);
  });

  if (!legacy) return;
  test(`${name}: upgrades a v3 database in place: rows kept, their date source unknown (null), new rows keep theirs`, async () => {
    const { db, open, version } = await legacy.create();
    try { await buildV3(db); } finally { await db.close(); }
    const store = await open();
    try {
      const [old, ...rest] = await store.events();
      assert.deepEqual(rest, []);
      // (after a first call: the PostgreSQL store migrates on its first query)
      assert.equal(await version(), 4);
      const was = LEGACY.article.events[0]!;
      assert.deepEqual([old?.id, old?.cameo, old?.date, old?.date_precision, old?.date_from, old?.mentions.length],
        ["old1/e1", was.cameo, was.date, "day", null, 1]);
      assert.equal((await store.getArticle("old1"))?.text, LEGACY.article.article.text);
      assert.equal((await store.searchArticles("upgrade")).length, 1);
      await store.putArticle(record(datedArticle("new1")));
      assert.equal((await store.counts()).events, 1 + DATED.length);
      // unknown is no source: it matches none of the filters
      for (const from of ["clause", "sentence", "publication"] as const) {
        assert.ok((await store.events({ date_from: from })).every((e) => e.id.startsWith("new1/")), from);
      }
      // the side tables the v3 migration filled from the old row still count it
      assert.equal((await store.eventFacets()).cameo_roots.find((f) => f.key === "19")?.count, 4);
    } finally {
      await store.close();
    }
  });
}
