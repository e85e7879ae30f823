/**
 * Stored events as flat CSV rows: one line per event, lists joined with "; ". Columns added later come last
 * (`date_from`), so a reader that takes columns by position keeps working.
 */
import type { StoredEvent } from "../types.ts";
import type { Cell } from "./csv.ts";

export const EVENT_COLUMNS = [
  "id", "date", "date_precision", "cameo", "cameo_name", "plover", "plover_mode", "acled_event_type",
  "acled_sub_event_type", "goldstein", "quad_class", "source_codes", "source_names", "target_codes", "target_names",
  "negated", "modality", "location", "country", "admin1", "lat", "lon", "num_mentions", "num_sources",
  "num_articles", "articles", "sources", "evidence", "date_from",
] as const;

export function eventRow(e: StoredEvent): Cell[] {
  const j = (xs: readonly string[]): string => xs.join("; ");
  return [
    e.id, e.date, e.date_precision, e.cameo, e.cameo_name, e.plover, e.plover_mode, e.acled?.event_type,
    e.acled?.sub_event_type, e.goldstein, e.quad_class, j(e.source.map((a) => a.code)), j(e.source.map((a) => a.name)),
    j(e.target.map((a) => a.code)), j(e.target.map((a) => a.name)), e.negated, e.modality, e.location?.name,
    e.location?.country, e.location?.admin1, e.location?.lat, e.location?.lon, e.num_mentions, e.num_sources,
    e.num_articles, j(e.articles), j(e.sources), e.mentions[0]?.text, e.date_from,
  ];
}
