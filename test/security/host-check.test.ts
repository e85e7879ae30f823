/**
 * DNS rebinding: a server on loopback answers only requests whose Host names loopback (a rebound attacker's page
 * sends its own name), over a raw socket so the Host header is exactly what a browser would send; and
 * `parley serve` turns the check on by itself when it listens on loopback, with `--allowed-host` adding names.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { connect } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { makeFixture, type Fixture } from "../server/fixture.ts";
import { listen, type Listening } from "../../src/server/listen.ts";
import { LOOPBACK_HOSTS } from "../../src/server/host-check.ts";

const BIN = fileURLToPath(new URL("../../bin/parley.mjs", import.meta.url));

function get(port: number, path: string, host: string | null): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1", () => socket.write(`GET ${path} HTTP/1.${host === null ? "0" : "1"}\r\n${host === null ? "" : `Host: ${host}\r\n`}Connection: close\r\n\r\n`));
    let text = "";
    socket.on("data", (c) => { text += c.toString("latin1"); });
    socket.on("error", reject);
    socket.on("close", () => resolve(Number(/^HTTP\/1\.\d (\d{3})/.exec(text)?.[1] ?? 0)));
  });
}

let fx: Fixture, server: Listening;
before(async () => {
  fx = await makeFixture([]);
  server = await listen(fx.app({ allowedHosts: LOOPBACK_HOSTS }), { port: 0, host: "127.0.0.1" });
});
after(async () => { await server?.close(); await fx?.close(); });

describe("Host check", () => {
  it("answers loopback names and refuses every other name with 403", async () => {
    const P = server.port;
    const cases: [host: string | null, status: number][] = [
      [`127.0.0.1:${P}`, 200], [`localhost:${P}`, 200], [`LOCALHOST.:${P}`, 200], [`[::1]:${P}`, 200], ["127.0.0.1", 200], [null, 200],
      [`evil.example:${P}`, 403], ["evil.example", 403], [`127.0.0.1.evil.example:${P}`, 403], [`localhost.evil.example:${P}`, 403],
      [`rebind.attacker.example:${P}`, 403], [`127.0.0.2:${P}`, 403], [`[::1].evil.example:${P}`, 400], ["", 403],
    ];
    for (const path of ["/api/events", "/api/health", "/"]) {
      for (const [host, status] of cases) {
        // no dashboard folder here: "/" is a 404, but an answer; a malformed Host is refused by Node itself (400)
        const expected = status === 200 && path === "/" ? 404 : status;
        assert.equal(await get(P, path, host), expected, `${path} Host: ${host}`);
      }
    }
  });

  it("parley serve checks Host by itself on loopback, and --allowed-host adds a name", async () => {
    const dir = fx.dir;
    const serve = (args: string[]): Promise<{ child: ChildProcess; port: number }> => new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [BIN, "serve", "--port", "0", "--db", join(dir, "serve.db"), "--web", join(dir, "no-web"), ...args], { stdio: ["ignore", "pipe", "pipe"] });
      let out = "";
      child.stdout!.on("data", (c) => {
        out += c;
        const m = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
        if (m) resolve({ child, port: Number(m[1]) });
      });
      child.on("exit", (code) => reject(new Error(`serve exited ${code}: ${out}`)));
    });
    const stop = (child: ChildProcess): Promise<void> => new Promise((r) => { child.removeAllListeners("exit"); child.once("exit", () => r()); child.kill("SIGTERM"); });
    const plain = await serve([]);
    try {
      assert.equal(await get(plain.port, "/api/health", `127.0.0.1:${plain.port}`), 200);
      assert.equal(await get(plain.port, "/api/health", `evil.example:${plain.port}`), 403);
    } finally { await stop(plain.child); }
    const named = await serve(["--allowed-host", "parley.example"]);
    try {
      assert.equal(await get(named.port, "/api/health", "parley.example"), 200);
      assert.equal(await get(named.port, "/api/health", `localhost:${named.port}`), 200);
      assert.equal(await get(named.port, "/api/health", "evil.example"), 403);
    } finally { await stop(named.child); }
  });
});
