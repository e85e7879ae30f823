/**
 * The read routes the load benchmark sends, in turn: the dashboard's views (summary, series, network, a page of
 * events walked by cursor, filtered pages, one event, articles, actors).
 */
import type { Route } from "./clients.ts";

const WALK = "events (cursor walk)";
const COUNTRIES = ["NOR", "SOL", "EGY", "KAR", "VEL", "TAM", "ORI", "BAL"];

export const ROUTES: readonly Route[] = [
  { name: WALK, parse: true, path: (_c, answers) => {
    const next = (answers.get(WALK) as { next?: string | null } | undefined)?.next;
    return `/api/events?limit=50${next ? `&cursor=${encodeURIComponent(next)}` : ""}`;
  } },
  { name: "summary", path: () => "/api/summary" },
  { name: "events by country", path: (c) => `/api/events?country=${COUNTRIES[c % COUNTRIES.length]}&limit=20` },
  { name: "series", path: () => "/api/series" },
  { name: "one event", path: (c, answers) => {
    const items = (answers.get(WALK) as { items?: { id: string }[] } | undefined)?.items ?? [];
    const id = items[c % Math.max(1, items.length)]?.id;
    return id ? `/api/events/${encodeURIComponent(id)}` : "/api/events?limit=1";
  } },
  { name: "network", path: () => "/api/network" },
  { name: "articles", path: (c) => `/api/articles?limit=20&offset=${(c * 20) % 400}` },
  { name: "series by country", path: (c) => `/api/series?by=plover&country=${COUNTRIES[(c + 3) % COUNTRIES.length]}` },
  { name: "actors", path: () => "/api/actors?limit=50" },
  { name: "events cameo 19", path: () => "/api/events?cameo=19&limit=20" },
];
