/** A stacked bar chart of counts per day, drawn as SVG with a legend; each bar segment has a tooltip. */
import type { TimeSeries } from "./api.ts";
import { h, s } from "./dom.ts";
import { seriesColor } from "./format.ts";

const W = 960, H = 240, M = { top: 10, right: 10, bottom: 24, left: 34 };

/**
 * Integer ticks from 0 to at least `max`, 1, 2 or 5 × 10^k apart, about four of them: counts have no halves, and
 * rounding halves (0, 0.5, 1 → "0, 1, 1") repeated labels.
 *
 * @example countTicks(1) // [0, 1]
 * @example countTicks(10) // [0, 5, 10]
 */
export function countTicks(max: number): number[] {
  const top = Math.max(1, Math.ceil(max));
  const raw = top / 4;
  const p = 10 ** Math.floor(Math.log10(Math.max(1, raw)));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * p).find((s) => s >= raw) ?? 10 * p);
  const ticks: number[] = [];
  for (let v = 0; v < top + step; v += step) ticks.push(v);
  return ticks;
}

/** @example root.append(stackedBars(await get("series", { by: "quad" }))) */
export function stackedBars(ts: TimeSeries, onDay?: (day: string) => void): HTMLElement {
  const n = ts.days.length;
  const totals = ts.days.map((_, i) => ts.series.reduce((sum, x) => sum + (x.counts[i] ?? 0), 0));
  const ticks = countTicks(Math.max(0, ...totals));
  const max = ticks.at(-1) ?? 1;
  const iw = W - M.left - M.right, ih = H - M.top - M.bottom;
  const bw = iw / Math.max(1, n);
  const y = (v: number): number => M.top + ih - (v / max) * ih;
  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, class: "chart", role: "img", "aria-label": `Events per day by ${ts.by}` });
  for (const t of ticks) {
    svg.append(s("line", { x1: M.left, x2: W - M.right, y1: y(t), y2: y(t), class: "gridline" }),
      s("text", { x: M.left - 6, y: y(t) + 4, class: "axis y-tick", "text-anchor": "end" }, String(t)));
  }
  const every = Math.max(1, Math.ceil(n / 10));
  ts.days.forEach((day, i) => {
    const x = M.left + i * bw;
    let acc = 0;
    ts.series.forEach((ser, k) => {
      const v = ser.counts[i] ?? 0;
      if (v === 0) return;
      const rect = s("rect", { x: x + bw * 0.1, width: Math.max(1, bw * 0.8), y: y(acc + v), height: y(acc) - y(acc + v), fill: seriesColor(ts.by, ser.key, k), class: "bar", "data-day": day },
        s("title", {}, `${day} · ${ser.label}: ${v}`));
      if (onDay) rect.addEventListener("click", () => onDay(day));
      svg.append(rect);
      acc += v;
    });
    if (i % every === 0) svg.append(s("text", { x: x + bw / 2, y: H - 6, class: "axis", "text-anchor": "middle" }, day.slice(5)));
  });
  const legend = h("ul", { class: "legend" }, ...ts.series.map((ser, k) =>
    h("li", {}, h("i", { class: "swatch", "data-color": seriesColor(ts.by, ser.key, k) }), `${ser.label} (${ser.total})`)));
  legend.querySelectorAll<HTMLElement>("i.swatch").forEach((el) => { el.style.background = el.dataset["color"] ?? ""; });
  return h("figure", { class: "chart-wrap" }, svg, legend);
}
