/**
 * One feed item as an article: its own content when it is a full article, else the page its link points to. An
 * item whose link cannot be fetched is reported and not stored: its teaser alone is not the article, feeds often
 * give every item the same one ("Read more…"), and an item left out is fetched again on the next run or poll,
 * whereas a stored teaser would stay beside the article once the link works.
 */
import type { ArticleInput } from "../../types.ts";
import { safeFetch, type FetchOptions } from "../fetch.ts";
import type { FeedItem } from "./feed.ts";
import { failed, type SourceItem } from "./item.ts";

/** below this many characters of text a feed item is a teaser: fetch the page it links to */
export const TEASER = 400;

const isUrl = (s: string): boolean => /^https?:\/\//i.test(s);
const stripTags = (s: string): string => s.replace(/<[^>]*>/g, " ").replace(/\s+/g, " ").trim();

/** Final page URL → the item that first landed there, within one feed: many links to one page are not many articles. */
export type LandedPages = Map<string, string>;

/**
 * @example for (const item of items) yield await feedItem(item, "https://news.example/feed.xml", { fetch: {} }, new Map());
 */
export async function feedItem(item: FeedItem, origin: string, options: { readonly fetch?: FetchOptions }, landed: LandedPages = new Map()): Promise<SourceItem> {
  const where = `${origin}#${item.id ?? item.link ?? item.title ?? "item"}`;
  const base: Omit<ArticleInput, "text"> = {
    ...(item.id ?? item.link ? { id: (item.id ?? item.link)! } : {}),
    title: item.title, date: item.date, url: item.link,
  };
  const plain = stripTags(item.content);
  if (plain.length < TEASER && item.link && isUrl(item.link)) {
    const page = await safeFetch(item.link, options.fetch);
    if (!page.ok) {
      return failed("link_failed", `${where}: its link could not be fetched (${page.error.code}: ${page.error.message}); ${
        plain === "" ? "the item has no text of its own" : `its ${plain.length}-character teaser alone is not stored`}`, where);
    }
    const first = landed.get(page.value.url);
    if (first !== undefined && page.value.url !== item.link) {
      return failed("link_failed", `${where}: its link ${item.link} leads to ${page.value.url}, the page item ${first} led to already; not stored`, where);
    }
    landed.set(page.value.url, where);
    return { ok: true, input: { ...base, text: page.value.body, format: "html", url: page.value.url }, origin: where };
  }
  if (plain === "") return failed("empty", `${where}: item has no text`, where);
  const html = /<[a-z][^>]*>/i.test(item.content);
  return { ok: true, input: { ...base, text: item.content, format: html ? "html" : "text" }, origin: where };
}
