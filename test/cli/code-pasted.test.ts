// `parley code` and `parley ingest` of a page pasted as text fill title, author, outlet and date from its
// headline, byline and dateline (issue 10). Real child processes and a real SQLite store.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { openStore } from "../../src/store/open.ts";
import type { CodedArticle } from "../../src/types.ts";
import { PARLEY } from "./parley.ts";

const PASTED = fileURLToPath(new URL("../../examples/13-pasted-from-a-page.txt", import.meta.url));
const EXPECTED = {
  title: "UN envoy calls for new Libya talks in Geneva after Moscow truce collapses",
  author: "Nadia Karam and Tom Reyes",
  source: "Sahel and Sea Review",
  published: "2019-12-17",
};

test("parley code --json of a pasted page: title, author, outlet and date read from the text", () => {
  const r = spawnSync(process.execPath, [...PARLEY, "code", PASTED, "--json"], { encoding: "utf8" });
  assert.equal(r.status, 0, r.stderr);
  const coded = JSON.parse(r.stdout) as CodedArticle;
  const { title, author, source, published } = coded.article;
  assert.deepEqual({ title, author, source, published }, EXPECTED);
  assert.ok(Array.isArray(coded.article.input_map) && coded.article.input_map.length > 0);
  assert.equal(coded.article.header?.published?.text, "December 17, 2019");
});

test("parley code prints the title, outlet, date and author read from a pasted page", () => {
  const r = spawnSync(process.execPath, [...PARLEY, "code", PASTED], { encoding: "utf8" });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout.split("\n")[0] ?? "", /^UN envoy calls for new Libya talks in Geneva after Moscow truce collapses — Sahel and Sea Review, 2019-12-17 · by Nadia Karam and Tom Reyes$/);
});

test("parley ingest of a pasted page stores its title, outlet and date", async () => {
  const dir = mkdtempSync(join(tmpdir(), "parley-pasted-"));
  try {
    const db = join(dir, "p.db");
    const r = spawnSync(process.execPath, [...PARLEY, "ingest", PASTED, "--db", db], { encoding: "utf8" });
    assert.equal(r.status, 0, r.stderr);
    const opened = openStore(db);
    assert.ok(opened.ok);
    const store = opened.value;
    try {
      const page = await store.listArticles({ limit: 5, offset: 0 });
      assert.equal(page.items.length, 1);
      const stored = await store.getArticle(page.items[0]!.id);
      assert.ok(stored);
      assert.deepEqual({ title: stored.title, source: stored.source, published: stored.published }, { title: EXPECTED.title, source: EXPECTED.source, published: EXPECTED.published });
      assert.equal(stored.coded.article.author, EXPECTED.author);
      assert.ok(!stored.text.includes("Share this article"));
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
