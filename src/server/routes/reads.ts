/** GET routes over events: a page of events, one event, time series, the actor network, the summary facets. */
import type { Hono } from "hono";
import { ApiError } from "../errors.ts";
import type { AppEnv } from "../env.ts";
import type { ServerOptions } from "../options.ts";
import { EventsQuery, IdParam, NetworkQuery, SeriesQuery, parse, query, toEventFilter } from "../schemas.ts";
import { timeSeries } from "../series.ts";
import { actorNetwork } from "../network.ts";

/** Adds the event routes to `app`. Every read is one page or one set of counts from the store, never every event. */
export function eventRoutes(app: Hono<AppEnv>, o: ServerOptions): void {
  const { store } = o;

  app.get("/api/events", async (c) => {
    const q = parse(EventsQuery, query(c), "query");
    const page = await store.eventPage({ ...toEventFilter(q), limit: q.limit, offset: q.offset, ...(q.cursor ? { after: q.cursor } : {}) });
    return c.json({ total: page.total, limit: q.limit, offset: q.offset, items: page.items, next: page.next });
  });

  app.get("/api/events/:id", async (c) => {
    const id = parse(IdParam, c.req.param("id"), "event id");
    const event = await store.getEvent(id);
    if (!event) throw new ApiError(404, "not_found", "no such event");
    return c.json(event);
  });

  app.get("/api/series", async (c) => {
    const q = parse(SeriesQuery, query(c), "query");
    const filter = { ...toEventFilter(q), ...(q.source ? { source: q.source } : {}), ...(q.target ? { target: q.target } : {}) };
    return c.json(timeSeries(await store.eventSeries(filter, q.by), q.by));
  });

  app.get("/api/network", async (c) => {
    const q = parse(NetworkQuery, query(c), "query");
    return c.json(actorNetwork(await store.eventNetwork(toEventFilter(q)), q.nodes));
  });

  app.get("/api/summary", async (c) => {
    const [counts, facets] = await Promise.all([store.counts(), store.eventFacets()]);
    return c.json({ counts, ...facets });
  });
}
