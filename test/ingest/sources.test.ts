import { after, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { readSources, type SourceItem } from "../../src/ingest/sources/index.ts";
import { parseRecord } from "../../src/ingest/sources/jsonl.ts";

const dir = mkdtempSync(join(tmpdir(), "parley-src-"));
after(() => rmSync(dir, { recursive: true, force: true }));

const LONG = "The two delegations met again at the border crossing and agreed to extend the pause in fighting for another week. ".repeat(5);

async function collect(it: AsyncIterable<SourceItem>): Promise<SourceItem[]> {
  const out: SourceItem[] = [];
  for await (const x of it) out.push(x);
  return out;
}

test("JSONL records: fields checked, bad lines are values with their line number", () => {
  const cases: [string, string | null][] = [
    ['{"id":"a","text":"Talks resumed.","date":"2021-01-02"}', null],
    ['{"id":7,"text":"Talks resumed.","date":""}', null],
    ['{"id":"a"}', "bad_record"],
    ['{"id":"a","text":"   "}', "bad_record"],
    ["[1,2]", "bad_record"],
    ["{oops", "bad_json"],
  ];
  for (const [line, code] of cases) {
    const r = parseRecord(line, "in.jsonl:3");
    assert.equal(r.ok ? null : r.error.code, code, line);
    if (!r.ok) assert.match(r.error.message, /^in\.jsonl:3: /);
  }
  const r = parseRecord('{"id":7,"text":"x","date":"","title":"T"}', "w");
  assert.deepEqual(r.ok && r.input, { id: "7", text: "x", date: null, title: "T", source: null, url: null });
});

test("walks a folder in name order: text, HTML, JSONL and feed files; skips other files", async () => {
  const d = join(dir, "in");
  mkdirSync(join(d, "sub"), { recursive: true });
  writeFileSync(join(d, "a.txt"), "Envoys met in the capital.");
  writeFileSync(join(d, "b.html"), "<html><body><p>Envoys met.</p></body></html>");
  writeFileSync(join(d, "c.jsonl"), '{"id":"r1","text":"One."}\nnot json\n\n{"id":"r2","text":"Two."}\n');
  writeFileSync(join(d, "image.png"), "binary");
  writeFileSync(join(d, "sub", "feed.xml"), `<rss><channel><item><guid>g1</guid><title>T</title><description>${LONG}</description></item><item><title>empty</title></item></channel></rss>`);
  writeFileSync(join(d, "empty.txt"), "  ");
  const items = await collect(readSources([d, join(dir, "missing.txt")]));
  const brief = items.map((i) => (i.ok ? `${i.input.id ?? "-"}:${i.input.format ?? "?"}` : `!${i.error.code}`));
  assert.deepEqual(brief, ["-:text", "-:html", "r1:?", "!bad_json", "r2:?", "!empty", "g1:text", "!empty", "!unreadable"]);
});

test("reads JSONL from stdin with -", async () => {
  const items = await collect(readSources(["-"], { stdin: Readable.from(['{"id":"s1","text":"From stdin."}\n']) }));
  assert.deepEqual(items.map((i) => i.ok && i.input.id), ["s1"]);
});
