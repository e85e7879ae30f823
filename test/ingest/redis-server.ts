/**
 * A throwaway redis-server for tests: Debian's binary on a free local port, no persistence, stopped by `stop()`.
 * `redisSkip` says why tests must skip where the binary is absent (apt-get install redis-server; CI installs it).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";

export const REDIS_BIN = process.env["PARLEY_REDIS_SERVER"] ?? "redis-server";
export const redisSkip: string | false = spawnSync(REDIS_BIN, ["--version"], { encoding: "utf8" }).status === 0
  ? false : `no ${REDIS_BIN} on this machine (apt-get install redis-server, or set PARLEY_REDIS_SERVER)`;

export interface RedisServer {
  readonly url: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

export async function startRedis(): Promise<RedisServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(REDIS_BIN, ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: ["ignore", "pipe", "pipe"] });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("redis-server did not start within 10 s")), 10_000);
    child.stdout!.on("data", (d: Buffer) => {
      if (/Ready to accept connections/i.test(d.toString())) { clearTimeout(timer); resolve(); }
    });
    child.once("exit", (code) => { clearTimeout(timer); reject(new Error(`redis-server exited with ${code}`)); });
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: () => new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    }),
  };
}
