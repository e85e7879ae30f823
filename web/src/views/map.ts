/** Map: events at their geocoded places over a bundled world map (world-atlas, drawn offline as SVG). */
import { feature } from "topojson-client";
import { geoEquirectangular, geoGraticule10, geoPath } from "d3-geo";
import type { Topology, GeometryCollection } from "topojson-specification";
import type { FeatureCollection, Geometry } from "geojson";
import world from "world-atlas/countries-50m.json";
import { get, type Page, type StoredEvent } from "../api.ts";
import { empty, h, panel, s } from "../dom.ts";
import { QUAD } from "../format.ts";
import { eventsTable } from "../events-table.ts";
import { filtersOf, hashFor, type Location } from "../state.ts";

const W = 960, H = 560;
const countries = feature(world as unknown as Topology, (world as unknown as Topology).objects["countries"] as GeometryCollection) as unknown as FeatureCollection<Geometry>;

interface Spot { key: string; name: string; lat: number; lon: number; events: StoredEvent[] }

function spots(events: readonly StoredEvent[]): Spot[] {
  const m = new Map<string, Spot>();
  for (const e of events) {
    const l = e.location;
    if (!l || l.lat === null || l.lon === null) continue;
    const key = `${l.lat.toFixed(2)},${l.lon.toFixed(2)}`;
    const spot = m.get(key) ?? { key, name: l.name, lat: l.lat, lon: l.lon, events: [] };
    spot.events.push(e);
    m.set(key, spot);
  }
  return [...m.values()].sort((a, b) => b.events.length - a.events.length);
}

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
  const land = s("g", { class: "land" });
  for (const f of countries.features) {
    const d = path(f);
    if (d) land.append(s("path", { d }, s("title", {}, String((f.properties as { name?: string } | null)?.name ?? ""))));
  }
  svg.append(land);
  const detail = h("div", { class: "map-detail" }, empty("Click a circle to list the events reported there."));
  const max = Math.max(1, ...all.map((p) => p.events.length));
  // label the biggest places first and skip a label that would overlap one already placed
  const taken: [number, number, number, number][] = [];
  const labelFits = (x: number, y: number, w: number): boolean => {
    const box: [number, number, number, number] = [x, y - 11, x + w, y + 3];
    if (taken.some((t) => box[0] < t[2] && box[2] > t[0] && box[1] < t[3] && box[3] > t[1])) return false;
    taken.push(box);
    return true;
  };
  const labelled = new Set<string>();
  for (const p of all) {
    const xy = projection([p.lon, p.lat]);
    const r = 4 + 14 * Math.sqrt(p.events.length / max);
    if (xy && labelFits(xy[0] + r + 3, xy[1] + 4, 7 * (p.name.length + 4))) labelled.add(p.key);
  }
  const dots = s("g", { class: "spots" });
  for (const p of [...all].reverse()) {
    const xy = projection([p.lon, p.lat]);
    if (!xy) continue;
    const r = 4 + 14 * Math.sqrt(p.events.length / max);
    const g = s("g", { class: "spot", tabindex: 0, role: "button", "aria-label": `${p.name}: ${p.events.length} events`, "data-spot": p.key },
      s("circle", { cx: xy[0], cy: xy[1], r, fill: QUAD[dominant(p.events)]?.color ?? "#888" }),
      labelled.has(p.key) ? s("text", { x: xy[0] + r + 3, y: xy[1] + 4, class: "spot-label" }, `${p.name} ${p.events.length}`) : null,
      s("title", {}, `${p.name}: ${p.events.length} events`));
    const open = (): void => {
      dots.querySelectorAll(".spot.sel").forEach((x) => x.classList.remove("sel"));
      g.classList.add("sel");
      detail.replaceChildren(h("h3", {}, `${p.name} — ${p.events.length} events`), eventsTable(p.events));
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
    frame, h("figure", { class: "map-wrap" }, svg, legend), detail));
}
