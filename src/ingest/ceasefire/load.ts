/** Ceasefire records of a store: its stored mentions and fighting events through the pure tracker. */
import type { Store } from "../../store/types.ts";
import type { CeasefireRecord } from "./record.ts";
import { trackCeasefires } from "./track.ts";

/**
 * @example const libya = await ceasefireRecords(store, { country: "LBY" });
 */
export async function ceasefireRecords(store: Store, filter: { readonly country?: string } = {}): Promise<CeasefireRecord[]> {
  const mentions = await store.ceasefireMentions();
  if (mentions.length === 0) return [];
  const dates = mentions.map((m) => m.declared ?? m.effective ?? m.published).filter((d): d is string => !!d).sort();
  const fighting = await store.events({ fighting: true, ...(dates[0] ? { from: dates[0] } : {}) });
  const records = trackCeasefires(mentions, fighting);
  const country = filter.country?.toUpperCase();
  return country ? records.filter((r) => r.country === country) : records;
}
