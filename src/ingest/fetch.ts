/**
 * Fetching a URL for ingest with bounds: a deadline, a byte limit, at most 5 redirects (each hop checked), http(s)
 * only, and no private, loopback or link-local address unless `allowPrivate` (or the endpoint is in
 * `allowEndpoints`). Every address the host name resolves to is checked, and the connection goes to a checked
 * address, so DNS cannot swap in a private one afterwards. Whatever a server answers, failures are values.
 */
import http from "node:http";
import https from "node:https";
import { lookup as dnsLookup } from "node:dns";
import { isIP, type LookupFunction } from "node:net";
import type { Result } from "../types.ts";
import { mayConnect, type AddressPolicy } from "./net.ts";

export interface FetchOptions {
  readonly timeoutMs?: number;
  readonly maxBytes?: number;
  readonly maxRedirects?: number;
  readonly allowPrivate?: boolean;
  /** private `ADDRESS:PORT` endpoints that may still be reached (IPv6 as `[::1]:8080`); every other stays refused */
  readonly allowEndpoints?: readonly string[];
  readonly userAgent?: string;
}

export interface Fetched {
  /** the final URL after redirects */
  readonly url: string;
  readonly status: number;
  readonly contentType: string;
  readonly body: string;
}

const fail = (code: string, message: string): Result<never> => ({ ok: false, error: { code, message, } });

/** A DNS lookup that refuses when any resolved address is one the policy does not allow on `port`. */
function guardedLookup(port: number, policy: AddressPolicy): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { all: true, family: options.family ?? 0 }, (err, addresses) => {
      if (err) return callback(err, "", 0);
      const bad = addresses.find((a) => !mayConnect(a.address, port, policy));
      if (bad) {
        const e = Object.assign(new Error(`${hostname} resolves to a private address ${bad.address}`), { code: "EPRIVATE" });
        return callback(e, "", 0);
      }
      const first = addresses[0];
      if (!first) return callback(new Error(`${hostname}: no address`), "", 0);
      if (options.all) return (callback as unknown as (e: null, a: typeof addresses) => void)(null, addresses);
      callback(null, first.address, first.family);
    });
  };
}

const isLoopbackName = (host: string): boolean => /(^|\.)localhost\.?$/i.test(host);

type Answer = { status: number; location: string | null; contentType: string; body: string };

function once(url: URL, o: Required<FetchOptions>, deadline: number): Promise<Result<Answer>> {
  return new Promise((resolve) => {
    const host = url.hostname.replace(/^\[|\]$/g, "");
    const port = Number(url.port || (url.protocol === "https:" ? 443 : 80));
    const policy: AddressPolicy = { allowPrivate: o.allowPrivate, allowEndpoints: o.allowEndpoints };
    // a literal address is refused here, before any socket exists; a name is checked when it resolves
    if (isIP(host) && !mayConnect(host, port, policy)) return resolve(fail("private_address", `${url.href}: private address refused`));
    // localhost names are loopback whatever the resolver says (RFC 6761), with or without the final dot
    if (isLoopbackName(host) && !mayConnect("127.0.0.1", port, policy) && !mayConnect("::1", port, policy)) {
      return resolve(fail("private_address", `${url.href}: ${host} is a loopback name`));
    }
    const mod = url.protocol === "https:" ? https : http;
    const left = Math.max(1, deadline - Date.now());
    let req: http.ClientRequest;
    try {
      req = mod.get(url, {
        lookup: guardedLookup(port, policy), timeout: left,
        headers: { "user-agent": o.userAgent, accept: "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,text/xml,*/*;q=0.5", "accept-encoding": "identity" },
      }, (res) => {
        const status = res.statusCode ?? 0;
        const location = status >= 300 && status < 400 ? (res.headers.location ?? null) : null;
        if (location !== null) { res.resume(); return resolve({ ok: true, value: { status, location, contentType: "", body: "" } }); }
        const declared = Number(res.headers["content-length"] ?? "0");
        if (declared > o.maxBytes) { req.destroy(); return resolve(fail("too_large", `${url.href}: ${declared} bytes over the ${o.maxBytes} limit`)); }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on("data", (c: Buffer) => {
          size += c.length;
          if (size > o.maxBytes) { req.destroy(); resolve(fail("too_large", `${url.href}: over the ${o.maxBytes} byte limit`)); }
          else chunks.push(c);
        });
        res.on("end", () => resolve({ ok: true, value: { status, location: null, contentType: String(res.headers["content-type"] ?? ""), body: Buffer.concat(chunks).toString("utf8") } }));
        res.on("error", (e) => resolve(fail("fetch_failed", `${url.href}: ${e.message}`)));
      });
    } catch (e) {
      // http.get throws at once for what it cannot send at all (a header value it refuses, say)
      return resolve(fail("fetch_failed", `${url.href}: ${(e as Error).message}`));
    }
    const timer = setTimeout(() => { req.destroy(); resolve(fail("timeout", `${url.href}: no answer within the time limit`)); }, left);
    req.on("close", () => clearTimeout(timer));
    req.on("timeout", () => { req.destroy(); resolve(fail("timeout", `${url.href}: timed out`)); });
    req.on("error", (e: NodeJS.ErrnoException) => resolve(e.code === "EPRIVATE"
      ? fail("private_address", `${url.href}: ${e.message}`) : fail("fetch_failed", `${url.href}: ${e.message}`)));
  });
}

/** Where a redirect's Location points, relative to the URL that answered; a Location that is no URL is a value. */
function redirectTarget(location: string, from: URL): Result<URL> {
  try { return { ok: true, value: new URL(location, from) }; } catch {
    return fail("bad_redirect", `${from.href}: redirect to an invalid address ${JSON.stringify(location.slice(0, 200))}`);
  }
}

/**
 * @example const r = await safeFetch("https://example.org/feed.xml", { timeoutMs: 5000 }); if (r.ok) r.value.body;
 */
export async function safeFetch(href: string, options: FetchOptions = {}): Promise<Result<Fetched>> {
  const o: Required<FetchOptions> = {
    timeoutMs: options.timeoutMs ?? 15_000, maxBytes: options.maxBytes ?? 5_000_000,
    maxRedirects: options.maxRedirects ?? 5, allowPrivate: options.allowPrivate ?? false,
    allowEndpoints: options.allowEndpoints ?? [],
    userAgent: options.userAgent ?? "parley-ingest/0.1",
  };
  const deadline = Date.now() + o.timeoutMs;
  let url: URL;
  try { url = new URL(href); } catch { return fail("bad_url", `not a URL: ${href}`); }
  for (let hop = 0; ; hop++) {
    if (url.protocol !== "http:" && url.protocol !== "https:") return fail("bad_url", `${url.href}: only http and https`);
    const r = await once(url, o, deadline);
    if (!r.ok) return r;
    if (r.value.location === null) {
      if (r.value.status >= 400) return fail("http_status", `${url.href}: HTTP ${r.value.status}`);
      return { ok: true, value: { url: url.href, status: r.value.status, contentType: r.value.contentType, body: r.value.body } };
    }
    if (hop >= o.maxRedirects) return fail("too_many_redirects", `${href}: more than ${o.maxRedirects} redirects`);
    const next = redirectTarget(r.value.location, url);
    if (!next.ok) return next;
    url = next.value;
  }
}
