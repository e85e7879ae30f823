/**
 * HTML pages: defuddle finds the article in a linkedom document; our own block walk is the fallback when it
 * fails or finds little. Metadata comes from defuddle, then from the page's meta tags.
 */
import { normaliseDate } from "./published.ts";
import { DefuddleClass } from "defuddle/node";
import { parseHTML } from "linkedom";
import type { Paragraph } from "./boilerplate.ts";
import { htmlParagraphs, PAGE_CHROME } from "./html-text.ts";
import { readPageMeta } from "./html-meta.ts";
import type { Extracted } from "./text.ts";
import { quietly, webUrl } from "./quiet.ts";

/** Below this many characters of body, defuddle's result is checked against our own extraction. */
const LITTLE_TEXT = 400;
/**
 * Pages with more start tags than this are read by our own block walk alone: defuddle spends about 0.3 ms per
 * element on selector queries (100,000 unclosed <p>s took 41 s), our walk is linear and fast. Real article pages
 * have a few thousand elements.
 */
export const DEFUDDLE_MAX_TAGS = 20_000;

/** Start tags in a page, counted without a parse. */
function startTags(html: string): number {
  let n = 0;
  for (let at = html.indexOf("<"); at >= 0; at = html.indexOf("<", at + 1)) {
    const c = html.charCodeAt(at + 1);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) n++;
  }
  return n;
}

const textLength = (ps: readonly Paragraph[]): number => ps.reduce((n, p) => n + p.text.length, 0);
const orNull = (s: string | undefined): string | null => (s === undefined || s.trim() === "" ? null : s.trim());

/** A linkedom document with the two browser APIs defuddle reads and linkedom lacks. */
function parsePage(html: string, url: string | null): Document {
  // linkedom builds no <body> for a fragment; wrap it so there is one.
  const page = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`;
  const { document } = parseHTML(page);
  const doc = document as Document & { styleSheets?: unknown; URL: string };
  if (doc.styleSheets === undefined) Object.assign(doc, { styleSheets: [] });
  const view = doc.defaultView as (Window & { getComputedStyle?: unknown }) | null;
  if (view !== null && view.getComputedStyle === undefined) Object.assign(view, { getComputedStyle: () => ({ display: "" }) });
  if (url !== null) Object.assign(doc, { URL: url });
  return document;
}

/** Our own extraction: the text blocks of <article>, <main> or <body>, without page chrome. */
function fallbackParagraphs(html: string): Paragraph[] {
  const doc = parsePage(html, null);
  const root = doc.querySelector("article") ?? doc.querySelector("main") ?? doc.querySelector('[role="main"]') ?? doc.body;
  return root === null ? [] : htmlParagraphs(root, new Set(PAGE_CHROME));
}

/**
 * Reads the article in an HTML page.
 *
 * @example extractHtml("<html><body><article><p>Talks began.</p></article></body></html>", null).paragraphs
 */
export function extractHtml(html: string, given: string | null): Extracted {
  const url = webUrl(given);
  const doc = parsePage(html, url);
  const meta = readPageMeta(doc);
  let paragraphs: Paragraph[] = [];
  let found: { title?: string; author?: string; published?: string; site?: string } = {};
  const huge = startTags(html) > DEFUDDLE_MAX_TAGS;
  if (!huge) {
    try {
      const result = quietly(() => new DefuddleClass(doc, { url: url ?? "about:blank", useAsync: false }).parse());
      found = result;
      const content = parseHTML(`<!doctype html><html><body>${result.content}</body></html>`).document;
      paragraphs = htmlParagraphs(content.body);
    } catch {
      // defuddle failing on an odd page is expected; our own extraction below takes over.
      paragraphs = [];
    }
  }
  if (huge || textLength(paragraphs) < LITTLE_TEXT) {
    const own = fallbackParagraphs(html);
    if (textLength(own) > textLength(paragraphs)) paragraphs = own;
  }
  const byline = splitByline(orNull(found.author) ?? meta.author);
  return {
    title: orNull(found.title) ?? meta.title,
    author: byline.author,
    source: orNull(found.site) ?? meta.site ?? byline.outlet,
    published: meta.published ?? orNull(found.published) ?? byline.published,
    url: meta.url,
    paragraphs,
  };
}

/**
 * A byline that carries more than a name — "A. Tester, Parley Test Wire, 2019-11-22" — gives the name as the
 * author, and the outlet and date where the page has no better ones.
 */
function splitByline(byline: string | null): { author: string | null; outlet: string | null; published: string | null } {
  if (!byline || !byline.includes(",")) return { author: byline, outlet: null, published: null };
  const parts = byline.split(",").map((p) => p.trim()).filter(Boolean);
  const published = normaliseDate(parts.at(-1));
  const rest = published ? parts.slice(0, -1) : parts;
  return { author: rest[0] ?? null, outlet: rest.length > 1 ? rest.slice(1).join(", ") : null, published };
}
