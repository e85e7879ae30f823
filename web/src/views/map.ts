/**
 * Map: events at their geocoded places over a bundled world map (world-atlas, drawn offline as SVG). Towns and
 * regions are circles; events known only at country level shade their country and are listed beside the map.
 */
import { feature } from "topojson-client";
import { geoContains, geoEquirectangular, geoGraticule10, geoPath } from "d3-geo";
import type { Topology, GeometryCollection } from "topojson-specification";
import type { FeatureCollection, Geometry } from "geojson";
import world from "world-atlas/countries-50m.json";
import { get, type Page, type StoredEvent } from "../api.ts";
import { empty, h, panel, s } from "../dom.ts";
import { QUAD } from "../format.ts";
import { eventsTable } from "../events-table.ts";
import { filtersOf, hashFor, type Location } from "../state.ts";
import { countryAreas, spots, type CountryArea, type Spot } from "../map-places.ts";
import { placeLabels, textWidth, type LabelWish, type Rect } from "../labels.ts";

const W = 960, H = 560;
const countries = feature(world as unknown as Topology, (world as unknown as Topology).objects["countries"] as GeometryCollection) as unknown as FeatureCollection<Geometry>;

/** The quad class most of the spot's events have, for its colour. */
function dominant(events: readonly StoredEvent[]): string {
  const c = new Map<number, number>();
  for (const e of events) c.set(e.quad_class, (c.get(e.quad_class) ?? 0) + 1);
  return String([...c].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 1);
}

export async function mapView(root: HTMLElement, loc: Location): Promise<void> {
  const page = await get<Page<StoredEvent>>("events", { ...filtersOf(loc.params), limit: 1000 });
  const all = spots(page.items);
  const placed = all.reduce((n, p) => n + p.events.length, 0);
  const world = loc.params.get("frame") === "world";
  // frame the places holding most events (85%), so one stray far-off place does not zoom out to the whole world
  const core: Spot[] = [];
  let covered = 0;
  for (const p of all) { if (covered >= placed * 0.85 && core.length > 0) break; core.push(p); covered += p.events.length; }
  const lons = core.map((p) => p.lon), lats = core.map((p) => p.lat);
  const pad = (lo: number, hi: number, min: number): [number, number] => {
    const mid = (lo + hi) / 2, half = Math.max(min / 2, (hi - lo) / 2 + 4);
    return [mid - half, mid + half];
  };
  const [x0, x1] = core.length && !world ? pad(Math.min(...lons), Math.max(...lons), 30) : [-170, 170];
  const [y0, y1] = core.length && !world ? pad(Math.min(...lats), Math.max(...lats), 18) : [-58, 80];
  const projection = geoEquirectangular().fitExtent([[10, 10], [W - 10, H - 10]], {
    type: "Feature", properties: {}, geometry: { type: "MultiPoint", coordinates: [[x0, y0], [x1, y1], [x0, y1], [x1, y0]] },
  });
  const path = geoPath(projection);
  const outside = all.filter((p) => { const xy = projection([p.lon, p.lat]); return !xy || xy[0] < 0 || xy[0] > W || xy[1] < 0 || xy[1] > H; });
  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, class: "map", role: "img", "aria-label": "Map of events" },
    s("rect", { width: W, height: H, class: "sea" }),
    s("path", { d: path(geoGraticule10()) ?? "", class: "graticule" }));
  const detail = h("div", { class: "map-detail" }, empty("Click a circle or a shaded country to list the events reported there."));
  const show = (name: string, events: readonly StoredEvent[]): void => {
    detail.replaceChildren(h("h3", {}, `${name} — ${events.length} events`), eventsTable(events));
  };
  const areas = countryAreas(page.items);
  const areaMax = Math.max(1, ...areas.map((a) => a.events.length));
  const land = s("g", { class: "land" });
  for (const f of countries.features) {
    const d = path(f);
    if (!d) continue;
    const name = String((f.properties as { name?: string } | null)?.name ?? "");
    const area = areas.find((a) => a.name === name || (a.lat !== null && a.lon !== null && geoContains(f, [a.lon, a.lat])));
    if (!area) { land.append(s("path", { d }, s("title", {}, name))); continue; }
    const label = `${area.name}: ${area.events.length} events reported at country level`;
    const shaded = s("path", { d, class: "country-level", "data-country": area.key, tabindex: 0, role: "button", "aria-label": label,
      "fill-opacity": (0.25 + 0.6 * area.events.length / areaMax).toFixed(2) }, s("title", {}, label));
    shaded.addEventListener("click", () => show(area.name, area.events));
    shaded.addEventListener("keydown", (ev) => { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); show(area.name, area.events); } });
    land.append(shaded);
  }
  svg.append(land);
  const max = Math.max(1, ...all.map((p) => p.events.length));
  // label the biggest places first, beside their circle if there is room, else above or below; never clipped
  const wishes: LabelWish[] = [];
  const circles: Rect[] = [];
  for (const p of all) {
    const xy = projection([p.lon, p.lat]);
    if (!xy || xy[0] < 0 || xy[0] > W || xy[1] < 0 || xy[1] > H) continue;
    const r = 4 + 14 * Math.sqrt(p.events.length / max), w = textWidth(`${p.name} ${p.events.length}`, 11) + 2, hh = 14;
    const [x, y] = xy;
    circles.push({ x: x - r, y: y - r, w: 2 * r, h: 2 * r });
    wishes.push({ key: p.key, w, h: hh, at: [[x + r + 3, y - hh / 2], [x - r - 3 - w, y - hh / 2], [x - w / 2, y - r - 2 - hh], [x - w / 2, y + r + 2]] });
  }
  const labels = placeLabels(wishes, W, H, circles);
  const dots = s("g", { class: "spots" });
  for (const p of [...all].reverse()) {
    const xy = projection([p.lon, p.lat]);
    if (!xy) continue;
    const r = 4 + 14 * Math.sqrt(p.events.length / max);
    const label = labels.get(p.key);
    const g = s("g", { class: "spot", tabindex: 0, role: "button", "aria-label": `${p.name}: ${p.events.length} events`, "data-spot": p.key },
      s("circle", { cx: xy[0], cy: xy[1], r, fill: QUAD[dominant(p.events)]?.color ?? "#888" }),
      label ? s("text", { x: label.x + 1, y: label.y + 11, class: "spot-label" }, `${p.name} ${p.events.length}`) : null,
      s("title", {}, `${p.name}: ${p.events.length} events`));
    const open = (): void => {
      dots.querySelectorAll(".spot.sel").forEach((x) => x.classList.remove("sel"));
      g.classList.add("sel");
      show(p.name, p.events);
    };
    g.addEventListener("click", open);
    g.addEventListener("keydown", (ev) => { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); open(); } });
    dots.append(g);
  }
  svg.append(dots);
  const legend = h("ul", { class: "legend" }, ...Object.entries(QUAD).map(([, q]) => {
    const sw = h("i", { class: "swatch" });
    sw.style.background = q.color;
    return h("li", {}, sw, q.label);
  }), h("li", { class: "muted" }, "circle area: number of events; colour: the most common class there"));
  const params = Object.fromEntries(loc.params);
  const frame = h("p", { class: "note" }, world
    ? h("a", { href: hashFor("map", null, { ...params, frame: null }) }, "Zoom to the events")
    : h("span", {}, outside.length ? `Outside this frame: ${outside.map((p) => `${p.name} (${p.events.length})`).join(", ")}. ` : "",
      h("a", { href: hashFor("map", null, { ...params, frame: "world" }) }, "Show the whole world")));
  root.append(panel(`Map — ${placed} of ${page.total} events placed at ${all.length} places`,
    frame, h("figure", { class: "map-wrap" }, svg, legend), countryList(areas, show), detail));
}

/** The events known only at country level, listed apart from the pinned places. */
function countryList(areas: readonly CountryArea[], show: (name: string, events: readonly StoredEvent[]) => void): HTMLElement | null {
  if (!areas.length) return null;
  const total = areas.reduce((n, a) => n + a.events.length, 0);
  return h("div", { class: "country-events" },
    h("h3", {}, `At country level only (shaded, not pinned) — ${total} events`),
    h("ul", {}, ...areas.map((a) => {
      const b = h("button", { class: "linkish", type: "button", "data-country": a.key }, `${a.name} (${a.events.length})`);
      b.addEventListener("click", () => show(a.name, a.events));
      return h("li", {}, b);
    })));
}
