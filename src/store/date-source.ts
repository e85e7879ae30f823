/** The values of an event's `date_from` (types.ts DateSource), for the filters that check one given by a person. */
import type { DateSource } from "../types.ts";

/** every DateSource, in the order they are listed to people: the most precise first */
export const DATE_SOURCES = ["clause", "sentence", "publication"] as const satisfies readonly DateSource[];

/** `s` as a DateSource, or null when it is not one */
export function asDateSource(s: string): DateSource | null {
  return (DATE_SOURCES as readonly string[]).includes(s) ? (s as DateSource) : null;
}
