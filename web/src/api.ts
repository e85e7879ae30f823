/** Typed calls to the Parley API. Types come from the server's own modules (type-only imports, erased at build). */
import type { ActorKind, CodedActor, CodedEvent, CodedQuote, CodedDate, ArticleCeasefire, Place, Mention } from "../../src/types.ts";
import type { ArticleHit, StoreCounts, StoredActor, StoredEvent } from "../../src/store/types.ts";
import type { CeasefireRecord } from "../../src/ingest/ceasefire/record.ts";
import type { TimeSeries } from "../../src/server/series.ts";
import type { Network } from "../../src/server/network.ts";
import type { ArticleSummary } from "../../src/server/article-list.ts";

export type { ActorKind, CodedActor, CodedEvent, CeasefireRecord, StoredEvent, StoredActor, TimeSeries, Network, ArticleSummary, ArticleHit };

export interface Page<T> { readonly total: number; readonly limit: number; readonly offset: number; readonly items: readonly T[] }

export interface ArticleView {
  readonly article: {
    readonly id: string; readonly title: string | null; readonly author: string | null; readonly source: string | null;
    readonly published: string | null; readonly url: string | null; readonly story: string;
    readonly near_duplicate_of: string | null; readonly ingested: string; readonly text: string;
  };
  readonly actors: readonly CodedActor[];
  readonly events: readonly CodedEvent[];
  readonly quotes: readonly CodedQuote[];
  readonly dates: readonly CodedDate[];
  readonly places: readonly (Place & Mention)[];
  readonly ceasefires: readonly ArticleCeasefire[];
  readonly stored_events: Readonly<Record<string, string>>;
}

export interface Facet { readonly key: string; readonly count: number }
export interface Summary {
  readonly counts: StoreCounts; readonly first: string | null; readonly last: string | null;
  readonly countries: readonly Facet[]; readonly plover: readonly Facet[]; readonly acled: readonly Facet[]; readonly cameo_roots: readonly Facet[];
}

export class ApiFailure extends Error {
  constructor(readonly status: number, message: string) { super(message); this.name = "ApiFailure"; }
}

/** GET /api/<path> with the given query (empty values dropped). */
export async function get<T>(path: string, params: Record<string, string | number | null | undefined> = {}): Promise<T> {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== "" && v !== null && v !== undefined) q.set(k, String(v));
  const qs = q.toString();
  const res = await fetch(`/api/${path}${qs ? `?${qs}` : ""}`, { headers: { accept: "application/json" } });
  const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
  if (!res.ok) throw new ApiFailure(res.status, body?.error?.message ?? `HTTP ${res.status}`);
  return body as T;
}
