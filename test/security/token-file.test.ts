/** The token file `<db>.tokens` is owner-only (0600): created so, and tightened with a warning when found looser. */
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { openTokenStore } from "../../src/server/tokens.ts";

const BIN = fileURLToPath(new URL("../../bin/parley.mjs", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "parley-tokens-"));
after(() => rmSync(dir, { recursive: true, force: true }));
const mode = (path: string): number => statSync(path).mode & 0o777;
const notPosix = process.platform !== "win32" ? false : "file modes are POSIX only";

test("a new token file and its WAL files are created 0600 whatever the umask", { skip: notPosix }, () => {
  const path = join(dir, "new.db.tokens");
  const old = process.umask(0o000);
  try {
    const tokens = openTokenStore(path);
    tokens.create("editor", new Date(0));
    assert.equal(tokens.tightened, null);
    for (const f of [path, `${path}-wal`, `${path}-shm`]) if (existsSync(f)) assert.equal(mode(f).toString(8), "600", f);
    assert.ok(existsSync(`${path}-wal`), "WAL mode keeps a -wal file while open");
    tokens.close();
  } finally { process.umask(old); }
});

test("an existing world-readable token file is tightened to 0600 and the store says so", { skip: notPosix }, () => {
  const path = join(dir, "loose.db.tokens");
  openTokenStore(path).close();
  const cases: number[] = [0o644, 0o666, 0o640, 0o604];
  for (const loose of cases) {
    chmodSync(path, loose);
    const tokens = openTokenStore(path);
    assert.equal(mode(path).toString(8), "600", loose.toString(8));
    assert.match(tokens.tightened ?? "", new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} \\(was 0${loose.toString(8)}\\)`));
    tokens.close();
  }
  const again = openTokenStore(path);
  assert.equal(again.tightened, null, "a 0600 file is left alone, with no warning");
  again.close();
});

test("`parley token create` makes <db>.tokens 0600 and warns when it had to tighten it", { skip: notPosix }, () => {
  const db = join(dir, "cli.db");
  const first = spawnSync(process.execPath, [BIN, "token", "create", "--role", "reader", "--db", db], { encoding: "utf8" });
  assert.equal(first.status, 0, first.stderr);
  assert.match(first.stdout, /^pk_[A-Za-z0-9_-]{43}\n$/);
  assert.equal(mode(`${db}.tokens`).toString(8), "600");
  assert.doesNotMatch(first.stderr, /warning/);
  chmodSync(`${db}.tokens`, 0o644);
  const second = spawnSync(process.execPath, [BIN, "token", "list", "--db", db], { encoding: "utf8" });
  assert.equal(second.status, 0, second.stderr);
  assert.match(second.stderr, /^parley: token: warning: token file open to other users, now 0600: .*cli\.db\.tokens \(was 0644\)/m);
  assert.equal(mode(`${db}.tokens`).toString(8), "600");
});
