/** Actor network: who acts on whom; edge width is the number of events, edge colour the mean Goldstein score. */
import { get, type Network, type StoredEvent } from "../api.ts";
import { empty, h, panel, s } from "../dom.ts";
import { signed, toneColor } from "../format.ts";
import { eventsTable } from "../events-table.ts";
import { layout } from "../force.ts";
import { placeLabels, textWidth, type LabelWish, type Rect } from "../labels.ts";
import { filtersOf, hashFor, type Location } from "../state.ts";

const W = 960, H = 620;
const LABEL_PX = 11, LABEL_H = 14, LABEL_BASELINE = 11;
const bucket = (g: number): string => (g <= -2 ? "neg" : g >= 2 ? "pos" : "mid");

export async function networkView(root: HTMLElement, loc: Location): Promise<void> {
  const filters = filtersOf(loc.params);
  const net = await get<Network>("network", { ...filters, nodes: 40 });
  if (net.edges.length === 0) { root.append(panel("Actor network", empty("No events with both a source and a target match these filters."))); return; }
  const pos = layout(net.nodes.map((n) => ({ id: n.id, weight: n.events })), net.edges, W, H);
  const maxNode = Math.max(...net.nodes.map((n) => n.events));
  const radius = (n: number): number => 5 + 13 * Math.sqrt(n / maxNode);
  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, class: "network", role: "img", "aria-label": "Actor network" });
  const defs = s("defs");
  for (const [id, g] of [["neg", -8], ["mid", 0], ["pos", 8]] as const) {
    defs.append(s("marker", { id: `arrow-${id}`, viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 9, markerHeight: 9, markerUnits: "userSpaceOnUse", orient: "auto-start-reverse" },
      s("path", { d: "M0,0 L10,5 L0,10 z", fill: toneColor(g) })));
  }
  svg.append(defs);
  const detail = h("div", { class: "net-detail" }, empty("Click an actor to see its ties, or a line to list its events."));
  const edgeLayer = s("g", { class: "edges" }), nodeLayer = s("g", { class: "nodes" });
  const radiusOf = new Map(net.nodes.map((n) => [n.id, radius(n.events)]));
  const showEdge = async (e: Network["edges"][number], label: string): Promise<void> => {
    detail.replaceChildren(h("h3", {}, label), h("p", { class: "loading" }, "Loading…"));
    const events = await Promise.all(e.sample.map((id) => get<StoredEvent>(`events/${encodeURIComponent(id)}`)));
    detail.replaceChildren(h("h3", {}, label), h("p", { class: "note" }, `${e.events} events, mean Goldstein ${signed(e.goldstein)}${e.events > events.length ? `; the first ${events.length} shown` : ""}.`), eventsTable(events));
  };
  const name = (id: string): string => net.nodes.find((n) => n.id === id)?.name ?? id;
  for (const e of net.edges) {
    const a = pos.get(e.source), b = pos.get(e.target);
    if (!a || !b) continue;
    const dx = b.x - a.x, dy = b.y - a.y, d = Math.hypot(dx, dy) || 1;
    const rb = (radiusOf.get(e.target) ?? 6) + 3;
    const ex = b.x - (dx / d) * rb, ey = b.y - (dy / d) * rb;
    // bend each edge a little to its right so A→B and B→A do not overlap
    const mx = (a.x + ex) / 2 - (dy / d) * 18, my = (a.y + ey) / 2 + (dx / d) * 18;
    const label = `${name(e.source)} → ${name(e.target)}`;
    const path = s("path", { d: `M${a.x},${a.y} Q${mx},${my} ${ex},${ey}`, class: "edge", stroke: toneColor(e.goldstein),
      "stroke-width": 1 + 2.2 * Math.log2(1 + e.events), "marker-end": `url(#arrow-${bucket(e.goldstein)})`, "data-source": e.source, "data-target": e.target, tabindex: 0 },
      s("title", {}, `${label}: ${e.events} events, mean Goldstein ${signed(e.goldstein)}`));
    path.addEventListener("click", () => { void showEdge(e, label); });
    edgeLayer.append(path);
  }
  const labels = nodeLabels(net.nodes, pos, radius);
  for (const n of net.nodes) {
    const p = pos.get(n.id);
    if (!p) continue;
    const r = radius(n.events);
    const box = labels.get(n.id);
    const g = s("g", { class: "node", tabindex: 0, role: "button", "data-node": n.id, "aria-label": `${n.name} (${n.code}), ${n.events} events` },
      s("circle", { cx: p.x, cy: p.y, r }),
      box ? s("text", { x: box.x, y: box.y + LABEL_BASELINE }, n.name) : null,
      s("title", {}, `${n.name} · ${n.code}${n.country ? ` · ${n.country}` : ""} · ${n.events} events`));
    g.addEventListener("click", () => {
      svg.classList.add("focus");
      edgeLayer.querySelectorAll(".edge").forEach((x) => x.classList.toggle("on", x.getAttribute("data-source") === n.id || x.getAttribute("data-target") === n.id));
      nodeLayer.querySelectorAll(".node").forEach((x) => x.classList.toggle("on", x === g));
      const out = net.edges.filter((e) => e.source === n.id), inc = net.edges.filter((e) => e.target === n.id);
      const tie = (e: Network["edges"][number], other: string, arrow: string): HTMLElement => {
        const b = h("button", { type: "button", class: "linkish" }, `${arrow} ${name(other)}`);
        b.addEventListener("click", () => { void showEdge(e, `${name(e.source)} → ${name(e.target)}`); });
        const tone = h("span", { class: "num" }, ` ${e.events} · ${signed(e.goldstein)}`);
        tone.style.color = toneColor(e.goldstein);
        return h("li", {}, b, tone);
      };
      detail.replaceChildren(h("h3", {}, `${n.name} `, h("span", { class: "code" }, n.code)),
        h("p", {}, h("a", { href: hashFor("events", null, { ...filters, actor: n.code.length >= 3 && !n.code.startsWith("---") ? n.code : n.name.split(" ").pop() ?? n.name }) }, "Events of this actor →")),
        h("div", { class: "ties" }, h("div", {}, h("h4", {}, `Acts on (${out.length})`), h("ul", {}, ...out.map((e) => tie(e, e.target, "→")))),
          h("div", {}, h("h4", {}, `Acted on by (${inc.length})`), h("ul", {}, ...inc.map((e) => tie(e, e.source, "←"))))));
    });
    nodeLayer.append(g);
  }
  svg.append(edgeLayer, nodeLayer);
  const scale = h("ul", { class: "legend" }, ...[-8, -4, 0, 4, 8].map((g) => {
    const sw = h("i", { class: "swatch" });
    sw.style.background = toneColor(g);
    return h("li", {}, sw, signed(g));
  }), h("li", { class: "muted" }, "mean Goldstein (conflict −10 … +10 cooperation); line width: events; circle: events of the actor"));
  root.append(h("div", { class: "split" }, panel(`Actor network — ${net.nodes.length} actors, ${net.edges.length} ties`, h("figure", { class: "net-wrap" }, svg, scale)), panel("Selection", detail)));
}

/**
 * Where each actor's name goes: above its circle if there is room, else below, beside or a row further out; the
 * busiest actors are placed first, and a name that fits nowhere is left to the circle's tooltip.
 */
function nodeLabels(nodes: Network["nodes"], pos: ReturnType<typeof layout>, radius: (events: number) => number): Map<string, Rect> {
  const circles: Rect[] = [];
  const wishes: LabelWish[] = [];
  for (const n of [...nodes].sort((a, b) => b.events - a.events)) {
    const p = pos.get(n.id);
    if (!p) continue;
    const r = radius(n.events), w = textWidth(n.name, LABEL_PX) + 2, hh = LABEL_H;
    circles.push({ x: p.x - r, y: p.y - r, w: 2 * r, h: 2 * r });
    const above = p.y - r - 3 - hh, below = p.y + r + 3, mid = p.y - hh / 2;
    wishes.push({ key: n.id, w, h: hh, at: [
      [p.x - w / 2, above], [p.x - w / 2, below], [p.x + r + 4, mid], [p.x - r - 4 - w, mid],
      [p.x + r * 0.7, above], [p.x - r * 0.7 - w, above], [p.x + r * 0.7, below], [p.x - r * 0.7 - w, below],
      [p.x - w / 2, above - hh], [p.x - w / 2, below + hh], [p.x + r + 4, above], [p.x - r - 4 - w, below],
    ] });
  }
  return placeLabels(wishes, W, H, circles);
}
