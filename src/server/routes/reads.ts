/** GET routes over events: the event list, one event, time series, the actor network, the summary facets. */
import type { Hono } from "hono";
import type { StoredEvent } from "../../store/types.ts";
import { ApiError } from "../errors.ts";
import type { AppEnv } from "../env.ts";
import type { ServerOptions } from "../options.ts";
import { EventsQuery, IdParam, NetworkQuery, SeriesQuery, parse, query, toEventFilter } from "../schemas.ts";
import { sideMatches, timeSeries } from "../series.ts";
import { actorNetwork } from "../network.ts";

/** Adds the event routes to `app`. */
export function eventRoutes(app: Hono<AppEnv>, o: ServerOptions): void {
  const { store } = o;

  app.get("/api/events", async (c) => {
    const q = parse(EventsQuery, query(c), "query");
    const all = await store.events(toEventFilter(q));
    return c.json({ total: all.length, limit: q.limit, offset: q.offset, items: all.slice(q.offset, q.offset + q.limit) });
  });

  app.get("/api/events/:id", async (c) => {
    const id = parse(IdParam, c.req.param("id"), "event id");
    const event = (await store.events()).find((e) => e.id === id);
    if (!event) throw new ApiError(404, "not_found", "no such event");
    return c.json(event);
  });

  app.get("/api/series", async (c) => {
    const q = parse(SeriesQuery, query(c), "query");
    let events: readonly StoredEvent[] = await store.events(toEventFilter(q));
    if (q.source) events = events.filter((e) => sideMatches(e.source, q.source!));
    if (q.target) events = events.filter((e) => sideMatches(e.target, q.target!));
    return c.json(timeSeries(events, q.by));
  });

  app.get("/api/network", async (c) => {
    const q = parse(NetworkQuery, query(c), "query");
    return c.json(actorNetwork(await store.events(toEventFilter(q)), q.nodes));
  });

  app.get("/api/summary", async (c) => {
    const events = await store.events();
    const tally = (pick: (e: StoredEvent) => readonly (string | null | undefined)[]): { key: string; count: number }[] => {
      const m = new Map<string, number>();
      for (const e of events) for (const k of new Set(pick(e))) if (k) m.set(k, (m.get(k) ?? 0) + 1);
      return [...m].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
    };
    const dates = events.map((e) => e.date).filter((d): d is string => !!d).sort();
    return c.json({
      counts: await store.counts(),
      first: dates[0] ?? null, last: dates[dates.length - 1] ?? null,
      countries: tally((e) => [e.location?.country, ...e.source.map((a) => a.country), ...e.target.map((a) => a.country)]),
      plover: tally((e) => [e.plover]),
      acled: tally((e) => [e.acled?.event_type]),
      cameo_roots: tally((e) => [e.cameo.slice(0, 2)]),
    });
  });
}
