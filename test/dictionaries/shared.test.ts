/**
 * The PETRARCH coders' own suites, coded with their own dictionaries (read in place from ../shared, never
 * copied). Skipped with a message where that folder is absent. The floors are the figures measured when the
 * importer was written (issue 5): they may rise, never drop.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadDictionaries } from "../../src/dictionaries/index.ts";
import { runSuite } from "../../src/dictionaries/suites.ts";
import { readGold } from "../../src/eval/gold.ts";

const SHARED = fileURLToPath(new URL("../../../shared/", import.meta.url));
const skip = (path: string) => (existsSync(`${SHARED}${path}`) ? false : `${SHARED}${path} is absent: shared dictionaries and gold are not available here`);

const SUITES: [dictionaries: string, suite: string, floor: number][] = [
  ["petrarch-validate", "petr_unittest", 0.68],
  ["petrarch-validate", "petr_tabari_port", 0.58],
  ["udpetrarch-validate", "udpetr_validate", 0.69],
];

for (const [dir, suite, floor] of SUITES) {
  const gold = `gold/${suite}.dev.jsonl`;
  test(`issue 5: dyad F1 on ${suite} with ${dir} stays at or above ${floor}`, { skip: skip(`dictionaries/${dir}`) || skip(gold) }, () => {
    const loaded = loadDictionaries(`${SHARED}dictionaries/${dir}`, "replace");
    assert.ok(loaded.ok);
    const run = runSuite(loaded.value, readGold(`${SHARED}${gold}`));
    const f1 = run.figures[suite]?.dyad?.f1 ?? 0;
    assert.ok(f1 >= floor, `dyad F1 ${f1} fell under ${floor}`);
  });
}

test("issue 5: the Phoenix dictionaries load, with every problem placed at FILE:LINE", { skip: skip("dictionaries/phoenix") }, () => {
  const loaded = loadDictionaries(`${SHARED}dictionaries/phoenix`, "add");
  assert.ok(loaded.ok);
  assert.ok(loaded.value.patterns.length > 10_000);
  assert.ok(loaded.value.kb.lookup("united nations")?.length);
  for (const p of loaded.value.problems) assert.match(p, /^[^:]+\.txt:\d+: /);
});
