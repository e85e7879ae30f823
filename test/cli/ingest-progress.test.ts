// `parley ingest` shows its progress on stderr: on a terminal (a real pseudo-terminal, through util-linux
// `script`) a bar that starts empty with the total counted first and shows rate and time left; in a pipe no bar
// but one summary line at the end.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { PARLEY } from "./parley.ts";

const EXAMPLES = fileURLToPath(new URL("../../examples/", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "parley-progress-"));
const hasScript = spawnSync("script", ["--version"], { encoding: "utf8" }).status === 0;
const quote = (s: string) => `'${s.replace(/'/g, "'\\''")}'`;

test("ingest in a pipe prints no bar, and one summary line with the count, time and rate", () => {
  const r = spawnSync(process.execPath, [...PARLEY, "ingest", EXAMPLES, join(dir, "missing.txt"), "--db", join(dir, "pipe.db")], { encoding: "utf8" });
  assert.equal(r.status, 1, r.stderr);
  const lines = r.stderr.trim().split("\n");
  assert.equal(lines.length, 2, r.stderr);
  assert.match(lines[0]!, /^parley: ingest: .*missing\.txt: .*\(unreadable\)$/);
  assert.match(lines[1]!, /^parley: ingest: 20 articles in \d+(\.\d)? s \(\d+(\.\d)?\/s\); 16 new, 3 duplicate, 1 failed$/);
  assert.doesNotMatch(r.stderr, /█|░/);
});

test("ingest on a terminal draws a bar that starts at 0 of the counted total and shows rate and time left", { skip: hasScript ? false : "util-linux `script` is not installed: no pseudo-terminal to run ingest in" }, () => {
  const command = [process.execPath, ...PARLEY, "ingest", EXAMPLES, "--db", join(dir, "tty.db")].map(quote).join(" ");
  const r = spawnSync("script", ["-qec", command, "/dev/null"], { encoding: "utf8", env: { ...process.env, COLUMNS: "200" } });
  assert.equal(r.status, 0, r.stdout);
  // frames are redrawn in place: split on the carriage returns and cursor moves between them
  const frames = r.stdout.split(/\r|\x1b\[\d*G/).map((f) => f.replace(/\x1b\[[\d;?]*[A-Za-z]|\x1b[78]/g, "").trim()).filter((f) => f.startsWith("ingest ["));
  assert.ok(frames.length >= 2, r.stdout);
  assert.match(frames[0]!, /^ingest \[░{24}\] 0\/19 articles · … · … · 0 new, 0 duplicate, 0 failed$/);
  assert.ok(frames.some((f) => /\d+\/19 articles · \d+(\.\d)?\/s · \d+ s left/.test(f)), frames.join("\n"));
  assert.match(frames.at(-1)!, /^ingest \[█{24}\] 19\/19 articles · .* · 16 new, 3 duplicate, 0 failed$/);
  // the examples are one Libyan truce followed over many articles: one ceasefire record
  assert.match(r.stdout, /ingest: 16 new, 3 duplicate, 0 failed; \d+ events, 1 ceasefire\b/);
});
