// `parley code` as a user runs it: a real child process, real files. Bad records are reported one line each on
// stderr with exit status 1, and every good record of the same batch is still coded and written, in order.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { PARLEY } from "./parley.ts";

const EXAMPLE = fileURLToPath(new URL("../../examples/failed-ceasefire.txt", import.meta.url));
const run = (args: string[], input?: string | Buffer) =>
  spawnSync(process.execPath, [...PARLEY, ...args], { input, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
const dir = mkdtempSync(join(tmpdir(), "parley-cli-"));

const good = (id: string) => JSON.stringify({ id, text: "Turkish troops shelled Kurdish positions near Afrin on Monday, the army said.", date: "2020-01-15" });
const deep = `<html><body>${"<div>".repeat(5000)}Rebels attacked the town.${"</div>".repeat(5000)}</body></html>`;
const BAD: [name: string, line: string, message: RegExp][] = [
  ["not JSON", "{not json", /not valid JSON/],
  ["missing text", JSON.stringify({ id: "b2" }), /text/],
  ["empty", JSON.stringify({ id: "b3", text: "   " }), /empty/],
  ["binary", JSON.stringify({ id: "b4", text: "\u0000\u0001\u0002PK\u0003\u0004".repeat(50) }), /binary/],
  ["non-UTF-8", JSON.stringify({ id: "b5", text: "Rebels attacked Bogot\uFFFD and Medell\uFFFDn on Monday, said Jos\uFFFD P\uFFFDrez. ".repeat(3) }), /encoding/],
  ["non-English", JSON.stringify({ id: "b6", text: "Las fuerzas del gobierno atacaron la ciudad el lunes y los rebeldes se retiraron hacia el norte del país, según informaron las autoridades locales." }), /not_english/],
  ["deep HTML", JSON.stringify({ id: "b7", text: deep }), /too_deep/],
  ["huge", JSON.stringify({ id: "b8", text: "Rebels attacked the town. ".repeat(300_000) }), /too_large/],
];

test("a batch with bad records codes every good record and reports each bad one", () => {
  const lines = [good("g1"), ...BAD.map(([, l]) => l), good("g2")];
  const path = join(dir, "batch.jsonl");
  writeFileSync(path, `${lines.join("\n")}\n`);
  const r = run(["code", "--batch", path, "--jsonl"]);
  assert.equal(r.status, 1, r.stderr);
  const out = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as { id: string; events: unknown[] });
  assert.deepEqual(out.map((a) => a.id), ["g1", "g2"]);
  assert.ok(out.every((a) => a.events.length > 0));
  const errors = r.stderr.trim().split("\n");
  assert.equal(errors.length, BAD.length, r.stderr);
  BAD.forEach(([name, , message], i) => assert.match(errors[i]!, message, `${name}: ${errors[i]}`));
});

test("a batch read from stdin keeps the input order", () => {
  const r = run(["code", "--batch", "-", "--jsonl"], [good("a"), good("b"), good("c")].join("\n"));
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(r.stdout.trim().split("\n").map((l) => JSON.parse(l).id), ["a", "b", "c"]);
});

test("code FILE --json prints the CodedArticle of the contract", () => {
  const r = run(["code", EXAMPLE, "--json"]);
  assert.equal(r.status, 0, r.stderr);
  const a = JSON.parse(r.stdout);
  for (const key of ["id", "article", "actors", "events", "quotes", "ceasefires"]) assert.ok(key in a, key);
  assert.equal(a.article.published, "2019-12-16");
  // the refusal to sign is coded as a refusal (CAMEO root 12), and nothing codes Haftar's signing as done
  type E = { cameo: string; negated: boolean; source: { code: string }[] };
  const byHaftar = (e: E) => e.source.some((s) => s.code === "LBYMIL");
  assert.ok(a.events.some((e: E) => e.cameo.startsWith("12") && byHaftar(e)), "the refusal to sign is a refusal");
  assert.ok(!a.events.some((e: E) => e.cameo === "057" && !e.negated && byHaftar(e)), "no signing by the one who refused");
  assert.ok(a.quotes.length >= 2);
  assert.ok(a.ceasefires.length >= 1);
});

test("code FILE prints tables for a person; a missing file is exit 1, no file at all is exit 2", () => {
  const table = run(["code", EXAMPLE]);
  assert.equal(table.status, 0, table.stderr);
  assert.match(table.stdout, /ACTORS[\s\S]*EVENTS[\s\S]*QUOTES/);
  const missing = run(["code", join(dir, "nope.txt")]);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /no such file/);
  assert.equal(run(["code"]).status, 2);
  assert.equal(run(["code", "--no-such-flag"]).status, 2);
});

test("a binary file is refused with one line", () => {
  const path = join(dir, "image.txt");
  writeFileSync(path, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, ...new Array(400).fill(0)]));
  const r = run(["code", path]);
  assert.equal(r.status, 1);
  assert.equal(r.stderr.trim().split("\n").length, 1);
  assert.match(r.stderr, /binary/);
});
