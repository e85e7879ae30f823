/** Overview: headline counts, events per day stacked by quad class (or PLOVER / ACLED), and the latest events. */
import { get, type Page, type StoredEvent, type TimeSeries } from "../api.ts";
import { empty, h, panel } from "../dom.ts";
import { stackedBars } from "../chart.ts";
import { eventsTable } from "../events-table.ts";
import { filtersOf, hashFor, type Location } from "../state.ts";

export async function overview(root: HTMLElement, loc: Location): Promise<void> {
  const filters = filtersOf(loc.params);
  const by = ["quad", "plover", "acled"].includes(loc.params.get("by") ?? "") ? loc.params.get("by")! : "quad";
  const [ts, events] = await Promise.all([
    get<TimeSeries>("series", { ...filters, by }),
    get<Page<StoredEvent>>("events", { ...filters, limit: 1000 }),
  ]);
  const items = events.items;
  const fighting = items.filter((e) => e.quad_class === 4 && !e.negated).length;
  const cooperative = items.filter((e) => e.quad_class <= 2 && !e.negated).length;
  const mean = items.length ? items.reduce((s, e) => s + e.goldstein, 0) / items.length : 0;
  const kpi = (label: string, value: string, cls = ""): HTMLElement => h("div", { class: `kpi ${cls}` }, h("b", {}, value), h("span", {}, label));
  root.append(h("div", { class: "kpis" },
    kpi("events", String(events.total)),
    kpi("material conflict", String(fighting), "neg"),
    kpi("cooperation", String(cooperative), "pos"),
    kpi("mean Goldstein", mean.toFixed(2), mean < 0 ? "neg" : "pos"),
    kpi("days covered", String(ts.days.length))));

  const tabs = h("div", { class: "tabs", role: "tablist" }, ...(["quad", "plover", "acled"] as const).map((b) =>
    h("a", { href: hashFor("overview", null, { ...Object.fromEntries(loc.params), by: b }), class: b === by ? "active" : "", role: "tab", "aria-selected": b === by ? "true" : "false" },
      b === "quad" ? "Quad class" : b === "plover" ? "PLOVER" : "ACLED")));
  const skipped = ts.skipped.undated + ts.skipped.negated + ts.skipped.unlabelled;
  root.append(panel("Events per day", tabs,
    ts.days.length ? stackedBars(ts, (day) => { location.hash = hashFor("events", null, { ...filters, from: day, to: day }); }) : empty("No dated events match these filters."),
    h("p", { class: "note" }, `Counts events dated to the day. Left out: ${ts.skipped.undated} not dated to a day, ${ts.skipped.negated} negated (e.g. “declined to sign”), ${ts.skipped.unlabelled} without a ${by === "quad" ? "class" : by.toUpperCase()} label${skipped ? "" : ""}. Click a bar for that day's events.`)));

  // the API lists events oldest first (undated last), so with more than one page the newest are on the last one
  const tail = events.total > items.length
    ? (await get<Page<StoredEvent>>("events", { ...filters, limit: 1000, offset: events.total - 1000 })).items
    : items;
  const latest = latestFirst(tail).slice(0, 15);
  const section = panel("Latest events", latest.length ? eventsTable(latest) : empty("No events match these filters."),
    h("p", { class: "note" }, h("a", { href: hashFor("events", null, filters) }, `All ${events.total} events →`)));
  section.classList.add("latest-events");
  root.append(section);
}

/** Newest event first by the day it happened; undated ones last; on the same day, the most recently reported first. */
export function latestFirst(events: readonly StoredEvent[]): StoredEvent[] {
  const reported = (e: StoredEvent): string => e.mentions.reduce((m, x) => ((x.published ?? "") > m ? x.published ?? "" : m), "");
  return [...events].sort((a, b) => (b.date ?? "").localeCompare(a.date ?? "") || reported(b).localeCompare(reported(a)) || a.id.localeCompare(b.id));
}
