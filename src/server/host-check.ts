/**
 * Host header check against DNS rebinding: a web page on another site can rebind its own name to 127.0.0.1 and then
 * read a local server as if it were that site, but the browser still sends the page's name as `Host`. A server
 * listening on loopback therefore answers only requests that name loopback.
 */
import type { MiddlewareHandler } from "hono";
import { ApiError } from "./errors.ts";
import type { AppEnv } from "./env.ts";

/** The names a server bound to a loopback address answers to. */
export const LOOPBACK_HOSTS: readonly string[] = ["127.0.0.1", "localhost", "[::1]"];

/** True when `address` (a --host value) is a loopback address, so only loopback Host names make sense. */
export function isLoopbackBind(address: string): boolean {
  return /^(127\.\d+\.\d+\.\d+|::1|\[::1\]|localhost)$/i.test(address);
}

/** The host name of a Host header value, lower-cased, without port or final dot; IPv6 keeps its brackets. */
function hostName(header: string): string {
  const h = header.trim().toLowerCase();
  const name = h.startsWith("[") ? h.slice(0, h.indexOf("]") + 1) : h.replace(/:\d*$/, "");
  return name.replace(/\.$/, "");
}

/**
 * Refuses (403 host_not_allowed) a request whose Host names none of `hosts`; a request without Host (HTTP/1.0)
 * passes, since a browser, which rebinding needs, always sends one.
 *
 * @example app.use("*", allowedHosts(LOOPBACK_HOSTS))
 */
export function allowedHosts(hosts: readonly string[]): MiddlewareHandler<AppEnv> {
  const allowed = new Set(hosts.map(hostName));
  return async (c, next) => {
    const header = c.req.header("host");
    if (header !== undefined && !allowed.has(hostName(header))) {
      throw new ApiError(403, "host_not_allowed", `this server answers to ${[...allowed].join(", ")}, not ${hostName(header)} (parley serve --allowed-host NAME)`);
    }
    return next();
  };
}
