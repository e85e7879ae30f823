/** GET routes over events: a page of events, one event, time series, the actor network, the summary facets. */
import type { Hono } from "hono";
import { ApiError } from "../errors.ts";
import type { AppEnv } from "../env.ts";
import type { ServerOptions } from "../options.ts";
import { EventsQuery, IdParam, NetworkQuery, SeriesQuery, parse, query, toEventFilter } from "../schemas.ts";
import { timeSeries } from "../series.ts";
import { actorNetwork } from "../network.ts";
import { renderer } from "../rendered.ts";

/** Adds the event routes to `app`. Every read is one page or one set of counts from the store, never every event. */
export function eventRoutes(app: Hono<AppEnv>, o: ServerOptions): void {
  const { store } = o;
  const render = renderer(o.dataAge ?? (() => 0));

  app.get("/api/events", async (c) => {
    const q = parse(EventsQuery, query(c), "query");
    const page = await store.eventPage({ ...toEventFilter(q), limit: q.limit, offset: q.offset, ...(q.cursor ? { after: q.cursor } : {}) });
    return render.json(c, [page], `events ${q.limit} ${q.offset}`,
      () => ({ total: page.total, limit: q.limit, offset: q.offset, items: page.items, next: page.next }));
  });

  app.get("/api/events/:id", async (c) => {
    const id = parse(IdParam, c.req.param("id"), "event id");
    const event = await store.getEvent(id);
    if (!event) throw new ApiError(404, "not_found", "no such event");
    return render.json(c, [event], "event", () => event);
  });

  app.get("/api/series", async (c) => {
    const q = parse(SeriesQuery, query(c), "query");
    const filter = { ...toEventFilter(q), ...(q.source ? { source: q.source } : {}), ...(q.target ? { target: q.target } : {}) };
    const counts = await store.eventSeries(filter, q.by);
    return render.json(c, [counts], `series ${q.by}`, () => timeSeries(counts, q.by));
  });

  app.get("/api/network", async (c) => {
    const q = parse(NetworkQuery, query(c), "query");
    const counts = await store.eventNetwork(toEventFilter(q));
    return render.json(c, [counts], `network ${q.nodes}`, () => actorNetwork(counts, q.nodes));
  });

  app.get("/api/summary", async (c) => {
    const [counts, facets] = await Promise.all([store.counts(), store.eventFacets()]);
    return render.json(c, [counts, facets], "summary", () => ({ counts, ...facets }));
  });
}
