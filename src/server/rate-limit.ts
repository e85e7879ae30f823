/** A fixed-window request limit per caller (token or address), kept in memory. */
import type { MiddlewareHandler } from "hono";
import { ApiError } from "./errors.ts";
import type { AppEnv } from "./env.ts";

export interface RateLimitOptions {
  /** requests allowed per window and caller */
  readonly max: number;
  readonly windowMs: number;
  /** the clock, passed in so tests can move it */
  readonly now: () => number;
}

/**
 * @example app.post("/api/articles", rateLimit({ max: 30, windowMs: 60_000, now: Date.now }), handler)
 */
export function rateLimit(o: RateLimitOptions): MiddlewareHandler<AppEnv> {
  const windows = new Map<string, { start: number; count: number }>();
  return async (c, next) => {
    const now = o.now();
    if (windows.size > 10_000) for (const [k, w] of windows) if (now - w.start >= o.windowMs) windows.delete(k);
    const key = c.get("principal").key;
    let w = windows.get(key);
    if (!w || now - w.start >= o.windowMs) { w = { start: now, count: 0 }; windows.set(key, w); }
    w.count++;
    c.header("RateLimit-Limit", String(o.max));
    c.header("RateLimit-Remaining", String(Math.max(0, o.max - w.count)));
    if (w.count > o.max) {
      c.header("Retry-After", String(Math.ceil((w.start + o.windowMs - now) / 1000)));
      throw new ApiError(429, "rate_limited", `more than ${o.max} requests in ${o.windowMs / 1000} s; try again later`);
    }
    return next();
  };
}
