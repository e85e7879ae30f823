/**
 * Article metadata from a page's head: Open Graph and article meta tags, canonical link, <time>, <title>.
 */

export interface PageMeta {
  readonly title: string | null;
  readonly author: string | null;
  readonly published: string | null;
  readonly site: string | null;
  readonly url: string | null;
}

function first(doc: Document, selectors: readonly string[], attribute: string | null): string | null {
  for (const selector of selectors) {
    const el = doc.querySelector(selector);
    const value = (attribute === null ? el?.textContent : el?.getAttribute(attribute))?.replace(/\s+/g, " ").trim();
    if (value !== undefined && value !== "") return value;
  }
  return null;
}

/**
 * Reads metadata from the document; call before any extractor changes it.
 *
 * @example readPageMeta(document).site // "The Example Herald"
 */
export function readPageMeta(doc: Document): PageMeta {
  const author = first(doc, [
    'meta[name="author"]', 'meta[property="article:author"]', 'meta[name="byl"]', 'meta[name="sailthru.author"]',
  ], "content");
  return {
    title: first(doc, ['meta[property="og:title"]', 'meta[name="twitter:title"]'], "content") ??
      first(doc, ["title", "h1"], null),
    // article:author is often a profile URL, which is not a name.
    author: author !== null && /^https?:/i.test(author) ? first(doc, ['[rel="author"]'], null) : author ??
      first(doc, ['[rel="author"]'], null),
    published: first(doc, [
      'meta[property="article:published_time"]', 'meta[name="article:published_time"]',
      'meta[itemprop="datePublished"]', 'meta[name="date"]', 'meta[name="pubdate"]', 'meta[name="publish-date"]',
      'meta[property="og:published_time"]',
    ], "content") ?? first(doc, ["time[datetime]"], "datetime"),
    site: first(doc, ['meta[property="og:site_name"]', 'meta[name="application-name"]'], "content"),
    url: first(doc, ['link[rel="canonical"]'], "href") ?? first(doc, ['meta[property="og:url"]'], "content"),
  };
}
