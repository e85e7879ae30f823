/** The dashboard shell: navigation, filter bar and a router that renders the view named in the hash. */
import "./style.css";
import { get, type Summary } from "./api.ts";
import { h } from "./dom.ts";
import { renderFilters } from "./filters.ts";
import { filtersOf, hashFor, parseHash, type Location } from "./state.ts";
import { overview } from "./views/overview.ts";
import { eventsView } from "./views/events.ts";
import { mapView } from "./views/map.ts";
import { networkView } from "./views/network.ts";
import { ceasefiresView } from "./views/ceasefires.ts";
import { articlesView } from "./views/articles.ts";
import { readerView } from "./views/reader.ts";

type View = (root: HTMLElement, loc: Location) => Promise<void>;

const VIEWS: readonly { id: string; label: string; render: View }[] = [
  { id: "overview", label: "Overview", render: overview },
  { id: "events", label: "Events", render: eventsView },
  { id: "map", label: "Map", render: mapView },
  { id: "network", label: "Network", render: networkView },
  { id: "ceasefires", label: "Ceasefires", render: ceasefiresView },
  { id: "articles", label: "Articles", render: articlesView },
];

const nav = document.getElementById("nav")!;
const form = document.getElementById("filters") as HTMLFormElement;
const root = document.getElementById("view")!;
const status = document.getElementById("status")!;
let summary: Summary | null = null;
let renderId = 0;

function renderNav(loc: Location): void {
  const filters = filtersOf(loc.params);
  nav.replaceChildren(...VIEWS.map((v) => h("a", {
    href: hashFor(v.id, null, filters), class: v.id === loc.view || (v.id === "articles" && loc.view === "article") ? "active" : "",
    "aria-current": v.id === loc.view ? "page" : null,
  }, v.label)));
}

async function render(): Promise<void> {
  const id = ++renderId;
  const loc = parseHash(location.hash);
  renderNav(loc);
  renderFilters(form, summary);
  const view = loc.view === "article" ? readerView : VIEWS.find((v) => v.id === loc.view)?.render ?? overview;
  root.replaceChildren(h("p", { class: "loading" }, "Loading…"));
  root.dataset["view"] = loc.view;
  root.removeAttribute("data-ready");
  try {
    const next = h("div", { class: "view" });
    await view(next, loc);
    if (id !== renderId) return;
    root.replaceChildren(next);
    root.setAttribute("data-ready", "1");
    window.scrollTo(0, 0);
    next.dispatchEvent(new Event("attached"));
  } catch (e) {
    if (id !== renderId) return;
    root.replaceChildren(h("div", { class: "error", role: "alert" }, `Could not load this view: ${(e as Error).message}`));
    root.setAttribute("data-ready", "error");
  }
}

async function start(): Promise<void> {
  try {
    summary = await get<Summary>("summary");
    const c = summary.counts;
    status.textContent = `${c.articles} articles · ${c.events} events · ${c.actors} actors${summary.first ? ` · ${summary.first} → ${summary.last}` : ""}`;
  } catch (e) {
    status.textContent = `API unavailable: ${(e as Error).message}`;
  }
  window.addEventListener("hashchange", () => { void render(); });
  await render();
}

void start();
