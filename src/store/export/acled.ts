/**
 * ACLED-style rows for the events that carry an ACLED type (which ones go in: acled-rule.ts). Interaction codes
 * (inter1/inter2) are read off the CAMEO agent code; `time_precision` is ACLED's 1 (day), 2 (week) or 3 (month, and
 * year, which ACLED cannot say); `notes` is the whole sentence reporting the event and `fatalities` the death count
 * it gives (fatalities.ts) for the violent types, the lowest where several sentences give one, else 0.
 */
import type { ActorRef, DatePrecision } from "../../types.ts";
import type { StoredEvent } from "../types.ts";
import type { Cell } from "./csv.ts";
import { deathCount } from "./fatalities.ts";

export const ACLED_COLUMNS = [
  "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1",
  "actor2", "assoc_actor_2", "inter2", "country", "admin1", "location", "latitude", "longitude", "geo_precision",
  "source", "notes", "fatalities",
] as const;

/** ACLED interaction codes: 1 state forces, 2 rebels, 3 political militias, 6 protesters, 7 civilians, 8 external. */
export function interCode(ref: ActorRef | undefined, country: string | null): number | null {
  if (!ref) return null;
  const agent = ref.code.slice(3);
  if (ref.country && country && ref.country !== country && /^(GOV|MIL|COP|SPY)/.test(agent)) return 8;
  if (/^(GOV|MIL|COP|SPY|JUD|LEG)/.test(agent) || agent === "") return ref.country ? 1 : 8;
  if (/^(REB|INS|SEP|UAF)/.test(agent)) return 2;
  if (/^(PTY|OPP)/.test(agent)) return 3;
  if (/^(CVL|REF|HLH|EDU|MED|BUS)/.test(agent)) return 7;
  if (/^(IGO|NGO)/.test(ref.code)) return 8;
  return 8;
}

/** the ACLED event types whose events have fatalities; the others (strategic developments, protests) count 0 */
const VIOLENT = new Set(["Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"]);

/** ACLED's time_precision: 1 the day is known, 2 the week, 3 only the month (or, here, only the year). */
export function timePrecision(p: DatePrecision | null): number | null {
  return p === "day" ? 1 : p === "week" ? 2 : p === "month" || p === "year" ? 3 : null;
}

/** The death count of the event: the lowest that its sentences give, 0 when none gives one or the type is not violent. */
export function fatalities(e: StoredEvent, sentences: readonly string[]): number {
  if (!e.acled || !VIOLENT.has(e.acled.event_type)) return 0;
  const counts = sentences.map(deathCount).filter((n): n is number => n !== null);
  return counts.length ? Math.min(...counts) : 0;
}

/**
 * One row. `sentences` are the whole sentences of the event's mentions, in order (sentence.ts); without them the
 * mentions' evidence spans stand in.
 */
export function acledRow(e: StoredEvent, countryName: (iso3: string) => string | undefined, sentences: readonly string[] = e.mentions.map((m) => m.text)): Cell[] {
  const country = e.location?.country ?? e.source[0]?.country ?? e.target[0]?.country ?? null;
  const loc = e.location;
  const precision = loc?.lat == null ? null : loc.name && loc.name !== (country ? countryName(country) : null) ? (loc.admin1 && loc.admin1 !== loc.name ? 1 : 2) : 3;
  return [
    `${country ?? "XXX"}${e.seq}`, e.date, e.date?.slice(0, 4), timePrecision(e.date_precision), e.acled?.event_type, e.acled?.sub_event_type,
    e.source[0]?.name, e.source.slice(1).map((a) => a.name).join("; "), interCode(e.source[0], country),
    e.target[0]?.name, e.target.slice(1).map((a) => a.name).join("; "), interCode(e.target[0], country),
    country ? (countryName(country) ?? country) : null, loc?.admin1, loc?.name, loc?.lat, loc?.lon, precision,
    e.sources.join("; "), sentences[0] ?? e.mentions[0]?.text, fatalities(e, sentences),
  ];
}
