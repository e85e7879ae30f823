/** Article routes: list, one article with its coding for the reader, search, actors and ceasefires. */
import type { Hono } from "hono";
import { ceasefireRecords } from "../../ingest/ceasefire/load.ts";
import { ApiError } from "../errors.ts";
import type { AppEnv } from "../env.ts";
import type { ServerOptions } from "../options.ts";
import { renderer } from "../rendered.ts";
import { ActorsQuery, ArticlesQuery, CeasefiresQuery, IdParam, SearchQuery, parse, query } from "../schemas.ts";

/** Adds the article, search, actor and ceasefire routes to `app`. */
export function articleRoutes(app: Hono<AppEnv>, o: ServerOptions): void {
  const { store } = o;
  const render = renderer(o.dataAge ?? (() => 0));

  app.get("/api/articles", async (c) => {
    const q = parse(ArticlesQuery, query(c), "query");
    if (q.q) {
      const hits = await store.searchArticles(q.q, Math.min(500, q.offset + q.limit));
      return c.json({ total: hits.length, limit: q.limit, offset: q.offset, items: hits.slice(q.offset, q.offset + q.limit) });
    }
    const page = await store.listArticles(q);
    return render.json(c, [page], `articles ${q.limit} ${q.offset}`, () => ({ total: page.total, limit: q.limit, offset: q.offset, items: page.items }));
  });

  app.get("/api/articles/:id", async (c) => {
    const id = parse(IdParam, c.req.param("id"), "article id");
    const a = await store.getArticle(id);
    if (!a) throw new ApiError(404, "not_found", "no such article");
    // stored (merged) event ids by this article's own event ids, so the reader can link out to the event
    const stored: Record<string, string> = {};
    for (const e of await store.events({ article: id })) for (const m of e.mentions) if (m.article === id) stored[m.event] = e.id;
    const { coded } = a;
    return c.json({
      article: { id: a.id, title: a.title, author: coded.article.author, source: a.source, published: a.published, url: a.url,
        story: a.story, near_duplicate_of: a.near_duplicate_of, ingested: a.ingested, text: a.text },
      actors: coded.actors, events: coded.events, quotes: coded.quotes, dates: coded.dates, places: coded.places,
      ceasefires: coded.ceasefires, stored_events: stored,
    });
  });

  app.get("/api/search", async (c) => {
    const q = parse(SearchQuery, query(c), "query");
    return c.json({ query: q.q, items: await store.searchArticles(q.q, q.limit) });
  });

  app.get("/api/actors", async (c) => {
    const q = parse(ActorsQuery, query(c), "query");
    const filter = { ...(q.country ? { country: q.country } : {}), ...(q.name ? { name: q.name } : {}) };
    const [total, items] = await Promise.all([store.countActors(filter), store.actors({ ...filter, limit: q.limit, offset: q.offset })]);
    // the total is a number: the list's answer object stands for both (asked with the same filter at the same moment)
    return render.json(c, [items], `actors ${total} ${q.limit} ${q.offset}`, () => ({ total, limit: q.limit, offset: q.offset, items }));
  });

  app.get("/api/ceasefires", async (c) => {
    const q = parse(CeasefiresQuery, query(c), "query");
    return c.json({ items: await ceasefireRecords(store, q.country ? { country: q.country } : {}) });
  });
}
