/**
 * The Parley HTTP app: JSON API under /api/ and the dashboard at /. Built on hono; `app.request()` runs it in
 * process (tests), `listen()` puts it on a socket (`parley serve`).
 */
import { Hono } from "hono";
import { identify, requireRole } from "./auth.ts";
import { allowedHosts } from "./host-check.ts";
import { ApiError, errorHandler } from "./errors.ts";
import type { AppEnv } from "./env.ts";
import { openApiDocument } from "./openapi.ts";
import type { ServerOptions } from "./options.ts";
import { rateLimit } from "./rate-limit.ts";
import { securityHeaders } from "./security.ts";
import { staticFiles } from "./static.ts";
import { articleRoutes } from "./routes/articles.ts";
import { eventRoutes } from "./routes/reads.ts";
import { ingestRoutes } from "./routes/ingest.ts";
import { cachedReads } from "../store/cached.ts";

export type { ServerOptions } from "./options.ts";

/**
 * @example
 * const app = createApp({ store, tokens, coder: () => createCoder(), now: () => new Date() });
 * const res = await app.request("/api/events?country=LBY");
 */
export function createApp(options: ServerOptions): Hono<AppEnv> {
  // many clients asking the same page or aggregate between two commits cost one query (store/cached.ts)
  const cached = options.cacheReads === false ? null
    : cachedReads(options.store, { staleMs: options.staleReadsMs ?? 0, now: () => options.now().getTime() });
  const o: ServerOptions = cached ? { ...options, store: cached, dataAge: (a) => cached.dataAge(a) } : options;
  const app = new Hono<AppEnv>();
  app.onError(errorHandler(o.log ?? ((e) => console.error(e))));
  app.use("*", securityHeaders());
  if (o.allowedHosts) app.use("*", allowedHosts(o.allowedHosts));
  app.use("/api/*", async (c, next) => { await next(); c.header("Cache-Control", "no-store"); });
  app.get("/api/openapi.json", (c) => c.json(openApiDocument()));
  app.get("/api/health", (c) => c.json({ ok: true }));
  app.use("/api/*", identify(o.tokens));
  app.on("GET", "/api/*", rateLimit({ max: o.readsPerMinute ?? 1200, windowMs: 60_000, now: () => o.now().getTime() }));
  if (o.authReads) app.on("GET", "/api/*", requireRole("reader"));
  articleRoutes(app, o);
  eventRoutes(app, o);
  ingestRoutes(app, o);
  app.all("/api/*", () => { throw new ApiError(404, "not_found", "no such API route"); });
  if (o.staticRoot) app.get("*", staticFiles(o.staticRoot));
  app.notFound((c) => c.json({ error: { code: "not_found", message: "not found" } }, 404));
  return app;
}
