/** What `createApp` needs: the store, the tokens, and the few knobs the serve command and the tests turn. */
import type { Result } from "../types.ts";
import type { Store } from "../store/types.ts";
import type { ArticleCoder } from "../ingest/run.ts";
import type { Fetched } from "../ingest/fetch.ts";
import type { TokenStore } from "./tokens.ts";
import type { CodePool } from "./code-pool.ts";

export interface ServerOptions {
  readonly store: Store;
  readonly tokens: TokenStore;
  /** made on first use: loading the dictionaries takes a moment and read-only servers never need it */
  readonly coder: () => ArticleCoder;
  /** codes POSTed articles on worker threads with a time bound (code-pool.ts); without it they are coded on this thread */
  readonly codePool?: CodePool;
  /** the clock, passed in */
  readonly now: () => Date;
  /** fetches a page for POST /api/articles {url}; default safeFetch with private addresses refused */
  readonly fetchPage?: (url: string) => Promise<Result<Fetched>>;
  /** answer only requests whose Host header names one of these (DNS rebinding); null or absent answers any */
  readonly allowedHosts?: readonly string[] | null;
  /** require a reader token for GET /api/* (the OpenAPI document stays open) */
  readonly authReads?: boolean;
  /** the built dashboard folder (web/dist); null serves the API alone */
  readonly staticRoot?: string | null;
  /** request body limit in bytes (default 2 MB) */
  readonly maxBodyBytes?: number;
  /** writes per minute per token or address (default 30) */
  readonly writesPerMinute?: number;
  /** reads per minute per token or address (default 1200) */
  readonly readsPerMinute?: number;
  /** remember reads by the store's data version (default true; see store/cached.ts) */
  readonly cacheReads?: boolean;
  /**
   * how long a cached read (page, total, count, series, network, summary) of an older data version may still be
   * answered while the current one is computed, e.g. under a concurrent ingest (default 0: never; `parley serve`
   * allows 1 s); the answer's `Parley-Data-Age` header says by how many milliseconds it may lag (store/cached.ts)
   */
  readonly staleReadsMs?: number;
  /** how far behind the store an answer of `store` may be, in ms (createApp sets it from its read cache) */
  readonly dataAge?: (answer: object) => number;
  /** where bugs are reported (default console.error) */
  readonly log?: (error: unknown) => void;
}
