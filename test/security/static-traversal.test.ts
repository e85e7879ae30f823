/**
 * Path traversal on the dashboard's static files: dot segments plain, percent-encoded, double-encoded, with
 * backslashes (raw and encoded), overlong UTF-8, NUL bytes, absolute paths, a sibling folder sharing the root's
 * prefix, and a symbolic link inside the root pointing out of it. Requests go over a real socket as raw request
 * lines, so no client normalises them first, and in process through `app.request`.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { join } from "node:path";
import { makeFixture, type Fixture } from "../server/fixture.ts";
import { listen, type Listening } from "../../src/server/listen.ts";

const SECRET = "TOP-SECRET-token-material";
const INDEX = "<!doctype html><title>dashboard</title>";
const TARGETS: readonly string[] = [
  "/../secret.txt", "/..%2fsecret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt", "/.%2e/secret.txt", "/%2e./secret.txt",
  "/%2e%2e%2fsecret.txt", "/assets/../../secret.txt", "/assets/%2e%2e/%2e%2e/secret.txt", "/assets/%2e%2e%2f%2e%2e%2fsecret.txt",
  "/..\\secret.txt", "/assets\\..\\..\\secret.txt", "/..%5csecret.txt", "/%5c..%5csecret.txt", "/assets/..%5c..%5csecret.txt",
  "/%2e%2e%5csecret.txt", "/%252e%252e/secret.txt", "/%252e%252e%252fsecret.txt", "/%c0%ae%c0%ae/secret.txt", "/%c0%af../secret.txt",
  "/....//secret.txt", "/..;/secret.txt", "/../dist-private/keys.txt", "/%2e%2e/dist-private/keys.txt", "//secret.txt",
  "/%2fetc%2fpasswd", "//etc/passwd", "/etc/passwd", "/%00../secret.txt", "/index.html%00.txt", "/assets/a.js%00", "/link.txt",
  "/assets/link.txt", "/%2e%2e", "/..", "/./../secret.txt", "/assets/./../.././secret.txt",
];

let fx: Fixture, server: Listening;
before(async () => {
  fx = await makeFixture([]);
  const root = join(fx.dir, "dist");
  mkdirSync(join(root, "assets"), { recursive: true });
  mkdirSync(join(fx.dir, "dist-private"), { recursive: true });
  writeFileSync(join(root, "index.html"), INDEX);
  writeFileSync(join(root, "assets", "a.js"), "export {};");
  writeFileSync(join(fx.dir, "secret.txt"), SECRET);
  writeFileSync(join(fx.dir, "dist-private", "keys.txt"), SECRET);
  symlinkSync(join(fx.dir, "secret.txt"), join(root, "link.txt"));
  symlinkSync("../../secret.txt", join(root, "assets", "link.txt"));
  server = await listen(fx.app({ staticRoot: root }), { port: 0, host: "127.0.0.1" });
});
after(async () => { await server?.close(); await fx?.close(); });

/** one raw request line over a socket; the status and body as the server sent them */
function raw(target: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(server.port, "127.0.0.1", () => socket.write(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`));
    const chunks: Buffer[] = [];
    socket.on("data", (c) => chunks.push(c));
    socket.on("error", reject);
    socket.on("close", () => {
      const text = Buffer.concat(chunks).toString("latin1");
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0), body: text.slice(text.indexOf("\r\n\r\n") + 4) });
    });
  });
}

describe("static files", () => {
  it("serves what is inside the root (so a refusal below is not a server that serves nothing)", async () => {
    assert.equal((await raw("/")).status, 200);
    assert.equal((await raw("/assets/a.js")).status, 200);
    const app = fx.app({ staticRoot: join(fx.dir, "dist") });
    const index = await app.request("/");
    assert.match(index.headers.get("content-type") ?? "", /text\/html/);
    assert.equal(await index.text(), INDEX);
    assert.match((await app.request("/assets/a.js")).headers.get("cache-control") ?? "", /immutable/);
    assert.equal((await app.request("/nope.js")).status, 404);
  });

  it("refuses every traversal spelling over a raw socket and in process, and never sends the secret", async () => {
    const served: string[] = [];
    const statuses = new Map<number, number>();
    for (const t of TARGETS) {
      const res = await fx.app({ staticRoot: join(fx.dir, "dist") }).request(t);
      const answers = [["socket", await raw(t)], ["in process", { status: res.status, body: await res.text() }]] as const;
      for (const [how, got] of answers) {
        statuses.set(got.status, (statuses.get(got.status) ?? 0) + 1);
        // a client-side URL parser may fold `/..` to `/`: the index page is then a fair answer
        const refused = [400, 404].includes(got.status) || (got.status === 200 && got.body === INDEX);
        if (got.body.includes(SECRET) || !refused) served.push(`${how} ${t}: ${got.status}`);
      }
    }
    console.log(`static traversal: ${TARGETS.length * 2} requests over ${TARGETS.length} spellings; statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
    assert.deepEqual(served, []);
  });
});
