// Read commands given a --db file that does not exist say so and exit 1, and leave no empty database behind;
// write commands still create it. Real child processes, real SQLite files.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { PARLEY } from "./parley.ts";

const dir = mkdtempSync(join(tmpdir(), "parley-missing-db-"));
const EXAMPLE = fileURLToPath(new URL("../../examples/04-truce-announced.txt", import.meta.url));
const run = (args: string[], env: NodeJS.ProcessEnv = process.env) => spawnSync(process.execPath, [...PARLEY, ...args], { encoding: "utf8", env });

const READS: [command: string, args: string[]][] = [
  ["events", ["events", "--json"]],
  ["actors", ["actors"]],
  ["ceasefires", ["ceasefires", "--csv"]],
  ["export", ["export", "--format", "acled"]],
  ["serve", ["serve", "--port", "0"]],
];

test("read commands refuse a --db that does not exist with exit 1 and create nothing", () => {
  for (const [command, args] of READS) {
    const db = join(dir, `typo-${command}.db`);
    const r = run([...args, "--db", db]);
    assert.equal(r.status, 1, `${command}: ${r.stderr}`);
    assert.equal(r.stderr, `parley: ${command}: no database at ${db}; run \`parley ingest\` first (or give --db)\n`, command);
    assert.equal(r.stdout, "", command);
    assert.equal(existsSync(db), false, `${command} created ${db}`);
  }
});

test("the PARLEY_DB default is checked the same way as --db", () => {
  const db = join(dir, "from-env.db");
  const r = run(["events"], { ...process.env, PARLEY_DB: db });
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stderr, /no database at .*from-env\.db; run `parley ingest` first/);
  assert.equal(existsSync(db), false);
});

test("ingest creates a database that does not exist, and the read commands then read it", () => {
  const db = join(dir, "made-by-ingest.db");
  const ingested = run(["ingest", EXAMPLE, "--db", db]);
  assert.equal(ingested.status, 0, ingested.stderr);
  assert.ok(existsSync(db));
  for (const [command, args] of READS.filter(([c]) => c !== "serve")) {
    const r = run([...args, "--db", db]);
    assert.equal(r.status, 0, `${command}: ${r.stderr}`);
    assert.notEqual(r.stdout, "", command);
  }
});

test("serve starts on an existing database", async () => {
  const db = join(dir, "served.db");
  assert.equal(run(["ingest", EXAMPLE, "--db", db]).status, 0);
  const child = spawn(process.execPath, [...PARLEY, "serve", "--port", "0", "--db", db], { stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  await new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (d: Buffer) => { out += d; if (out.includes("Ctrl-C")) resolve(); });
    child.on("exit", (code) => reject(new Error(`serve exited ${code}`)));
  });
  child.kill("SIGTERM");
  assert.match(out, /database: .*served\.db \(1 article, \d+ events\)/);
});
