// `parley code` given something that is not one readable file: one clear line on stderr, exit 1, and the words
// point to what to run instead (`parley ingest` reads folders, feeds and URLs). Real child processes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PARLEY } from "./parley.ts";

const dir = mkdtempSync(join(tmpdir(), "parley-code-input-"));
const folder = join(dir, "articles");
mkdirSync(folder);

const CASES: [name: string, args: string[], message: RegExp][] = [
  ["a folder", ["code", folder], /^parley: .*articles: is a folder: `parley code` codes one file; `parley ingest DIR` codes and stores every article in a folder\n$/],
  ["an https URL", ["code", "https://news.example.org/2020/01/truce"], /^parley: https:\/\/news\.example\.org\/2020\/01\/truce: is a URL: .*`parley ingest URL` fetches, codes and stores a page or feed/],
  ["an http URL as --json", ["code", "http://news.example.org/feed.xml", "--json"], /is a URL: .*`parley ingest URL`/],
  ["a missing file", ["code", join(dir, "nope.txt")], /^parley: .*nope\.txt: no such file\n$/],
  ["a missing --batch file", ["code", "--batch", join(dir, "nope.jsonl"), "--jsonl"], /^parley: .*nope\.jsonl: no such file\n$/],
  ["a folder as --batch", ["code", "--batch", folder, "--jsonl"], /articles: is a folder: .*`parley ingest DIR`/],
];

test("code names a folder, a URL or a missing file in one line with exit 1, never a raw EISDIR or a stack", () => {
  for (const [name, args, message] of CASES) {
    const r = spawnSync(process.execPath, [...PARLEY, ...args], { encoding: "utf8" });
    assert.equal(r.status, 1, `${name}: ${r.stderr}`);
    assert.match(r.stderr, message, name);
    assert.doesNotMatch(r.stderr, /EISDIR|ENOENT|internal error|\n\s+at /, name);
    assert.equal(r.stdout, "", name);
  }
});
