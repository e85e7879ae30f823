/** Events: the filtered event table with paging. */
import { get, type Page, type StoredEvent } from "../api.ts";
import { empty, h, panel } from "../dom.ts";
import { eventsTable } from "../events-table.ts";
import { filtersOf, hashFor, type Location } from "../state.ts";

const PAGE = 100;

export async function eventsView(root: HTMLElement, loc: Location): Promise<void> {
  const filters = filtersOf(loc.params);
  const offset = Math.max(0, Number(loc.params.get("offset") ?? "0") || 0);
  const page = await get<Page<StoredEvent>>("events", { ...filters, limit: PAGE, offset });
  const at = (o: number): string => hashFor("events", null, { ...filters, offset: o ? String(o) : null });
  const pager = h("p", { class: "pager" },
    offset > 0 ? h("a", { href: at(Math.max(0, offset - PAGE)) }, "← Previous") : null,
    ` ${page.total ? offset + 1 : 0}–${Math.min(page.total, offset + PAGE)} of ${page.total} `,
    offset + PAGE < page.total ? h("a", { href: at(offset + PAGE) }, "Next →") : null);
  root.append(panel("Events", pager, page.items.length ? eventsTable(page.items) : empty("No events match these filters."),
    h("p", { class: "note" }, "Struck-through rows are negated events (a refusal or a denial): kept as evidence, not counted as the event. Click an event to read it in its article.")));
}
