/**
 * A real process for the kill-and-rerun tests and the load benchmark: `node --import tsx test/ingest/child-ingest.ts
 * DB JSONL [--real [--json]] [--delay MS]`, DB a SQLite file or a postgres:// URL. With --real it runs the
 * `parley ingest` command (the real coder; --json: its JSON summary); otherwise the fixture coder, slowed by --delay per article so the parent can kill it
 * mid-ingest, and it prints its summary as one JSON line: stored, duplicate, failed, events (coded in the new
 * articles) and merged (of those, merged into events already stored).
 */
import { Command } from "commander";
import { openStore } from "../../src/store/open.ts";
import { readSources } from "../../src/ingest/sources/index.ts";
import { ingest } from "../../src/ingest/run.ts";
import { fixtureCoder } from "./fixture-coder.ts";

const [db, jsonl, ...rest] = process.argv.slice(2);
if (!db || !jsonl) throw new Error("usage: child-ingest.ts DB JSONL [--real] [--delay MS]");
const delay = Number(rest[rest.indexOf("--delay") + 1] ?? "0") || 0;

if (rest.includes("--real")) {
  const { processIo } = await import("../../src/cli/io.ts");
  const { register } = await import("../../src/cli/commands/ingest.ts");
  const program = new Command("parley");
  register(program, processIo());
  await program.parseAsync(["ingest", jsonl, "--db", db, ...(rest.includes("--json") ? ["--json"] : [])], { from: "user" });
} else {
  const opened = openStore(db);
  if (!opened.ok) throw new Error(opened.error.message);
  const store = opened.value;
  const coder = fixtureCoder();
  const slow = { code: (input: Parameters<typeof coder.code>[0]) => {
    const until = Date.now() + delay;
    while (Date.now() < until) { /* busy: the kill must land mid-work */ }
    return coder.code(input);
  } };
  const summary = await ingest(readSources([jsonl]), { store, coder: slow, now: () => new Date("2031-01-01T00:00:00Z") });
  process.stdout.write(`${JSON.stringify({ stored: summary.stored, duplicate: summary.duplicate, failed: summary.failed, events: summary.events, merged: summary.merged })}\n`);
  await store.close();
}
