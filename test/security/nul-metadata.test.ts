/**
 * A NUL byte in an article's metadata (title, source, URL, id, date), from a feed, a JSONL batch or the API: the
 * article is refused as one reported issue and the rest of the batch is stored, on SQLite and on PostgreSQL (which
 * cannot store a NUL in text at all and used to fail the whole ingest with "invalid byte sequence"; the API
 * answered 500).
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { createCoder } from "../../src/index.ts";
import { ingest } from "../../src/ingest/run.ts";
import type { SourceItem } from "../../src/ingest/sources/item.ts";
import { openBackend, postgresUnavailable, type Backend } from "./backends.ts";
import { NOW } from "../server/fixture.ts";

const TEXT = (n: number) => `Government forces and the rebels agreed a ceasefire in the coastal town ${n} on Monday, the United Nations said. The envoy met both delegations in Tunis on Tuesday.`;
const CASES: readonly [field: string, input: Record<string, string>][] = [
  ["title", { title: "Truce\u0000 agreed" }], ["source", { source: "Desk\u0000" }], ["url", { url: "https://news.example/a\u0000b" }],
  ["id", { id: "a\u0000" }], ["date", { date: "2031-01-02\u0000" }],
];

let pgWhy: string | null = null;
before(async () => { pgWhy = await postgresUnavailable(); });

for (const kind of ["sqlite", "postgres"] as const) {
  describe(`NUL in metadata on ${kind}`, () => {
    let b: Backend | null = null;
    before(async () => { if (kind === "sqlite" || pgWhy === null) b = await openBackend(kind, []); });
    after(async () => { await b?.close(); });

    it("each article with a NUL in a metadata field is one reported issue naming the field; the others are stored", async (t) => {
      if (!b) return t.skip(`PostgreSQL not reachable: ${pgWhy}`);
      const items: SourceItem[] = [
        ...CASES.map(([field, extra], i): SourceItem => ({ ok: true, origin: `batch:${field}`, input: { id: `nul-${field}`, text: TEXT(i), ...extra } })),
        { ok: true, origin: "batch:good", input: { id: "good", text: TEXT(99), title: "Truce agreed" } },
      ];
      const summary = await ingest(items, { store: b.store, coder: createCoder(), now: () => NOW });
      assert.equal(summary.stored, 1);
      assert.deepEqual(summary.issues.map((i) => [i.path, i.code, i.message]), CASES.map(([field]) => [`batch:${field}`, "binary", `the input's ${field} holds a NUL byte; binary data is not text`]));
      assert.ok(await b.store.getArticle("good"));
    });

    it("POST /api/articles with a NUL in the title or source answers 422, not 500", async (t) => {
      if (!b) return t.skip(`PostgreSQL not reachable: ${pgWhy}`);
      const editor = b.tokens.create("editor", new Date(0)).token;
      for (const extra of [{ title: "A\u0000" }, { source: "B\u0000" }]) {
        const res = await b.app.request("/api/articles", { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${editor}` }, body: JSON.stringify({ text: TEXT(7), ...extra }) });
        assert.equal(res.status, 422, await res.clone().text());
        assert.equal(((await res.json()) as { error: { code: string } }).error.code, "binary");
      }
    });
  });
}
