/** The app's routes as hono registered them: every handler route (middleware and catch-alls left out). */
import type { Hono } from "hono";
import type { AppEnv } from "../../src/server/env.ts";

export interface Route { readonly method: string; readonly path: string }

const READ = new Set(["GET", "HEAD", "OPTIONS"]);
const WRITES = ["POST", "PUT", "PATCH", "DELETE"];

/** Distinct method and path of every route with a concrete path (no `*`), in registration order. */
export function routes(app: Hono<AppEnv>): Route[] {
  const seen = new Map<string, Route>();
  for (const r of app.routes) {
    if (r.path.includes("*")) continue;
    for (const method of r.method === "ALL" ? [...READ, ...WRITES] : [r.method]) seen.set(`${method} ${r.path}`, { method, path: r.path });
  }
  return [...seen.values()];
}

/** Routes that change something: every method but GET, HEAD and OPTIONS. */
export const writeRoutes = (app: Hono<AppEnv>): Route[] => routes(app).filter((r) => !READ.has(r.method));
export const readRoutes = (app: Hono<AppEnv>): Route[] => routes(app).filter((r) => r.method === "GET");

/** A concrete URL for a route path: `:param`s get a sample value. */
export const concrete = (path: string): string => path.replace(/:[A-Za-z_]+/g, "sample-id");
