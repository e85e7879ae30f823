/**
 * An event's date as the dashboard shows it: the day (to its precision), and, when no date phrase of the article
 * dates the event, a mark that the day is only the article's publication date (issue 10). Events stored before the
 * store kept where their date came from (date_from null) are shown without a mark: unknown is not "publication".
 */
import type { DateSource } from "../../src/types.ts";
import { h } from "./dom.ts";
import { fmtDate } from "./format.ts";

export const PUBLICATION_MARK = "≈ publication date";
export const PUBLICATION_TITLE = "No date in the text for this event: this is the day the article was published, which may be later than the day it happened.";

interface Dated {
  readonly date: string | null;
  readonly date_precision?: string | null;
  readonly date_from?: DateSource | null;
}

/** The mark for an event dated by its publication day alone, or null. */
export function publicationMark(e: Dated): HTMLElement | null {
  return e.date && e.date_from === "publication" ? h("span", { class: "date-from-publication", title: PUBLICATION_TITLE }, PUBLICATION_MARK) : null;
}

/** @example cell.append(...eventDate(e)) // "2020-01-13", or "2020-01-15" and "≈ publication date" */
export function eventDate(e: Dated): (string | HTMLElement)[] {
  const mark = publicationMark(e);
  const day = fmtDate(e.date, e.date_precision);
  return mark ? [day, " ", mark] : [day];
}
