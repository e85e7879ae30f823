/**
 * Reads reused while the data stays the same: a Store whose listing and aggregate reads are remembered by their
 * arguments and the store's data version (`Store.dataVersion`). A read asked again at the same version is answered
 * from memory, exactly as the database would answer it; any commit (here or in another process) changes the version.
 * Concurrent identical reads share one query. The server uses it, so that many clients asking for the same summary,
 * series or page cost one query per commit, not one each.
 *
 * Bounded staleness (`staleMs` > 0): under a steady ingest every commit would make the next reader of each page and
 * aggregate wait for its recomputation. Instead, the last answer of an older version is served while one refresh
 * runs, for at most `staleMs` after it was last known to be current (computed, or found at the store's version); a
 * key is recomputed at most once per `refreshMs`, so a fast ingest costs each key a bounded number of queries a second however often it commits. Past
 * `staleMs` a reader waits for the current version. `dataAge(answer)` says how far behind the store an answer may be
 * (0 when it is of the current version). Writes made through this store are read back at once: an answer computed
 * before the last of them is never served stale.
 */
import type { Store } from "./types.ts";

type Cached = "eventPage" | "getEvent" | "eventSeries" | "eventNetwork" | "eventFacets" | "listArticles" | "countActors" | "actors" | "counts";

export interface CacheOptions {
  /** entries kept (least recently used dropped first); default 500 */
  readonly maxEntries?: number;
  /** how long an answer of an older version may still be served while the new one is computed; default 0 */
  readonly staleMs?: number;
  /** an answer of an older version is recomputed once it is this old (default staleMs / 4) */
  readonly refreshMs?: number;
  /** the clock, for `staleMs` */
  readonly now?: () => number;
}

/** The store behind the cache, plus how old an answer it gave is. */
export interface CachedStore extends Store {
  /** milliseconds by which `answer` (an object a cached read returned) may lag the store; 0 when it is current */
  dataAge(answer: unknown): number;
}

interface Entry {
  /** computations are numbered, so a slow one never replaces the answer of one started after it */
  readonly seq: number;
  readonly version: string;
  readonly started: number;
  /** when its version was last found to be the store's: since then the store may have moved on */
  verified: number;
  /** writes through this store finished when it started */
  readonly writes: number;
  readonly value: Promise<unknown>;
  /** the answer once there is one */
  done?: { readonly value: unknown };
  /** a newer version being computed while this one is served */
  refresh?: Entry;
}

/**
 * @example const store = cachedReads(openSqliteStore("./parley.db", { readThreads: 2 }), { staleMs: 1000, now: Date.now });
 */
export function cachedReads(store: Store, o: CacheOptions = {}): CachedStore {
  const maxEntries = o.maxEntries ?? 500;
  const staleMs = o.staleMs ?? 0;
  const refreshMs = o.refreshMs ?? staleMs / 4;
  const now = o.now ?? (() => 0);
  const memo = new Map<string, Entry>();
  // answers served after their version was replaced, with when they were last known to be current
  const staleSince = new WeakMap<object, number>();
  let seq = 0;
  // writes through this store finished so far: an answer started before the last of them is not served stale
  let writes = 0;
  const put = (key: string, entry: Entry): void => {
    memo.delete(key);
    memo.set(key, entry);
    while (memo.size > maxEntries) memo.delete(memo.keys().next().value!);
  };
  const compute = (key: string, version: string, run: () => Promise<unknown>): Entry => {
    const started = now();
    const entry: Entry = { seq: seq++, version, started, verified: started, writes, value: run() };
    entry.value.then((v) => {
      entry.done = { value: v };
      const current = memo.get(key);
      if (!current || current.seq < entry.seq) put(key, entry);
    }, () => { if (memo.get(key) === entry) memo.delete(key); });
    return entry;
  };
  const servedStale = (hit: Entry & { done: { value: unknown } }): unknown => {
    if (typeof hit.done.value === "object" && hit.done.value !== null) staleSince.set(hit.done.value, hit.verified);
    return hit.done.value;
  };
  const remember = <K extends Cached>(op: K) => async (...args: Parameters<Store[K]>): Promise<Awaited<ReturnType<Store[K]>>> => {
    type Out = Awaited<ReturnType<Store[K]>>;
    const version = await store.dataVersion();
    const key = `${op} ${JSON.stringify(args)}`;
    const run = () => (store[op] as (...a: Parameters<Store[K]>) => Promise<unknown>)(...args);
    const hit = memo.get(key);
    if (hit && hit.version === version) { hit.verified = now(); put(key, hit); return hit.value as Promise<Out>; }
    if (staleMs > 0 && hit?.done && hit.writes === writes) {
      const t = now();
      if (t - hit.verified <= staleMs) {
        if (!hit.refresh && t - hit.started >= refreshMs) {
          const refresh = compute(key, version, run);
          hit.refresh = refresh;
          refresh.value.catch(() => { if (hit.refresh === refresh) hit.refresh = undefined; });
        }
        return servedStale(hit as Entry & { done: { value: unknown } }) as Out;
      }
      // too old to serve: wait for the refresh when it is of this version, as a new reader would
      if (hit.refresh?.version === version) return hit.refresh.value as Promise<Out>;
    }
    const entry = compute(key, version, run);
    put(key, entry);
    return entry.value as Promise<Out>;
  };
  const written = async <T>(write: Promise<T>): Promise<T> => { try { return await write; } finally { writes++; } };
  return {
    ...store,
    putArticle: (record) => written(store.putArticle(record)),
    putArticles: (records) => written(store.putArticles(records)),
    eventPage: remember("eventPage"),
    getEvent: remember("getEvent"),
    eventSeries: remember("eventSeries"),
    eventNetwork: remember("eventNetwork"),
    eventFacets: remember("eventFacets"),
    listArticles: remember("listArticles"),
    countActors: remember("countActors"),
    actors: remember("actors"),
    counts: remember("counts"),
    dataAge(answer) {
      const started = typeof answer === "object" && answer !== null ? staleSince.get(answer) : undefined;
      return started === undefined ? 0 : Math.max(0, now() - started);
    },
  };
}
