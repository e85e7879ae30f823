// `parley eval-real`: on a made-up article and annotation (always), and on our annotations of the real articles in
// ../shared/corpus (skipped with a message where it is absent), where the figures must stay above their floors.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { PARLEY } from "./parley.ts";

const CORPUS = fileURLToPath(new URL("../../../shared/corpus/conflict.jsonl", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "parley-eval-real-"));

const run = (...args: string[]) => spawnSync(process.execPath, [...PARLEY, "eval-real", ...args], { encoding: "utf8" });

// our own made-up article: two sentences, one line each
const TEXT = "Rebel fighters ambushed an army patrol near the border on Monday, killing 12 soldiers, the army said.\n" +
  "Envoys of the two governments held talks in Geneva on Tuesday.";
const S1 = [0, TEXT.indexOf("\n")];
const S2 = [TEXT.indexOf("\n") + 1, TEXT.length];
const corpus = join(dir, "corpus.jsonl");
writeFileSync(corpus, `${JSON.stringify({ id: "made-up-1", date: "2026-03-04", title: "Ambush", source: "ours", text: TEXT })}\n`);
const ev = (sentence: number[], cameo: string, code: string) =>
  ({ sentence, source: [{ code, name: code }], cameo, target: [], negated: false, refused: null, date: null, country: null });
const annotations = join(dir, "annotations.jsonl");
writeFileSync(annotations, `${JSON.stringify({ id: "made-up-1", events: [ev(S1, "193", "---"), ev(S2, "046", "---")], facts: [{ kind: "killed", sentence: S1, count: 12 }] })}\n`);

test("eval-real --json judges a made-up article: one article, its annotated events and facts counted", () => {
  const r = run("--annotations", annotations, "--corpus", corpus, "--json");
  assert.equal(r.status, 0, r.stderr);
  const { figures, articles } = JSON.parse(r.stdout) as { figures: Record<string, number>; articles: { id: string }[] };
  assert.deepEqual(articles.map((a) => a.id), ["made-up-1"]);
  assert.equal(figures["articles"], 1);
  assert.equal(figures["events_annotated"], 2);
  assert.equal(figures["facts"], 1);
  for (const k of ["correct", "correct_or_partly", "recall", "facts_found"]) assert.ok(figures[k]! >= 0 && figures[k]! <= 1, k);
  assert.ok(figures["correct"]! <= figures["correct_or_partly"]!);
  const kinds = (figures as unknown as { facts_by_kind: Record<string, { facts: number }> }).facts_by_kind;
  assert.deepEqual(Object.keys(kinds), ["killed"]);
  assert.equal(kinds["killed"]!.facts, 1);
  const roots = (figures as unknown as { events_by_root: { root: string; annotated: number }[] }).events_by_root;
  assert.deepEqual(roots.filter((r) => r.annotated > 0).map((r) => [r.root, r.annotated]), [["04", 1], ["19", 1]]);
});

test("eval-real: an annotated article missing from the corpus is named on stderr (exit 1); the rest is judged", () => {
  const two = join(dir, "two.jsonl");
  writeFileSync(two, `${JSON.stringify({ id: "made-up-1", events: [ev(S1, "193", "---")], facts: [] })}\n${JSON.stringify({ id: "made-up-2", events: [], facts: [] })}\n`);
  const r = run("--annotations", two, "--corpus", corpus);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /^parley: eval-real: made-up-2: not in the corpus$/m);
  assert.match(r.stdout, /^real articles: 1 annotated articles/m);
});

test("eval-real: a missing annotation file is an input error (exit 1)", () => {
  const r = run("--annotations", join(dir, "none.jsonl"), "--corpus", corpus);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /eval-real: no annotation file at /);
});

/** Floors a little under the figures measured when the annotations landed (see README, Accuracy). */
const FLOORS: [string, number][] = [["correct", 0.41], ["correct_or_partly", 0.66], ["recall", 0.42], ["facts_found", 0.76]];

test("eval-real on the annotated real articles: every article judged, figures above their floors", { skip: existsSync(CORPUS) ? false : `../shared/corpus not found at ${CORPUS}: the corpus is only in CI and on the team's machines` }, () => {
  const r = run("--json");
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, "");
  const { figures } = JSON.parse(r.stdout) as { figures: Record<string, number> };
  assert.ok(figures["articles"]! >= 20, `${figures["articles"]} articles`);
  for (const [k, floor] of FLOORS) assert.ok(figures[k]! >= floor, `${k} ${figures[k]} < ${floor}`);
  assert.ok(figures["refusals"]! > 0, "the annotations mark refusals");
});
