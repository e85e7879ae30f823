/**
 * Keep-alive HTTP clients on loopback: each client has one persistent connection (its own agent, one socket) and
 * sends its next request as soon as the last one is answered, round the route mix, until the deadline. Every answer
 * is timed (after one untimed round of the mix per client, as a dashboard that is already open has warmed the
 * server's read cache); failures are counted as errors (a status other than 200, or no answer) and, among those, resets
 * (ECONNRESET / EPIPE: the server dropped a connection a request was on).
 */
import http from "node:http";

export interface LoadResult {
  readonly requests: number;
  readonly seconds: number;
  readonly latencies: readonly number[];
  readonly errors: number;
  readonly resets: number;
  /** connections opened: one per client when keep-alive holds */
  readonly sockets: number;
  /** the first few failures, for the report */
  readonly failures: readonly string[];
  readonly byRoute: Readonly<Record<string, readonly number[]>>;
  /** the Parley-Data-Age of every timed answer that has one: how far behind the store it may have been, in ms */
  readonly ages: readonly number[];
}

/** A route of the mix: a name for the report and the path of the next request (it may depend on earlier answers). */
export interface Route {
  readonly name: string;
  /** `answers`: this client's last parsed answer of each route that parses */
  path(client: number, answers: ReadonlyMap<string, unknown>): string;
  /** parse the body and keep it in `answers` */
  readonly parse?: boolean;
}

function get(agent: http.Agent, base: URL, path: string, sockets: Set<object>): Promise<{ status: number; body: string; age: number | null }> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: base.hostname, port: base.port, path, agent, headers: { accept: "application/json" } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      const age = res.headers["parley-data-age"];
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8"), age: typeof age === "string" ? Number(age) : null }));
      res.on("error", reject);
    });
    req.on("socket", (socket) => sockets.add(socket));
    req.on("error", reject);
  });
}

export async function runClients(url: string, routes: readonly Route[], o: { readonly clients: number; readonly seconds: number }): Promise<LoadResult> {
  const base = new URL(url);
  const latencies: number[] = [];
  const ages: number[] = [];
  const byRoute: Record<string, number[]> = {};
  const failures: string[] = [];
  let errors = 0, resets = 0;
  const sockets = new Set<object>();
  let t0 = 0, deadline = 0;
  let ready = 0;
  let go: () => void = () => {};
  const warmed = new Promise<void>((r) => { go = r; });
  const agents: http.Agent[] = [];
  const client = async (n: number): Promise<void> => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    agents.push(agent);
    const last = new Map<string, unknown>();
    try {
      for (const route of routes) {
        const res = await get(agent, base, route.path(n, last), sockets);
        if (res.status !== 200) throw new Error(`warm-up ${route.name}: HTTP ${res.status}`);
        if (route.parse) last.set(route.name, JSON.parse(res.body));
      }
    } catch (e) {
      errors++;
      if (failures.length < 5) failures.push(`warm-up: ${(e as Error).message}`);
    }
    ready++;
    await warmed;
    for (let i = n; performance.now() < deadline; i++) {
      const route = routes[i % routes.length]!;
      const path = route.path(n, last);
      const start = performance.now();
      try {
        const res = await get(agent, base, path, sockets);
        const ms = performance.now() - start;
        if (res.status !== 200) {
          errors++;
          if (failures.length < 5) failures.push(`${path}: HTTP ${res.status} ${res.body.slice(0, 200)}`);
          continue;
        }
        latencies.push(ms);
        if (res.age !== null) ages.push(res.age);
        (byRoute[route.name] ??= []).push(ms);
        if (route.parse) last.set(route.name, JSON.parse(res.body));
      } catch (e) {
        errors++;
        const code = (e as NodeJS.ErrnoException).code ?? "";
        if (code === "ECONNRESET" || code === "EPIPE") resets++;
        if (failures.length < 5) failures.push(`${path}: ${code} ${(e as Error).message}`);
      }
    }
  };
  const clients = Array.from({ length: o.clients }, (_, n) => client(n).finally(() => undefined));
  // the clock starts once every client has warmed up
  void (async () => {
    while (ready < o.clients) await new Promise((r) => setTimeout(r, 5));
    t0 = performance.now();
    deadline = t0 + o.seconds * 1000;
    go();
  })();
  await Promise.all(clients);
  for (const a of agents) a.destroy();
  return { requests: latencies.length + errors, seconds: (performance.now() - t0) / 1000, latencies, errors, resets, sockets: sockets.size, failures, byRoute, ages };
}

/** The q-quantile (0..1) of some numbers, nearest rank. */
export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}
