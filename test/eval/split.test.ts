// `parley eval --part fit|check`: the dev halves' split, read from a file of our own here (the shared one is only
// in CI), and the records each part scores.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseSplit } from "../../src/eval/split.ts";
import { PARLEY } from "../cli/parley.ts";

const SPLIT = "suite\tid\tpart\nmini\tm-1\tfit\nmini\tm-2\tcheck\nmini\tm-3\tfit\n";

test("the split file gives each listed record its part and nothing to the rest", () => {
  const split = parseSplit(SPLIT, "split.tsv");
  assert.ok(split.ok);
  const cases: [string, string, string | undefined][] = [
    ["mini", "m-1", "fit"],
    ["mini", "m-2", "check"],
    ["mini", "m-4", undefined],
    ["other", "m-1", undefined],
  ];
  for (const [suite, id, part] of cases) assert.equal(split.value.partOf(suite, id), part, `${suite} ${id}`);
  assert.equal(split.value.size, 3);
});

test("a malformed split line is an error value naming the line", () => {
  const cases = ["suite\tid\tpart\nmini\tm-1\ttrain\n", "mini\tm-1\n", "mini\tm-1\tfit\textra\n"];
  for (const text of cases) {
    const split = parseSplit(text, "s.tsv");
    assert.equal(split.ok, false, JSON.stringify(text));
    if (!split.ok) assert.match(split.error.message, /^s\.tsv:\d+: expected/);
  }
});

const record = (id: string, text: string, code: string) =>
  JSON.stringify({ id, suite: "mini", text, date: "2026-11-02", events: [{ code, plover: null }] });

function gold(): string {
  const dir = mkdtempSync(join(tmpdir(), "parley-split-"));
  writeFileSync(join(dir, "mini.dev.jsonl"), [
    record("m-1", "The Velorian army shelled the town of Ostrava on Monday.", "195"),
    record("m-2", "The president of Velor met the Ostravan foreign minister in Geneva.", "040"),
    record("m-3", "Rebels in the north released twelve hostages on Sunday.", "080"),
  ].join("\n") + "\n");
  writeFileSync(join(dir, "dev-split.tsv"), SPLIT);
  return dir;
}

test("parley eval --part scores only that part's records and says how many", () => {
  const dir = gold();
  const cases: [string, number][] = [["fit", 2], ["check", 1]];
  for (const [part, n] of cases) {
    const run = spawnSync(process.execPath, [...PARLEY, "eval", join(dir, "mini.dev.jsonl"), "--part", part, "--json"], { encoding: "utf8" });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, new RegExp(`${part} part: ${n} records`));
    const figures = JSON.parse(run.stdout) as Record<string, { records: number }>;
    assert.equal(figures.mini?.records, n, run.stdout);
  }
});

test("parley eval --part refuses a bad part, a missing split and --split alone", () => {
  const dir = gold();
  const file = join(dir, "mini.dev.jsonl");
  const cases: [string[], RegExp][] = [
    [["--part", "train"], /--part must be fit or check/],
    [["--part", "fit", "--split", join(dir, "nope.tsv")], /no split file/],
    [["--split", join(dir, "dev-split.tsv")], /--split needs --part/],
  ];
  for (const [args, message] of cases) {
    const run = spawnSync(process.execPath, [...PARLEY, "eval", file, ...args], { encoding: "utf8" });
    assert.equal(run.status, 2, `${args.join(" ")}: ${run.stderr}`);
    assert.match(run.stderr, message);
  }
});
