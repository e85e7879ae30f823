// bin/parley.mjs, the executable users run: it runs the compiled command line in dist/. This builds the sources
// into a scratch copy of the project (dist/ beside the real data/ and node_modules/) and runs the real bin there,
// so the data files, the dashboard path and the SQLite writer thread must all resolve from compiled JavaScript.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const TSC = join(ROOT, "node_modules", "typescript", "bin", "tsc");

/** A project folder with the real bin/, package.json, data/ and node_modules/, and nothing built yet. */
function scratchProject(): string {
  const dir = mkdtempSync(join(tmpdir(), "parley-bin-"));
  mkdirSync(join(dir, "bin"));
  copyFileSync(join(ROOT, "bin", "parley.mjs"), join(dir, "bin", "parley.mjs"));
  copyFileSync(join(ROOT, "package.json"), join(dir, "package.json"));
  for (const shared of ["data", "node_modules", "examples"]) symlinkSync(join(ROOT, shared), join(dir, shared));
  return dir;
}

const bin = (dir: string, args: string[]) =>
  spawnSync(process.execPath, [join(dir, "bin", "parley.mjs"), ...args], { encoding: "utf8", cwd: dir });

test("without dist/ the executable says to run npm run build and exits 70", () => {
  const dir = scratchProject();
  const r = bin(dir, ["--help"]);
  assert.equal(r.status, 70);
  assert.match(r.stderr, /dist\/cli\/entry\.js\) is missing: run `npm run build`/);
  assert.equal(r.stdout, "");
});

test("the compiled command line answers --help, codes an article and ingests into SQLite from dist/", () => {
  const dir = scratchProject();
  const built = spawnSync(process.execPath, [TSC, "-p", join(ROOT, "tsconfig.build.json"), "--outDir", join(dir, "dist")], { encoding: "utf8" });
  assert.equal(built.status, 0, built.stdout + built.stderr);
  assert.ok(existsSync(join(dir, "dist", "cli", "entry.js")));
  assert.ok(existsSync(join(dir, "dist", "store", "sqlite", "writer-thread.js")));
  const help = bin(dir, ["--help"]);
  assert.equal(help.status, 0, help.stderr);
  assert.match(help.stdout, /Usage: parley/);
  const coded = bin(dir, ["code", join(dir, "examples", "04-truce-announced.txt"), "--json"]);
  assert.equal(coded.status, 0, coded.stderr);
  const article = JSON.parse(coded.stdout) as { events: unknown[]; actors: unknown[] };
  assert.ok(article.events.length > 0 && article.actors.length > 0, "the dictionaries loaded from data/");
  const db = join(dir, "parley.db");
  const ingested = bin(dir, ["ingest", join(dir, "examples", "04-truce-announced.txt"), "--db", db, "--json"]);
  assert.equal(ingested.status, 0, ingested.stderr);
  assert.equal((JSON.parse(ingested.stdout) as { new: number }).new, 1);
  const events = bin(dir, ["events", "--db", db, "--json"]);
  assert.equal(events.status, 0, events.stderr);
  assert.ok((JSON.parse(events.stdout) as unknown[]).length > 0);
});
