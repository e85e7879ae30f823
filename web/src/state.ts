/** The URL hash is the state: `#/<view>[/<id>]?country=LBY&from=…`, so any view can be shared as a link. */

export const FILTER_KEYS = ["country", "actor", "from", "to", "cameo", "plover", "date_from", "q"] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export interface Location {
  readonly view: string;
  readonly id: string | null;
  readonly params: URLSearchParams;
}

/** @example parseHash("#/article/abc?event=e1") → { view: "article", id: "abc", params: event=e1 } */
export function parseHash(hash: string): Location {
  const raw = hash.replace(/^#\/?/, "");
  const [path = "", qs = ""] = raw.split("?", 2);
  const [view = "", ...rest] = path.split("/");
  const id = rest.length ? decodeURIComponent(rest.join("/")) : null;
  return { view: view || "overview", id, params: new URLSearchParams(qs) };
}

/** The hash for a view with parameters; empty values are dropped. */
export function hashFor(view: string, id: string | null, params: Record<string, string | null | undefined> | URLSearchParams): string {
  const p = new URLSearchParams();
  const entries = params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params);
  for (const [k, v] of entries) if (v) p.set(k, v);
  const qs = p.toString();
  return `#/${view}${id === null ? "" : `/${encodeURIComponent(id)}`}${qs ? `?${qs}` : ""}`;
}

/** Only the filter parameters of a location, for carrying across views and into API calls. */
export function filtersOf(params: URLSearchParams): Record<FilterKey, string> {
  const out = {} as Record<FilterKey, string>;
  for (const k of FILTER_KEYS) out[k] = params.get(k) ?? "";
  return out;
}

/** The hash that opens an article at one of its events (the event's sentence highlighted). */
export function articleAt(article: string, event: { local?: string; stored?: string } = {}): string {
  return hashFor("article", article, { event: event.local, stored: event.stored });
}
