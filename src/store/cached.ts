/**
 * Reads reused while the data stays the same: a Store whose listing and aggregate reads are remembered by their
 * arguments and the store's data version (`Store.dataVersion`). A read asked again at the same version is answered
 * from memory, exactly as the database would answer it; any commit (here or in another process) changes the version,
 * and the next read recomputes. Concurrent identical reads share one query. The server uses it, so that many clients
 * asking for the same summary, series or page cost one query per commit, not one each.
 *
 * With `staleMs` > 0 the three whole-store aggregates (eventSeries, eventNetwork, eventFacets), which take a
 * database long to recompute, may be answered from the version before while the new one is computed, for at most
 * `staleMs` after that answer's computation started: under a steady ingest every commit would otherwise make readers
 * wait for a recomputation. Pages, totals and counts are always of the current version.
 */
import type { Store } from "./types.ts";

type Cached = "eventPage" | "eventSeries" | "eventNetwork" | "eventFacets" | "listArticles" | "countActors" | "counts";
const AGGREGATES: ReadonlySet<Cached> = new Set(["eventSeries", "eventNetwork", "eventFacets"]);

export interface CacheOptions {
  /** entries kept (least recently used dropped first); default 500 */
  readonly maxEntries?: number;
  /** how long an aggregate of an older version may still be answered while the new one is computed; default 0 */
  readonly staleMs?: number;
  /** the clock, for `staleMs` */
  readonly now?: () => number;
}

interface Entry {
  /** computations are numbered, so a slow one never replaces the answer of one started after it */
  readonly seq: number;
  readonly version: string;
  readonly value: Promise<unknown>;
  /** the answer once there is one, and when its computation started */
  done?: { readonly value: unknown; readonly started: number };
  /** a newer version being computed while this one is answered */
  refresh?: string;
}

/**
 * @example const store = cachedReads(openSqliteStore("./parley.db", { readThreads: 2 }), { staleMs: 5000, now: Date.now });
 */
export function cachedReads(store: Store, o: CacheOptions = {}): Store {
  const maxEntries = o.maxEntries ?? 500;
  const staleMs = o.staleMs ?? 0;
  const now = o.now ?? (() => 0);
  const memo = new Map<string, Entry>();
  let seq = 0;
  const put = (key: string, entry: Entry): void => {
    memo.delete(key);
    memo.set(key, entry);
    while (memo.size > maxEntries) memo.delete(memo.keys().next().value!);
  };
  const compute = (key: string, version: string, run: () => Promise<unknown>): Entry => {
    const started = now();
    const value = run();
    const entry: Entry = { seq: seq++, version, value };
    value.then((v) => {
      entry.done = { value: v, started };
      const current = memo.get(key);
      if (!current || current.seq < entry.seq) put(key, entry);
    },
      () => { if (memo.get(key) === entry) memo.delete(key); });
    return entry;
  };
  const remember = <K extends Cached>(op: K) => async (...args: Parameters<Store[K]>): Promise<Awaited<ReturnType<Store[K]>>> => {
    type Out = Awaited<ReturnType<Store[K]>>;
    const version = await store.dataVersion();
    const key = `${op} ${JSON.stringify(args)}`;
    const run = () => (store[op] as (...a: Parameters<Store[K]>) => Promise<unknown>)(...args);
    const hit = memo.get(key);
    if (hit && hit.version === version) { put(key, hit); return hit.value as Promise<Out>; }
    if (staleMs > 0 && hit?.done && AGGREGATES.has(op) && now() - hit.done.started <= staleMs) {
      if (hit.refresh !== version) {
        hit.refresh = version;
        // replaces `hit` in the memo once computed; until then `hit` answers
        compute(key, version, run).value.catch(() => { hit.refresh = undefined; });
      }
      return hit.done.value as Out;
    }
    const entry = compute(key, version, run);
    put(key, entry);
    return entry.value as Promise<Out>;
  };
  return {
    ...store,
    eventPage: remember("eventPage"),
    eventSeries: remember("eventSeries"),
    eventNetwork: remember("eventNetwork"),
    eventFacets: remember("eventFacets"),
    listArticles: remember("listArticles"),
    countActors: remember("countActors"),
    counts: remember("counts"),
  };
}
