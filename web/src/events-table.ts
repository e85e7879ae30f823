/** The events table used by the overview, the events view, the map and the network: every row opens its article. */
import type { StoredEvent } from "./api.ts";
import { h, route } from "./dom.ts";
import { QUAD, actorNames, signed } from "./format.ts";
import { eventDate } from "./date-mark.ts";
import { articleAt } from "./state.ts";

/** The hash that opens the first article reporting the event, at the event's sentence. */
export function eventHref(e: StoredEvent): string | null {
  const m = e.mentions[0];
  return m ? articleAt(m.article, { local: m.event }) : null;
}

/** @example view.append(eventsTable(page.items)) */
export function eventsTable(events: readonly StoredEvent[], caption?: string): HTMLTableElement {
  const body = h("tbody");
  for (const e of events) {
    const href = eventHref(e);
    const quad = QUAD[String(e.quad_class)];
    const row = h("tr", { class: e.negated ? "negated event-row" : "event-row", "data-event": e.id },
      h("td", { class: "nowrap" }, ...eventDate(e)),
      h("td", {}, actorNames(e.source)),
      h("td", {}, href ? route(href, { class: "event-link", title: e.mentions[0]?.text ?? "" }, `${e.negated ? "NOT " : ""}${e.cameo_name}`) : e.cameo_name,
        h("span", { class: "code" }, e.cameo)),
      h("td", {}, actorNames(e.target)),
      h("td", {}, h("span", { class: "tag", "data-quad": e.quad_class, title: quad?.label ?? "" }, e.plover ?? "—")),
      h("td", { class: "small" }, e.acled ? e.acled.sub_event_type || e.acled.event_type : "—"),
      h("td", { class: `num ${e.goldstein < 0 ? "neg" : e.goldstein > 0 ? "pos" : ""}` }, signed(e.goldstein)),
      h("td", {}, e.location?.name ?? "—"),
      h("td", { class: "num", title: e.sources.join(", ") }, String(e.num_articles)),
    );
    body.append(row);
  }
  return h("table", { class: "grid events" },
    caption ? h("caption", {}, caption) : null,
    h("thead", {}, h("tr", {}, ...["Date", "Source", "Event", "Target", "PLOVER", "ACLED", "Goldstein", "Location", "Articles"].map((t) => h("th", { scope: "col" }, t)))),
    body);
}
