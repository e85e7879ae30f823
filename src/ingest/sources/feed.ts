/** RSS 2.0, RSS 1.0 (RDF) and Atom feeds, parsed with fast-xml-parser into plain items. */
import { XMLParser } from "fast-xml-parser";
import type { Result } from "../../types.ts";

export interface FeedItem {
  readonly id: string | null;
  readonly title: string | null;
  readonly link: string | null;
  readonly date: string | null;
  /** the item's full content or summary, as HTML or text */
  readonly content: string;
}

const parser = new XMLParser({
  ignoreAttributes: false, attributeNamePrefix: "@", textNodeName: "#text", removeNSPrefix: true,
  processEntities: true, htmlEntities: true, parseTagValue: false, trimValues: true,
});

const list = (v: unknown): unknown[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);

function text(v: unknown): string | null {
  if (v === undefined || v === null) return null;
  if (typeof v === "string" || typeof v === "number") return String(v);
  if (Array.isArray(v)) return text(v[0]);
  if (typeof v === "object") return text((v as Record<string, unknown>)["#text"]);
  return null;
}

function atomLink(v: unknown): string | null {
  const links = list(v) as Record<string, unknown>[];
  const alt = links.find((l) => typeof l === "object" && (l["@rel"] === undefined || l["@rel"] === "alternate"));
  const pick = alt ?? links[0];
  return typeof pick === "string" ? pick : pick ? text(pick["@href"]) : null;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const RFC822_DAY = /\b(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4,})\b/;
const ISO_DAY = /^\s*([+-]?\d{4,})-(\d{2})-(\d{2})/;

/** False when the date as written names no real day (30 February, month 13): Date.parse would roll it over. */
function writtenDayExists(v: string): boolean {
  const iso = ISO_DAY.exec(v);
  const rfc = iso ? null : RFC822_DAY.exec(v);
  const [y, m, d] = iso ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : rfc ? [Number(rfc[3]), MONTHS.indexOf((rfc[2] as string).toLowerCase()) + 1, Number(rfc[1])] : [NaN, NaN, NaN];
  if (Number.isNaN(y)) return true; // another form: Date.parse decides
  const day = new Date(Date.UTC(y, m - 1, d));
  return m >= 1 && day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
}

/** ISO date (YYYY-MM-DD) of an RSS/Atom date string, or null (also for impossible days and years past 9999). */
export function feedDate(v: string | null): string | null {
  if (!v || v.length > 100 || !writtenDayExists(v)) return null;
  const t = Date.parse(v);
  if (Number.isNaN(t)) return null;
  const year = new Date(t).getUTCFullYear();
  return year < 1 || year > 9999 ? null : new Date(t).toISOString().slice(0, 10);
}

/** True when a body looks like a feed rather than a page. */
export function looksLikeFeed(body: string): boolean {
  const head = body.slice(0, 2000).toLowerCase();
  return /<rss[\s>]|<feed[\s>]|<rdf:rdf[\s>]/.test(head);
}

/** @example parseFeed("<rss><channel><item><title>T</title><link>https://x/1</link></item></channel></rss>") */
export function parseFeed(xml: string): Result<FeedItem[]> {
  let doc: Record<string, unknown>;
  try {
    doc = parser.parse(xml) as Record<string, unknown>;
  } catch (e) {
    // (the XML parser's message may quote the input, line breaks and all: an issue is one line)
    return { ok: false, error: { code: "bad_feed", message: `not a feed: ${(e as Error).message.replace(/\s+/g, " ").trim()}` } };
  }
  const rss = doc["rss"] as Record<string, unknown> | undefined;
  const rdf = doc["RDF"] as Record<string, unknown> | undefined;
  const atom = doc["feed"] as Record<string, unknown> | undefined;
  if (rss || rdf) {
    const channel = (rss?.["channel"] ?? {}) as Record<string, unknown>;
    const items = list(rss ? channel["item"] : rdf?.["item"]) as Record<string, unknown>[];
    return { ok: true, value: items.map((i) => ({
      id: text(i["guid"]) ?? text(i["@about"]), title: text(i["title"]), link: text(i["link"]),
      date: feedDate(text(i["pubDate"]) ?? text(i["date"])),
      content: text(i["encoded"]) ?? text(i["description"]) ?? "",
    })) };
  }
  if (atom) {
    const entries = list(atom["entry"]) as Record<string, unknown>[];
    return { ok: true, value: entries.map((e) => ({
      id: text(e["id"]), title: text(e["title"]), link: atomLink(e["link"]),
      date: feedDate(text(e["published"]) ?? text(e["updated"])),
      content: text(e["content"]) ?? text(e["summary"]) ?? "",
    })) };
  }
  return { ok: false, error: { code: "bad_feed", message: "no <rss>, <rdf:RDF> or <feed> root" } };
}
