/** Bearer-token identification and role checks. A token that is sent must be valid, even where none is needed. */
import type { MiddlewareHandler } from "hono";
import type { IncomingMessage } from "node:http";
import { ApiError } from "./errors.ts";
import type { AppEnv } from "./env.ts";
import type { Role, TokenStore } from "./tokens.ts";

const RANK: Readonly<Record<Role, number>> = { reader: 1, editor: 2 };

/** The client's socket address under @hono/node-server; "local" for in-process `app.request()` calls. */
function clientAddress(env: unknown): string {
  const incoming = (env as { incoming?: IncomingMessage } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? "local";
}

/**
 * Sets `principal` from the Authorization header. Forwarded-for headers are ignored: behind a proxy every client
 * shares the proxy's address, which only makes limits stricter.
 */
export function identify(tokens: TokenStore): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const header = c.req.header("authorization");
    if (header === undefined) {
      c.set("principal", { role: null, key: `ip:${clientAddress(c.env)}` });
      return next();
    }
    const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
    const info = m?.[1] ? tokens.verify(m[1]) : null;
    if (!info) {
      c.header("WWW-Authenticate", 'Bearer realm="parley", error="invalid_token"');
      throw new ApiError(401, "invalid_token", "the bearer token is unknown, revoked or malformed");
    }
    c.set("principal", { role: info.role, key: `token:${info.id}` });
    return next();
  };
}

/**
 * Refuses callers below `role`: 401 without a token, 403 with a token of a lesser role.
 *
 * @example app.post("/api/articles", requireRole("editor"), handler)
 */
export function requireRole(role: Role): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const have = c.get("principal").role;
    if (have === null) {
      c.header("WWW-Authenticate", 'Bearer realm="parley"');
      throw new ApiError(401, "unauthorized", `this needs a bearer token with role ${role} (parley token create --role ${role})`);
    }
    if (RANK[have] < RANK[role]) throw new ApiError(403, "forbidden", `this needs role ${role}; the token has role ${have}`);
    return next();
  };
}
