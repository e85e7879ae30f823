/** Ceasefire board: one card per ceasefire with status, dates, parties, mediators, a status timeline with the
 * violations per day under it, and the evidence sentences linked to their articles. */
import { get, type CeasefireRecord } from "../api.ts";
import { empty, h, panel, route, s } from "../dom.ts";
import { STATUS_LABEL } from "../format.ts";
import { articleAt, filtersOf, type Location } from "../state.ts";
import { placeLabels, textWidth, type LabelWish, type Rect } from "../labels.ts";

const DAY = 86_400_000;
const W = 900;
/** status label rows: 14 px each, at most four above the line */
const ROW = 14, MAX_ROWS = 4, LABEL_BASELINE = 11;
const t = (d: string): number => Date.parse(`${d}T00:00:00Z`);

function chips(label: string, refs: CeasefireRecord["parties"]): HTMLElement {
  return h("div", { class: "chips" }, h("span", { class: "k" }, label),
    ...(refs.length ? refs.map((p) => h("span", { class: "chip", title: `${p.code}${p.country ? ` · ${p.country}` : ""}` }, p.name)) : [h("span", { class: "muted" }, "none found")]));
}

/** One label per status and day, stacked in rows above the line so that close dates do not overlap. */
function statusLabels(r: CeasefireRecord, x: (d: string) => number): { labels: { text: string; box: Rect; status: string }[]; rows: number } {
  const seen = new Set<string>();
  const wishes: (LabelWish & { text: string; status: string })[] = [];
  for (const e of r.timeline) {
    if (!e.date || Number.isNaN(t(e.date)) || seen.has(`${e.date} ${e.status}`)) continue;
    seen.add(`${e.date} ${e.status}`);
    const text = STATUS_LABEL[e.status] ?? e.status;
    const w = textWidth(text, 11) + 2;
    // rows counted from the line upwards; the drawing is shifted down afterwards by the rows in use
    wishes.push({ key: `${e.date} ${e.status}`, text, status: e.status, w, h: ROW, at: Array.from({ length: MAX_ROWS }, (_, k) => [x(e.date!) - w / 2, (MAX_ROWS - 1 - k) * ROW]) });
  }
  const placed = placeLabels(wishes, W, MAX_ROWS * ROW + 2, [], 3);
  const labels = wishes.flatMap((w) => { const box = placed.get(w.key); return box ? [{ text: w.text, box, status: w.status }] : []; });
  const top = Math.min(MAX_ROWS * ROW, ...labels.map((l) => l.box.y));
  const rows = Math.max(1, Math.round((MAX_ROWS * ROW - top) / ROW));
  return { labels: labels.map((l) => ({ ...l, box: { ...l.box, y: l.box.y - top } })), rows };
}

function timeline(r: CeasefireRecord): SVGSVGElement | HTMLElement {
  const dates = [...r.timeline.map((e) => e.date), ...r.violations.map((v) => v.date), r.declared, r.effective, r.ended].filter((d): d is string => !!d && !Number.isNaN(t(d)));
  if (dates.length === 0) return empty("No dated evidence.");
  const lo = Math.min(...dates.map(t)) - DAY, hi = Math.max(...dates.map(t)) + DAY;
  const x = (d: string): number => 20 + ((t(d) - lo) / (hi - lo)) * (W - 40);
  const { labels, rows } = statusLabels(r, x);
  // the status labels take `rows` rows at the top; everything else keeps its place below them
  const dy = 4 + rows * ROW + 6 - 26;
  const H = 120 + dy, line = 40 + dy;
  const maxV = Math.max(1, ...r.violations.map((v) => v.count));
  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, class: "timeline", role: "img", "aria-label": "Status timeline and violations per day" },
    s("line", { x1: 20, x2: W - 20, y1: line, y2: line, class: "axisline" }),
    s("text", { x: 20, y: H - 4, class: "axis" }, new Date(lo + DAY).toISOString().slice(0, 10)),
    s("text", { x: W - 20, y: H - 4, class: "axis", "text-anchor": "end" }, new Date(hi - DAY).toISOString().slice(0, 10)),
    s("text", { x: W - 20, y: line + 20, class: "axis", "text-anchor": "end" }, "violations per day ↓"));
  for (const v of r.violations) {
    const bh = (v.count / maxV) * 44;
    svg.append(s("rect", { x: x(v.date) - 3, y: line + 24, width: 6, height: bh, class: "violation" }, s("title", {}, `${v.date}: ${v.count} violations`)));
  }
  for (const [label, d] of [["declared", r.declared], ["effective", r.effective], ["ended", r.ended]] as const) {
    if (d && !Number.isNaN(t(d))) svg.append(s("line", { x1: x(d), x2: x(d), y1: line - 26, y2: line + 70, class: `mark mark-${label}` }, s("title", {}, `${label} ${d}`)));
  }
  for (const e of r.timeline) {
    if (!e.date || Number.isNaN(t(e.date))) continue;
    svg.append(s("circle", { cx: x(e.date), cy: line, r: 7, class: `dot status-${e.status}` }, s("title", {}, `${e.date}: ${STATUS_LABEL[e.status] ?? e.status}`)));
  }
  for (const l of labels) {
    svg.append(s("text", { x: l.box.x + 1, y: 4 + l.box.y + LABEL_BASELINE, class: `axis status-label status-${l.status}` }, l.text));
  }
  return svg;
}

function evidence(r: CeasefireRecord): HTMLElement {
  const rows = r.timeline.flatMap((e) => e.evidence.map((ev) => h("li", {},
    h("span", { class: `badge status-${e.status}` }, STATUS_LABEL[e.status] ?? e.status), " ",
    h("span", { class: "nowrap muted" }, e.date ?? "undated"), " ",
    route(articleAt(ev.article, ev.events[0] ? { stored: ev.events[0] } : {}), { class: "evidence-link" }, ev.text ? `“${ev.text}”` : "read the article"))));
  return rows.length ? h("ol", { class: "evidence" }, ...rows) : empty("No evidence sentences.");
}

export async function ceasefiresView(root: HTMLElement, loc: Location): Promise<void> {
  const country = filtersOf(loc.params).country;
  const { items } = await get<{ items: readonly CeasefireRecord[] }>("ceasefires", { country });
  if (items.length === 0) { root.append(panel("Ceasefires", empty("No ceasefire is mentioned in the stored articles."))); return; }
  const board = h("div", { class: "board" });
  for (const r of items) {
    const violations = r.violations.reduce((n, v) => n + v.count, 0);
    board.append(h("article", { class: "card", "data-ceasefire": r.id },
      h("header", {}, h("span", { class: `badge status-${r.status}` }, STATUS_LABEL[r.status] ?? r.status),
        h("h3", {}, `${r.country ?? "Unknown country"} ceasefire`),
        h("span", { class: "muted" }, `${r.articles.length} articles · ${violations} violations on ${r.violations.length} days`)),
      h("dl", { class: "dates" },
        h("dt", {}, "Declared"), h("dd", {}, r.declared ?? "—"),
        h("dt", {}, "Effective"), h("dd", {}, r.effective ?? "—"),
        h("dt", {}, "Ended"), h("dd", {}, r.ended ?? "—")),
      chips("Parties", r.parties), chips("Mediators", r.mediators),
      r.terms.length ? h("div", { class: "chips" }, h("span", { class: "k" }, "Terms"), ...r.terms.map((x) => h("span", { class: "chip term" }, x))) : null,
      timeline(r),
      h("details", { open: items.length <= 3 }, h("summary", {}, `Evidence (${r.timeline.reduce((n, e) => n + e.evidence.length, 0)})`), evidence(r))));
  }
  root.append(panel(`Ceasefires (${items.length})`, board));
}
