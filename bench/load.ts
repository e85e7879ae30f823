/**
 * Reads under load while ingesting: `node --import tsx bench/load.ts [--events 100000] [--clients 20] [--seconds 20]
 * [--ingest 1000] [--db postgres://…]`. Seeds an empty store (a temp SQLite file by default) with synthetic events,
 * starts `parley serve` on it, runs N keep-alive clients on loopback over the main read routes while an ingest
 * writes to the same store, and prints one JSON line: requests/s, p50 and p99 in ms (overall and per route), errors
 * (must be 0), resets (must be 0), connections opened, how far behind the store the answers were (Parley-Data-Age: the
 * share not current, p99 and largest, in ms: chosen within the server's 1 s bound, sent a little later), the server's CPU ms per request (what
 * a machine shared with other work changes least: compare versions by it), and whether the store's counts after the ingest are exactly
 * the seed plus what the ingest reports. Exits 1 when there were errors or resets or the counts are off.
 */
import { parseArgs } from "node:util";
import { loadRun } from "./load/run.ts";

const { values } = parseArgs({ options: {
  events: { type: "string", default: "100000" }, clients: { type: "string", default: "20" },
  seconds: { type: "string", default: "20" }, ingest: { type: "string", default: "1000" }, db: { type: "string" },
} });
const r = await loadRun({ events: Number(values.events), clients: Number(values.clients), seconds: Number(values.seconds),
  ingestArticles: Number(values.ingest), ...(values.db ? { db: values.db } : {}) });
process.stdout.write(`${JSON.stringify({
  bench: "load", backend: r.backend, events: r.seeded.events, clients: Number(values.clients), seconds: r.load.seconds,
  requests: r.load.requests, rps: r.rps, p50_ms: r.p50, p99_ms: r.p99, errors: r.load.errors, resets: r.load.resets,
  connections: r.load.sockets, ingest: { ...r.ingest, exact: r.exact, after: r.after, expected: r.expected }, data_age_ms: r.age, server_cpu_ms_per_request: r.cpuPerRequest, routes: r.routes,
  ...(r.load.failures.length ? { failures: r.load.failures } : {}),
})}\n`);
if (r.load.errors > 0 || r.load.resets > 0 || !r.exact) process.exitCode = 1;
