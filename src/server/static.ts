/**
 * Serves the built dashboard (web/dist): files only, no listing, no path outside the folder, symbolic links
 * included. When web/dist is missing but its sources sit beside it (a fresh `npm ci`), the dashboard is built on
 * first serve.
 */
import { existsSync } from "node:fs";
import { readFile, realpath, stat } from "node:fs/promises";
import { extname, join, resolve, sep } from "node:path";
import type { Context } from "hono";
import type { Result } from "../types.ts";
import { buildDashboard, dashboardSources } from "./build-web.ts";

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
  ".json": "application/json", ".svg": "image/svg+xml", ".png": "image/png", ".ico": "image/x-icon",
  ".woff2": "font/woff2", ".txt": "text/plain; charset=utf-8", ".map": "application/json",
};

const MISSING = `<!doctype html><meta charset="utf-8"><title>Parley</title><p>The dashboard is not built. Run <code>npm run build:web</code>, then reload. The API is at <a href="/api/openapi.json">/api/openapi.json</a>.</p>`;
const escape = (text: string): string => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const FAILED = (message: string): string => `<!doctype html><meta charset="utf-8"><title>Parley</title><p>The dashboard could not be built: ${escape(message)}. Run <code>npm run build:web</code> to see why, then reload. The API is at <a href="/api/openapi.json">/api/openapi.json</a>.</p>`;

/**
 * The build of the dashboard for `base`, started at most once per folder and process while it is missing; null
 * when `base` holds a build (perhaps made since by `npm run build:web`) or is not a dashboard's dist folder.
 */
const builds = new Map<string, Promise<Result<string>>>();
function buildOnce(base: string): Promise<Result<string>> | null {
  if (existsSync(join(base, "index.html"))) return null;
  const sources = dashboardSources(base);
  if (sources === null) return null;
  let pending = builds.get(base);
  if (!pending) {
    pending = buildDashboard(sources, base);
    builds.set(base, pending);
    // a failed build is tried again on a later request
    void pending.then((r) => { if (!r.ok) builds.delete(base); });
  }
  return pending;
}

/**
 * A GET handler for everything outside /api/. `/` is index.html; hashed files under /assets/ are cached for a year.
 *
 * @example app.get("*", staticFiles("/srv/parley/web/dist"))
 */
export function staticFiles(root: string) {
  const base = resolve(root);
  let built = existsSync(join(base, "index.html"));
  // start building right away, so that the first page is ready sooner
  if (!built) void buildOnce(base);
  return async (c: Context): Promise<Response> => {
    if (!built) {
      const building = buildOnce(base);
      const result = building ? await building : null;
      if (result && !result.ok) return c.html(FAILED(result.error.message), 503);
      built = existsSync(join(base, "index.html"));
    }
    let path: string;
    try { path = decodeURIComponent(new URL(c.req.url).pathname); } catch { return c.text("bad path", 400); }
    if (path.endsWith("/")) path += "index.html";
    const file = resolve(base, `.${path}`);
    const type = TYPES[extname(file).toLowerCase()];
    if (!file.startsWith(base + sep) || path.includes("\0") || !type) return c.text("not found", 404);
    try {
      if (!(await stat(file)).isFile()) return c.text("not found", 404);
      // a symbolic link inside the folder must not lead out of it
      if (!(await realpath(file)).startsWith((await realpath(base)) + sep)) return c.text("not found", 404);
      const body = await readFile(file);
      c.header("Content-Type", type);
      c.header("Cache-Control", path.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "no-cache");
      return c.body(body);
    } catch {
      if (path === "/index.html") return c.html(MISSING, 503);
      return c.text("not found", 404);
    }
  };
}
