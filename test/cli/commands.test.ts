// What each `parley` command loads: only its own module graph, so that `--help` answers at once and the read
// commands never load the coder or its dictionaries. A child process records every module it resolves.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Command } from "commander";
import { COMMANDS, invokedCommand } from "../../src/cli/command-list.ts";
import { processIo } from "../../src/cli/io.ts";
import { ENTRY } from "./parley.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const RECORDER = fileURLToPath(new URL("./record-loads.mjs", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "parley-loads-"));
const EXAMPLE = join(ROOT, "examples", "04-truce-announced.txt");

/** The modules (paths under the project root, or package names) a run of `parley ARGS` resolved. */
function loads(name: string, args: readonly string[]): { status: number | null; stderr: string; modules: Set<string> } {
  const file = join(dir, `${name}.txt`);
  const r = spawnSync(process.execPath, ["--import", "tsx", "--import", RECORDER, ENTRY, ...args], {
    encoding: "utf8", env: { ...process.env, PARLEY_LOADS_FILE: file },
  });
  const modules = new Set(readFileSync(file, "utf8").split("\n").filter((u) => u.startsWith("file://"))
    .map((u) => fileURLToPath(u).slice(ROOT.length))
    .map((p) => (p.startsWith("node_modules/") ? p.split("/").slice(1, p.split("/")[1]!.startsWith("@") ? 3 : 2).join("/") : p)));
  return { status: r.status, stderr: r.stderr, modules };
}

const db = join(dir, "stored.db");

const CASES: [name: string, args: string[], mustNot: RegExp[], must: RegExp[]][] = [
  ["--help", ["--help"], [/^src\/(?!cli\/(entry|main|io|command-list)\.ts$)/, /^(?!commander$)[^/]+$|^@/], [/^commander$/]],
  ["--version", ["--version"], [/^src\/(?!cli\/)/, /better-sqlite3|wink|pg$/], []],
  ["events --json", ["events", "--db", db, "--json"], [/^src\/coder\.ts$/, /^src\/actors\/kb\/load\.ts$/, /^src\/events\//, /^wink-nlp$/, /^bullmq$/, /^hono$/], [/^better-sqlite3$/]],
  ["token list", ["token", "list", "--db", db], [/^src\/coder\.ts$/, /^wink-nlp$/, /^bullmq$/], []],
  ["code FILE", ["code", EXAMPLE, "--json"], [/^bullmq$/, /^hono$/, /^src\/server\//], [/^src\/coder\.ts$/, /^wink-nlp$/]],
];

test("each command loads only what it needs: --help neither the coder nor a database driver, events no coder", () => {
  assert.equal(spawnSync(process.execPath, ["--import", "tsx", ENTRY, "ingest", EXAMPLE, "--db", db], { encoding: "utf8" }).status, 0);
  for (const [name, args, mustNot, must] of CASES) {
    const r = loads(name.replace(/\W+/g, "-"), args);
    assert.equal(r.status, 0, `${name}: ${r.stderr}`);
    for (const re of mustNot) {
      const bad = [...r.modules].filter((m) => re.test(m));
      assert.deepEqual(bad, [], `${name} loads ${bad.join(", ")}`);
    }
    for (const re of must) assert.ok([...r.modules].some((m) => re.test(m)), `${name} should load ${re}`);
  }
});

test("the listing names each command with the same summary and arguments as the command itself", async () => {
  for (const entry of COMMANDS) {
    const program = new Command("parley");
    (await entry.load()).register(program, processIo());
    const own = program.commands.find((c) => c.name() === entry.name);
    assert.ok(own, entry.name);
    assert.equal(entry.summary, own.description(), entry.name);
    const args = own.registeredArguments.map((a) => (a.required ? `<${a.name()}${a.variadic ? "..." : ""}>` : `[${a.name()}${a.variadic ? "..." : ""}]`)).join(" ");
    assert.equal(entry.args, args, entry.name);
  }
});

test("the invoked command is the first word that is not an option; help X means X", () => {
  const CASES: [argv: string[], name: string | undefined][] = [
    [["events", "--json"], "events"], [["--help"], undefined], [["help", "ingest"], "ingest"],
    [["-h", "code"], "code"], [[], undefined], [["nope"], "nope"],
  ];
  for (const [argv, name] of CASES) assert.equal(invokedCommand(argv), name, argv.join(" "));
});

test("a mistyped command is exit 2 with a suggestion; help X prints that command's options", () => {
  const typo = spawnSync(process.execPath, ["--import", "tsx", ENTRY, "evnets"], { encoding: "utf8" });
  assert.equal(typo.status, 2);
  assert.match(typo.stderr, /unknown command 'evnets'[\s\S]*Did you mean events\?/);
  const help = spawnSync(process.execPath, ["--import", "tsx", ENTRY, "help", "events"], { encoding: "utf8" });
  assert.equal(help.status, 0, help.stderr);
  assert.match(help.stdout, /--country <iso3>/);
  const top = spawnSync(process.execPath, ["--import", "tsx", ENTRY, "--help"], { encoding: "utf8" });
  for (const entry of COMMANDS) assert.match(top.stdout, new RegExp(`^  ${entry.name}\\b`, "m"), entry.name);
});
