/**
 * ACLED-style rows for the events that carry an ACLED type. Interaction codes (inter1/inter2) are read off the
 * CAMEO agent code; fatalities are 0 because counts of dead are not extracted.
 */
import type { ActorRef } from "../../types.ts";
import type { StoredEvent } from "../types.ts";
import type { Cell } from "./csv.ts";

export const ACLED_COLUMNS = [
  "event_id_cnty", "event_date", "year", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1",
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

export function acledRow(e: StoredEvent, countryName: (iso3: string) => string | undefined): Cell[] {
  const country = e.location?.country ?? e.source[0]?.country ?? e.target[0]?.country ?? null;
  const loc = e.location;
  const precision = loc?.lat == null ? null : loc.name && loc.name !== (country ? countryName(country) : null) ? (loc.admin1 && loc.admin1 !== loc.name ? 1 : 2) : 3;
  return [
    `${country ?? "XXX"}${e.seq}`, e.date, e.date?.slice(0, 4), e.acled?.event_type, e.acled?.sub_event_type,
    e.source[0]?.name, e.source.slice(1).map((a) => a.name).join("; "), interCode(e.source[0], country),
    e.target[0]?.name, e.target.slice(1).map((a) => a.name).join("; "), interCode(e.target[0], country),
    country ? (countryName(country) ?? country) : null, loc?.admin1, loc?.name, loc?.lat, loc?.lon, precision,
    e.sources.join("; "), e.mentions[0]?.text, 0,
  ];
}
