// `parley parse` and `parley eval-parse` as a user runs them: real child processes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseConllu } from "../../src/syntax/conllu.ts";
import { TREEBANKS } from "../../src/syntax/treebank.ts";
import { PARLEY } from "./parley.ts";

const run = (args: string[], input?: string) => spawnSync(process.execPath, [...PARLEY, ...args], { input, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
const dir = mkdtempSync(join(tmpdir(), "parley-parse-"));

test("parley parse prints CoNLL-U whose words are the article's own text", () => {
  const text = "Haftar refused to sign the truce in Moscow.\n\nFighting resumed near Tripoli on Monday, officials said.";
  const file = join(dir, "article.txt");
  writeFileSync(file, text);
  const r = run(["parse", file]);
  assert.equal(r.status, 0, r.stderr);
  const parsed = parseConllu(r.stdout, "stdout");
  assert.ok(parsed.ok, parsed.ok ? "" : parsed.error.message);
  assert.deepEqual(parsed.value.map((s) => s.text), ["Haftar refused to sign the truce in Moscow.", "Fighting resumed near Tripoli on Monday, officials said."]);
  for (const s of parsed.value) assert.equal(s.words.filter((w) => w.head === 0).length, 1);
  const stdin = run(["parse", "-"], "Rebels seized Kidal.");
  assert.equal(stdin.status, 0, stdin.stderr);
  assert.match(stdin.stdout, /^1\tRebels\t/m);
});

test("parley parse names a missing file and a folder, exit 1", () => {
  const missing = run(["parse", join(dir, "nope.txt")]);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /no such file/);
  const folder = run(["parse", dir]);
  assert.equal(folder.status, 1);
  assert.match(folder.stderr, /is a folder/);
});

test("parley eval-parse says where the treebanks were looked for when they are missing, and refuses bad arguments", () => {
  const none = run(["eval-parse", "--dir", join(dir, "no-treebanks")]);
  assert.equal(none.status, 1);
  assert.match(none.stderr, /treebank en_ewt-test not found at .*no-treebanks/);
  const split = run(["eval-parse", "--split", "train"]);
  assert.equal(split.status, 2);
  assert.match(split.stderr, /--split must be test or dev/);
  const name = run(["eval-parse", "--treebank", "ptb"]);
  assert.equal(name.status, 2);
  assert.match(name.stderr, /unknown treebank ptb/);
});

test("parley eval-parse scores GUM dev from raw text", (t) => {
  if (!existsSync(join(TREEBANKS, "en_gum-ccby-dev.conllu"))) return t.skip(`../shared/treebanks not found at ${TREEBANKS}`);
  const r = run(["eval-parse", "--treebank", "gum", "--split", "dev", "--json"]);
  assert.equal(r.status, 0, r.stderr);
  const figures = JSON.parse(r.stdout) as { gum: { ours: { tokens: number; uas: number; las: number }; goldWords: number } };
  assert.equal(figures.gum.goldWords, 14411);
  // floors under the figures measured at landing (README): a broken parser or tokenizer falls far below them
  assert.ok(figures.gum.ours.tokens > 0.98, `tokens ${figures.gum.ours.tokens}`);
  assert.ok(figures.gum.ours.uas > 0.8, `uas ${figures.gum.ours.uas}`);
  assert.ok(figures.gum.ours.las > 0.77, `las ${figures.gum.ours.las}`);
});
