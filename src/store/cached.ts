/**
 * Reads reused while the data stays the same: a Store whose listing and aggregate reads are remembered by their
 * arguments and the store's data version (`Store.dataVersion`). A read asked again at the same version is answered
 * from memory, exactly as the database would answer it; any commit (here or in another process) changes the version,
 * and the next read recomputes. Concurrent identical reads share one query. The server uses it, so that many clients
 * asking for the same summary, series or page cost one query per commit, not one each.
 */
import type { Store } from "./types.ts";

const CACHED = ["eventPage", "eventSeries", "eventNetwork", "eventFacets", "listArticles", "countActors", "counts"] as const;
type Cached = (typeof CACHED)[number];

/**
 * @example const store = cachedReads(openSqliteStore("./parley.db", { readThreads: 2 }), 500);
 */
export function cachedReads(store: Store, maxEntries = 500): Store {
  const memo = new Map<string, { version: string; value: Promise<unknown> }>();
  const remember = <K extends Cached>(op: K) => async (...args: Parameters<Store[K]>): Promise<Awaited<ReturnType<Store[K]>>> => {
    const version = await store.dataVersion();
    const key = `${op} ${JSON.stringify(args)}`;
    const hit = memo.get(key);
    if (hit && hit.version === version) {
      // most recently used last, so the oldest is dropped first
      memo.delete(key);
      memo.set(key, hit);
      return hit.value as Promise<Awaited<ReturnType<Store[K]>>>;
    }
    const value = (store[op] as (...a: Parameters<Store[K]>) => ReturnType<Store[K]>)(...args);
    memo.set(key, { version, value });
    value.catch(() => { if (memo.get(key)?.value === value) memo.delete(key); });
    while (memo.size > maxEntries) memo.delete(memo.keys().next().value!);
    return value as Promise<Awaited<ReturnType<Store[K]>>>;
  };
  const wrapped: Store = {
    ...store,
    backend: store.backend,
    eventPage: remember("eventPage"),
    eventSeries: remember("eventSeries"),
    eventNetwork: remember("eventNetwork"),
    eventFacets: remember("eventFacets"),
    listArticles: remember("listArticles"),
    countActors: remember("countActors"),
    counts: remember("counts"),
  };
  return wrapped;
}
