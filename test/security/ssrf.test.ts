/**
 * SSRF: every spelling of loopback, the unspecified address, private, carrier-NAT and link-local ranges (the cloud
 * metadata address among them), and names that resolve to them, through every way a URL reaches the fetcher: the
 * fetcher itself, `parley ingest URL` (article or feed), a feed item's link, `POST /api/articles {url}`, and a
 * redirect from an allowed server. Each attempt must be refused before connecting: a server listening on every
 * local address at the port the URLs name counts accepted connections, and the `net.client.socket` diagnostics
 * channel counts connection attempts the process makes; both must stay at zero.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import dc from "node:diagnostics_channel";
import { lookup } from "node:dns/promises";
import http from "node:http";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { AddressInfo, Socket } from "node:net";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { safeFetch } from "../../src/ingest/fetch.ts";
import { isBlockedAddress } from "../../src/ingest/net.ts";
import { readSources, type SourceItem } from "../../src/ingest/sources/index.ts";
import { makeFixture, type Fixture } from "../server/fixture.ts";

/** host spellings; `P` is replaced by the counting server's port */
const SPELLINGS: readonly string[] = [
  "127.0.0.1", "127.1", "127.0.1", "2130706433", "0x7f000001", "0x7f.0.0.1", "0x7f.1", "0177.0.0.1", "0177.1",
  "127.000.000.001", "127.0.0.1.", "127.255.255.254", "%31%32%37.0.0.1", "\uff11\uff12\uff17.\uff10.\uff10.\uff11",
  "0.0.0.0", "0", "[::1]", "[0:0:0:0:0:0:0:1]", "[0000::1]", "[::]", "[::ffff:127.0.0.1]", "[::ffff:7f00:1]",
  "[::127.0.0.1]", "[64:ff9b::7f00:1]", "localhost", "localhost.", "LocalHost",
  "10.0.0.1", "172.16.0.1", "172.31.255.254", "192.168.1.1", "100.64.0.1", "169.254.169.254", "0xa9.0xfe.0xa9.0xfe",
  "2852039166", "[::ffff:169.254.169.254]", "[fe80::1]", "[fd00::1]", "[fc00::2]",
];

let target: http.Server, redirector: http.Server;
let accepted = 0, attempts = 0, redirects = 0;
let port = 0, redirectorPort = 0;
let spellings: string[] = [];
let fx: Fixture, dir = "", editor = "";
let api: () => ReturnType<Fixture["app"]>;
const counting = (message: unknown): void => {
  const socket = (message as { socket: Socket }).socket;
  socket.on("connectionAttempt", (ip: string, p: number) => { if (p !== redirectorPort) attempts++; });
};

before(async () => {
  target = http.createServer((_, res) => res.end("<p>internal secret</p>"));
  target.on("connection", () => accepted++);
  await new Promise<void>((r) => target.listen(0, "::", r));
  port = (target.address() as AddressInfo).port;
  redirector = http.createServer((req, res) => {
    redirects++;
    // a Location header is ASCII: a spelling in other characters travels percent-encoded, as a server would send it
    res.writeHead(302, { location: decodeURIComponent((req.url ?? "/").slice("/to/".length)).replace(/[^\x20-\x7e]/gu, encodeURIComponent) });
    res.end();
  });
  await new Promise<void>((r) => redirector.listen(0, "127.0.0.1", r));
  redirectorPort = (redirector.address() as AddressInfo).port;
  // this machine's own name, where it resolves to a refused address (often 127.0.1.1 in /etc/hosts)
  const own = await lookup(hostname(), { all: true }).catch(() => []);
  spellings = [...SPELLINGS, ...(own.length && own.every((a) => isBlockedAddress(a.address)) ? [hostname()] : [])];
  fx = await makeFixture([]);
  editor = fx.tokens.create("editor", new Date(0)).token;
  // the default fetcher (private addresses refused); the write limit raised so every attempt reaches it
  const app = fx.app({ writesPerMinute: 100_000 });
  api = () => app;
  dir = mkdtempSync(join(tmpdir(), "parley-ssrf-"));
  dc.subscribe("net.client.socket", counting);
});
after(async () => {
  dc.unsubscribe("net.client.socket", counting);
  target.closeAllConnections(); target.close();
  redirector.closeAllConnections(); redirector.close();
  await fx?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const url = (host: string): string => `http://${host}:${port}/internal`;
const first = async (it: AsyncIterable<SourceItem>): Promise<SourceItem[]> => { const out: SourceItem[] = []; for await (const x of it) out.push(x); return out; };
const refusedCode = (items: SourceItem[]): string => items.length === 1 && !items[0]!.ok ? `${items[0]!.error.code}: ${items[0]!.error.message}` : `not refused: ${JSON.stringify(items)}`;

/** one attempt through each path; each returns the refusal text (code first) */
const PATHS: readonly [string, (href: string) => Promise<string>][] = [
  ["the fetcher", async (href) => { const r = await safeFetch(href, { timeoutMs: 3000 }); return r.ok ? `fetched ${r.value.status}` : `${r.error.code}: ${r.error.message}`; }],
  ["ingest URL", async (href) => refusedCode(await first(readSources([href], { fetch: { timeoutMs: 3000 } })))],
  ["feed item link", async (href) => {
    const feed = join(dir, "feed.xml");
    writeFileSync(feed, `<rss><channel><item><guid>i1</guid><title>Teaser</title><link>${href.replace(/&/g, "&amp;")}</link><description>Read more.</description></item></channel></rss>`);
    return refusedCode(await first(readSources([feed], { fetch: { timeoutMs: 3000 } })));
  }],
  ["POST /api/articles {url}", async (href) => {
    const res = await api().request("/api/articles", { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${editor}` }, body: JSON.stringify({ url: href }) });
    const body = (await res.json()) as { error?: { code: string; message: string } };
    return res.status === 422 || res.status === 400 ? `${body.error?.code}: ${body.error?.message}` : `answered ${res.status}`;
  }],
  ["redirect from an allowed server", async (href) => {
    const r = await safeFetch(`http://127.0.0.1:${redirectorPort}/to/${encodeURIComponent(href)}`, { timeoutMs: 3000, allowEndpoints: [`127.0.0.1:${redirectorPort}`] });
    return r.ok ? `fetched ${r.value.status}` : `${r.error.code}: ${r.error.message}`;
  }],
];

describe("SSRF", () => {
  it("the allowed redirector is reachable, so a refusal behind it is the redirect target's", async () => {
    const r = await safeFetch(`http://127.0.0.1:${redirectorPort}/to/${encodeURIComponent("ftp://example.org/")}`, { allowEndpoints: [`127.0.0.1:${redirectorPort}`] });
    assert.equal(r.ok ? "ok" : r.error.code, "bad_url");
    assert.equal(redirects, 1);
  });

  it("the counting server counts: a fetch with private addresses allowed reaches it", async () => {
    const r = await safeFetch(url("127.0.0.1"), { allowPrivate: true });
    assert.ok(r.ok && r.value.body.includes("internal secret"));
    assert.equal(accepted, 1);
    assert.equal(attempts, 1);
    accepted = 0; attempts = 0;
  });

  it("refuses every loopback, private and link-local spelling through every path before connecting", async () => {
    const failures: string[] = [];
    const codes = new Map<string, number>();
    let tried = 0;
    for (const host of spellings) {
      for (const [path, attempt] of PATHS) {
        tried++;
        const said = await attempt(url(host));
        // refused as a private address; or, for the API, by its URL schema before the fetcher is reached
        const code = /^(\w+: .*)?private_address/.test(said) ? "private_address" : path.startsWith("POST") && said.startsWith("invalid_input") ? "invalid_input" : null;
        if (code === null) failures.push(`${path} ${host}: ${said}`);
        else codes.set(code, (codes.get(code) ?? 0) + 1);
      }
    }
    console.log(`ssrf: ${tried} attempts over ${spellings.length} spellings and ${PATHS.length} paths; refused ${JSON.stringify(Object.fromEntries(codes))}; ${accepted} connections accepted, ${attempts} attempted`);
    assert.deepEqual(failures, []);
    assert.equal(accepted, 0, "connections reached the listening server");
    assert.equal(attempts, 0, "connection attempts were made");
  });
});
