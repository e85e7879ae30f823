// The total of the ingest progress bar: countSources, run before ingesting, says how many inputs readSources will
// then yield for the same arguments (files, folders, JSONL lines, feed items, unreadable paths), or null where
// that cannot be known without reading (stdin, URLs).
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { countNonBlankLines, countSources } from "../../src/ingest/sources/count.ts";
import { readSources } from "../../src/ingest/sources/index.ts";

const dir = mkdtempSync(join(tmpdir(), "parley-count-"));
const record = (id: string) => JSON.stringify({ id, text: "Envoys from Egypt met both sides in Cairo on Monday to discuss a truce." });
const FEED = `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>Truce talks resume</title><description>${"Envoys from Egypt met both sides in Cairo on Monday. ".repeat(10)}</description></item>
<item><title>Shelling near the port</title><description>${"Shells fell near the port of Misrata on Tuesday, residents said. ".repeat(10)}</description></item>
</channel></rss>`;
const FILES: Record<string, string> = {
  "a.txt": "Envoys from Egypt met both sides in Cairo on Monday.",
  "b.html": "<html><body><p>Shells fell near the port of Misrata on Tuesday.</p></body></html>",
  "batch.jsonl": `${record("r1")}\n\n${record("r2")}\n   \n${record("r3")}`,
  "wire.xml": FEED,
  "notes.csv": "not an article format: skipped inside a folder",
  ".hidden.txt": "skipped",
  "nested/c.md": "Rebels attacked a checkpoint near Sirte.",
  "nested/empty.txt": "",
};
for (const [name, text] of Object.entries(FILES)) {
  mkdirSync(join(dir, name, ".."), { recursive: true });
  writeFileSync(join(dir, name), text);
}

async function yielded(paths: string[]): Promise<number> {
  let n = 0;
  for await (const _ of readSources(paths)) n++;
  return n;
}

test("countSources counts what readSources yields: files, JSONL lines, feed items and unreadable paths", async () => {
  const CASES: [name: string, paths: string[], expected: number][] = [
    ["a folder of every kind", [dir], 1 + 1 + 3 + 2 + 1 + 1],
    ["a JSONL batch with blank lines", [join(dir, "batch.jsonl")], 3],
    ["a feed file", [join(dir, "wire.xml")], 2],
    ["a file named explicitly, whatever its extension", [join(dir, "notes.csv")], 1],
    ["a path that does not exist", [join(dir, "missing.txt")], 1],
    ["several paths", [join(dir, "a.txt"), join(dir, "nested")], 3],
  ];
  for (const [name, paths, expected] of CASES) {
    assert.equal(await countSources(paths), expected, name);
    assert.equal(await yielded(paths), expected, `${name}: readSources`);
  }
});

test("countSources cannot count stdin or URLs first: the total is unknown", async () => {
  assert.equal(await countSources(["-"]), null);
  assert.equal(await countSources([join(dir, "a.txt"), "https://news.example.org/feed.xml"]), null);
});

test("countNonBlankLines counts lines with content across read chunks, with or without a final newline", async () => {
  const big = join(dir, "big.jsonl");
  writeFileSync(big, `${Array.from({ length: 30_000 }, (_, i) => record(`r${i}`)).join("\n")}\n\n`);
  assert.equal(await countNonBlankLines(big), 30_000);
  const last = join(dir, "last.jsonl");
  writeFileSync(last, `${record("a")}\r\n${record("b")}`);
  assert.equal(await countNonBlankLines(last), 2);
});
