/** Puts the app on a socket and hands back its address and a way to stop it. */
import { serve } from "@hono/node-server";
import type { AddressInfo } from "node:net";
import type { Hono } from "hono";
import type { AppEnv } from "./env.ts";

/**
 * How long an idle keep-alive connection stays open. Longer than clients keep theirs (browsers, undici: 4-5 s), so
 * the client is the one to close an idle connection: when the server closes one just as the client sends its next
 * request on it, that request is reset. Node's default is 5 s.
 */
export const KEEP_ALIVE_MS = 65_000;

export interface Listening {
  /** e.g. http://127.0.0.1:8080/ */
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/**
 * Port 0 picks a free port.
 *
 * @example const server = await listen(app, { port: 0, host: "127.0.0.1" }); console.log(server.url);
 */
export function listen(app: Hono<AppEnv>, o: { readonly port: number; readonly host: string }): Promise<Listening> {
  return new Promise((resolveListening, reject) => {
    const server = serve({ fetch: app.fetch, port: o.port, hostname: o.host }, (info: AddressInfo) => {
      const host = info.family === "IPv6" ? `[${info.address}]` : info.address;
      resolveListening({
        url: `http://${host}:${info.port}/`, port: info.port,
        close: () => new Promise((done) => { server.close(() => done()); (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.(); }),
      });
    });
    const http = server as unknown as { keepAliveTimeout: number; headersTimeout: number };
    http.keepAliveTimeout = KEEP_ALIVE_MS;
    // Node wants the header timeout above the keep-alive one, or it can cut a request that arrives on an idle connection
    http.headersTimeout = KEEP_ALIVE_MS + 1_000;
    server.once("error", reject);
  });
}
