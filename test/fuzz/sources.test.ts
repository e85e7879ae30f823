// Fuzzing the JSONL and feed readers: every non-blank line of a batch yields exactly one item (a record or an
// issue naming FILE:LINE), none is dropped, however the line is broken; a feed always parses to items or a
// bad_feed issue, quickly, and entities never expand past the parser's limits (billion laughs).
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { parseFeed } from "../../src/ingest/sources/feed.ts";
import { parseRecord, readJsonl } from "../../src/ingest/sources/jsonl.ts";
import { answersWithValue } from "./check.ts";
import { arbJsonValue, arbRecord, arbText, nastyFeeds } from "./nasty.ts";

const dir = mkdtempSync(join(tmpdir(), "parley-fuzz-"));

/** A line as it may appear in a batch: a record, any JSON value, or broken JSON. */
const arbLine: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: arbRecord.map((r) => JSON.stringify(r) ?? "undefined") },
  { weight: 1, arbitrary: arbJsonValue.map((v) => JSON.stringify(v) ?? "null") },
  { weight: 1, arbitrary: arbText.map((t) => t.replace(/[\r\n]/g, " ")) },
  { weight: 1, arbitrary: arbRecord.map((r) => (JSON.stringify(r) ?? "{}").slice(0, 7)) },
);

const items = async (path: string) => {
  const out = [];
  for await (const item of readJsonl(path)) out.push(item);
  return out;
};

test("every non-blank JSONL line yields one item: a record, or an issue naming its line", async () => {
  let n = 0;
  await fc.assert(fc.asyncProperty(fc.array(arbLine, { maxLength: 30 }), async (lines) => {
    const path = join(dir, `batch-${n++}.jsonl`);
    writeFileSync(path, lines.join("\n"));
    const got = await items(path);
    const expected = lines.map((l, i) => [l, i + 1] as const).filter(([l]) => l.trim() !== "");
    assert.equal(got.length, expected.length);
    got.forEach((item, k) => {
      const line = expected[k]![1];
      if (item.ok) assert.equal(item.origin, `${path}:${line}`);
      else assert.equal(item.error.path, `${path}:${line}`);
    });
  }), { numRuns: 100 });
});

test("a 50 MB line is one record, read whole", async () => {
  const path = join(dir, "huge.jsonl");
  const text = "Rebels attacked the town. ".repeat(2_000_000);
  writeFileSync(path, `${JSON.stringify({ id: "big", text })}\n${JSON.stringify({ id: "next", text: "Talks resumed." })}\n`);
  const got = await items(path);
  assert.deepEqual(got.map((i) => (i.ok ? [i.input.id, i.input.text.length] : [i.error.code])), [["big", text.length], ["next", 14]]);
});

test("parseRecord answers any line with a value", () => {
  fc.assert(fc.property(arbLine, (line) => {
    const r = parseRecord(line, "in.jsonl:1");
    assert.equal(typeof r.ok, "boolean");
    if (!r.ok) assert.ok(["bad_json", "bad_record"].includes(r.error.code), r.error.code);
    else assert.equal(typeof r.input.text, "string");
  }), { numRuns: 300 });
});

const FEED_CODES = new Set(["bad_feed"]);
const FEED_TEXT_LIMIT = 1_000_000;

test("nasty feeds parse to items or a bad_feed issue, quickly, with no entity blow-up", async (t) => {
  for (const [what, xml] of nastyFeeds()) {
    await t.test(what, () => {
      let r: ReturnType<typeof parseFeed> | undefined;
      const seconds = answersWithValue(what, () => (r = parseFeed(xml)), FEED_CODES);
      assert.ok(seconds < 5, `${what}: ${seconds} s`);
      if (r?.ok) for (const item of r.value) assert.ok(item.content.length + (item.title?.length ?? 0) < FEED_TEXT_LIMIT, `${what}: expanded`);
      if (r?.ok) assert.ok(r.value.every((i) => !(i.title ?? "").includes("root:")), "no external entity is read");
    });
  }
});

/** XML-ish text: feed skeletons filled with random text and markup. */
const arbFeed: fc.Arbitrary<string> = fc.tuple(
  fc.constantFrom("rss", "feed", "rdf:RDF"), fc.array(arbText, { maxLength: 4 }), fc.boolean(),
).map(([root, parts, close]) => `<${root}><channel><item><title>${parts[0] ?? ""}</title><description>${parts.slice(1).join("<br>")}</description>${close ? `</item></channel></${root}>` : ""}`);

test("random feeds parse to items or a bad_feed issue", () => {
  fc.assert(fc.property(fc.oneof(arbFeed, arbText), (xml) => {
    answersWithValue("feed", () => parseFeed(xml), FEED_CODES);
  }), { numRuns: 300 });
});
