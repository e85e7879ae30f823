/**
 * The server is never the one to close an idle keep-alive connection first (listen.ts): a client that waits longer
 * than Node's default 5 s between two requests finds its connection still open and reuses it. When a server closes
 * idle connections early, a client's next request can cross the close on the wire and be reset.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import { Hono } from "hono";
import { listen } from "../../src/server/listen.ts";
import type { AppEnv } from "../../src/server/env.ts";

function get(agent: http.Agent, url: URL): Promise<{ status: number; socket: object }> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: url.hostname, port: url.port, path: "/", agent }, (res) => {
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode ?? 0, socket: req.socket! }));
    });
    req.on("error", reject);
  });
}

test("an idle keep-alive connection outlives Node's 5 s default and is reused", { timeout: 30_000 }, async () => {
  const app = new Hono<AppEnv>();
  app.get("/", (c) => c.text("ok"));
  const server = await listen(app, { port: 0, host: "127.0.0.1" });
  // the client keeps idle sockets 60 s, so only the server could close this one
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1, timeout: 60_000 });
  try {
    const first = await get(agent, new URL(server.url));
    await new Promise((r) => setTimeout(r, 6_500));
    const second = await get(agent, new URL(server.url));
    assert.deepEqual([first.status, second.status], [200, 200]);
    assert.equal(second.socket, first.socket, "the same connection carried both requests");
  } finally {
    agent.destroy();
    await server.close();
  }
});
