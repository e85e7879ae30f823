/** Serves the built dashboard (web/dist): files only, no listing, no path outside the folder, symbolic links included. */
import { readFile, realpath, stat } from "node:fs/promises";
import { extname, resolve, sep } from "node:path";
import type { Context } from "hono";

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
  ".json": "application/json", ".svg": "image/svg+xml", ".png": "image/png", ".ico": "image/x-icon",
  ".woff2": "font/woff2", ".txt": "text/plain; charset=utf-8", ".map": "application/json",
};

const MISSING = `<!doctype html><meta charset="utf-8"><title>Parley</title><p>The dashboard is not built. Run <code>npm run build:web</code>, then reload. The API is at <a href="/api/openapi.json">/api/openapi.json</a>.</p>`;

/**
 * A GET handler for everything outside /api/. `/` is index.html; hashed files under /assets/ are cached for a year.
 *
 * @example app.get("*", staticFiles("/srv/parley/web/dist"))
 */
export function staticFiles(root: string) {
  const base = resolve(root);
  return async (c: Context): Promise<Response> => {
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
