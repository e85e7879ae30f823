/** API failures and the one place they become HTTP statuses (see STYLE.md rule 13). */
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";

/** An expected API failure: a status, a stable code, a message for people and optional details (zod issues). */
export class ApiError extends Error {
  constructor(readonly status: 400 | 401 | 403 | 404 | 413 | 415 | 422 | 429 | 503, readonly code: string, message: string, readonly details?: unknown) {
    super(message);
    this.name = "ApiError";
  }
}

/**
 * The app's `onError`: ApiError and HTTPException keep their status; anything else is a bug, logged and answered
 * as a bare 500 so no stack or SQL reaches the client.
 *
 * @example app.onError(errorHandler((e) => console.error(e)));
 */
export function errorHandler(log: (error: unknown) => void) {
  return (err: Error, c: Context): Response => {
    if (err instanceof ApiError) {
      return c.json({ error: { code: err.code, message: err.message, ...(err.details === undefined ? {} : { details: err.details }) } }, err.status);
    }
    if (err instanceof HTTPException) {
      return c.json({ error: { code: `http_${err.status}`, message: err.message || "request refused" } }, err.status);
    }
    log(err);
    return c.json({ error: { code: "internal", message: "internal error" } }, 500);
  };
}
