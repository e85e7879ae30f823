/**
 * GDELT 1.0-style event rows (tab-separated): the columns GDELT users look for. Country codes are ISO alpha-3
 * (GDELT itself uses CAMEO country codes for actors, which are ISO alpha-3, and FIPS for geography), AvgTone is
 * 0 because tone is not measured, and NumArticles counts distinct stories (near-duplicates count once).
 */
import type { StoredEvent } from "../types.ts";
import type { Cell } from "./csv.ts";

export const GDELT_COLUMNS = [
  "GLOBALEVENTID", "SQLDATE", "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor2Code", "Actor2Name",
  "Actor2CountryCode", "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
  "NumMentions", "NumSources", "NumArticles", "AvgTone", "ActionGeo_FullName", "ActionGeo_CountryCode",
  "ActionGeo_Lat", "ActionGeo_Long", "SOURCEURL",
] as const;

/** the lead of an article: events reported in its first sentences count as root events */
const LEAD_SENTENCES = 3;

export function gdeltRow(e: StoredEvent): Cell[] {
  const a1 = e.source[0];
  const a2 = e.target[0];
  const loc = e.location;
  const geoName = loc ? [...new Set([loc.name, loc.admin1, loc.country].filter((x): x is string => !!x))].join(", ") : null;
  return [
    e.seq, e.date ? e.date.replace(/-/g, "").padEnd(8, "0").slice(0, 8) : null,
    a1?.code, a1?.name.toUpperCase(), a1?.country, a2?.code, a2?.name.toUpperCase(), a2?.country,
    e.mentions.some((m) => m.sentence < LEAD_SENTENCES) ? 1 : 0,
    e.cameo, e.cameo.slice(0, 3), e.cameo.slice(0, 2), e.quad_class, e.goldstein,
    e.num_mentions, e.num_sources, e.num_articles, 0, geoName, loc?.country, loc?.lat, loc?.lon,
    e.mentions.find((m) => m.url)?.url ?? null,
  ];
}
