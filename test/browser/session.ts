/**
 * One dashboard session for a browser test file: the example articles ingested into a real SQLite store, the
 * dashboard built by vite, the API and the dashboard served on a free port, and chromium driven by playwright-core.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { makeFixture, EXAMPLES, type Fixture } from "../server/fixture.ts";
import { listen, type Listening } from "../../src/server/listen.ts";
import { buildDashboard, launch, type Browsing } from "./harness.ts";

export const CHROMIUM = process.env["PARLEY_CHROMIUM"] ?? "/usr/bin/chromium";
/** false, or why the browser tests skip */
export const SKIP: false | string = existsSync(CHROMIUM) ? false : `no chromium at ${CHROMIUM} (apt-get install chromium, or set PARLEY_CHROMIUM)`;

export interface Session {
  readonly fx: Fixture;
  readonly server: Listening;
  readonly b: Browsing;
  /** a bearer token with the editor role */
  readonly editor: string;
  /** GET /api/<path> on the fixture's app, as JSON */
  api<T>(path: string): Promise<T>;
  close(): Promise<void>;
}

/** Every example article (and the hostile page) ingested, the dashboard built and open in chromium. */
export async function openSession(): Promise<Session> {
  const tmp = mkdtempSync(join(tmpdir(), "parley-web-"));
  const dist = await buildDashboard(join(tmp, "dist"));
  const files = readdirSync(EXAMPLES).filter((f) => f.endsWith(".txt")).concat("hostile.html");
  const fx = await makeFixture(files);
  const editor = fx.tokens.create("editor", new Date(0)).token;
  const server = await listen(fx.app({ staticRoot: dist }), { port: 0, host: "127.0.0.1" });
  const b = await launch(CHROMIUM, join(tmp, "profile"), server.url);
  return {
    fx, server, b, editor,
    async api<T>(path: string): Promise<T> {
      const res = await fx.app().request(`/api/${path}`);
      if (!res.ok) throw new Error(`GET /api/${path}: ${res.status} ${await res.text()}`);
      return (await res.json()) as T;
    },
    async close() {
      await b.close();
      await server.close();
      await fx.close();
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}
