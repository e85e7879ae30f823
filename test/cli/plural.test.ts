// Counts in what the command line prints agree with their number: "1 ceasefire", "2 ceasefires", never
// "1 ceasefires". The helper, then the real commands on one article.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { count, countNamed } from "../../src/cli/plural.ts";
import { PARLEY } from "./parley.ts";

test("count writes the singular for exactly one and the plural otherwise", () => {
  const CASES: [n: number, noun: string, plural: string | undefined, expected: string][] = [
    [1, "ceasefire", undefined, "1 ceasefire"], [0, "ceasefire", undefined, "0 ceasefires"], [2, "article", undefined, "2 articles"],
    [1, "story", "stories", "1 story"], [12, "story", "stories", "12 stories"],
    [1, "pattern(s) left out: non-CAMEO or null code", undefined, "1 pattern left out: non-CAMEO or null code"],
    [4, "pattern(s) left out: non-CAMEO or null code", undefined, "4 patterns left out: non-CAMEO or null code"],
  ];
  for (const [n, noun, plural, expected] of CASES) assert.equal(count(n, noun, plural), expected);
  assert.equal(countNamed(1, "actors"), "1 actor");
  assert.equal(countNamed(3, "actors"), "3 actors");
  assert.equal(countNamed(1, "dated"), "1 dated");
});

test("code and ingest of one article with one ceasefire say 1 ceasefire, and serve says 1 article", () => {
  const article = fileURLToPath(new URL("../../examples/04-truce-announced.txt", import.meta.url));
  const coded = spawnSync(process.execPath, [...PARLEY, "code", article], { encoding: "utf8" });
  assert.equal(coded.status, 0, coded.stderr);
  assert.match(coded.stdout.split("\n")[1]!, /^\d+ actors, \d+ events, \d+ quotes, 1 ceasefire$/);
  const db = join(mkdtempSync(join(tmpdir(), "parley-plural-")), "one.db");
  const ingested = spawnSync(process.execPath, [...PARLEY, "ingest", article, "--db", db], { encoding: "utf8" });
  assert.equal(ingested.status, 0, ingested.stderr);
  assert.match(ingested.stdout, /^ingest: 1 new, 0 duplicate, 0 failed; \d+ events, 1 ceasefire$/m);
  for (const out of [coded.stdout, ingested.stdout]) assert.doesNotMatch(out, /\b1 (actors|events|quotes|ceasefires|articles)\b/);
});
