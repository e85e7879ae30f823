/**
 * The article list. The Store interface has no "list articles" call yet, so this collects the ids the store does
 * expose (articles reporting events or ceasefires) and loads each page's articles. A store that offers
 * `listArticles` is used directly.
 */
import type { Store, StoredArticle } from "../store/types.ts";

export interface ArticleSummary {
  readonly id: string;
  readonly title: string | null;
  readonly source: string | null;
  readonly published: string | null;
  readonly url: string | null;
  readonly story: string;
  readonly near_duplicate_of: string | null;
  readonly events: number;
  readonly actors: number;
  readonly quotes: number;
  readonly ceasefires: number;
}

export interface ArticlePage {
  readonly total: number;
  readonly items: readonly ArticleSummary[];
}

/** What a store may offer beyond the interface; checked at run time. */
interface ListingStore {
  listArticles(o: { limit: number; offset: number }): Promise<ArticlePage>;
}

const hasListing = (s: Store): s is Store & ListingStore =>
  typeof (s as unknown as Partial<ListingStore>).listArticles === "function";

/** @example summarize(await store.getArticle(id)) */
export function summarize(a: StoredArticle): ArticleSummary {
  return {
    id: a.id, title: a.title, source: a.source, published: a.published, url: a.url, story: a.story,
    near_duplicate_of: a.near_duplicate_of, events: a.coded.events.length, actors: a.coded.actors.length,
    quotes: a.coded.quotes.length, ceasefires: a.coded.ceasefires.length,
  };
}

/** Newest first; articles without a date last. */
export async function listArticles(store: Store, o: { limit: number; offset: number }): Promise<ArticlePage> {
  if (hasListing(store)) return store.listArticles(o);
  const seen = new Map<string, string | null>();
  for (const e of await store.events()) for (const m of e.mentions) if (!seen.has(m.article)) seen.set(m.article, m.published);
  for (const m of await store.ceasefireMentions()) if (!seen.has(m.article)) seen.set(m.article, m.published);
  const ids = [...seen.entries()]
    .sort(([ia, pa], [ib, pb]) => (pa === pb ? ia.localeCompare(ib) : pa === null ? 1 : pb === null ? -1 : pb.localeCompare(pa)))
    .map(([id]) => id);
  const page = ids.slice(o.offset, o.offset + o.limit);
  const items: ArticleSummary[] = [];
  for (const id of page) {
    const a = await store.getArticle(id);
    if (a) items.push(summarize(a));
  }
  return { total: ids.length, items };
}
