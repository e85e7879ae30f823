/**
 * The dashboard's aggregates as the server computed them before the database did: in JS over every stored event.
 * The storage contract checks that each backend's grouped counts (eventSeries, eventNetwork, eventFacets), once the
 * server assembles them, equal these on the same events.
 */
import type { ActorRef } from "../../src/types.ts";
import type { StoredEvent } from "../../src/store/types.ts";
import { QUAD_LABELS, type TimeSeries } from "../../src/server/series.ts";
import type { Network, NetworkEdge, NetworkNode } from "../../src/server/network.ts";

type SeriesBy = TimeSeries["by"];
const MAX_DAYS = 3660;
const DAY_MS = 86_400_000;

function label(e: StoredEvent, by: SeriesBy): { key: string; label: string } | null {
  if (by === "quad") return { key: String(e.quad_class), label: QUAD_LABELS[String(e.quad_class)] ?? `Quad ${e.quad_class}` };
  if (by === "plover") return e.plover ? { key: e.plover, label: e.plover } : null;
  return e.acled ? { key: e.acled.event_type, label: e.acled.event_type } : null;
}

/** every event placed in JS (the server's old timeSeries) */
export function referenceSeries(events: readonly StoredEvent[], by: SeriesBy): TimeSeries {
  let undated = 0, negated = 0, unlabelled = 0;
  const placed: { day: number; key: string; label: string }[] = [];
  for (const e of events) {
    if (e.negated) { negated++; continue; }
    const t = e.date && e.date_precision === "day" ? Date.parse(`${e.date}T00:00:00Z`) : NaN;
    if (Number.isNaN(t)) { undated++; continue; }
    const l = label(e, by);
    if (!l) { unlabelled++; continue; }
    placed.push({ day: Math.floor(t / DAY_MS), ...l });
  }
  const skipped = { undated, negated, unlabelled };
  if (placed.length === 0) return { by, days: [], series: [], skipped };
  let first = Math.min(...placed.map((p) => p.day));
  const last = Math.max(...placed.map((p) => p.day));
  first = Math.max(first, last - MAX_DAYS + 1);
  const days = Array.from({ length: last - first + 1 }, (_, i) => new Date((first + i) * DAY_MS).toISOString().slice(0, 10));
  const byKey = new Map<string, { key: string; label: string; counts: number[]; total: number }>();
  for (const p of placed) {
    if (p.day < first) continue;
    let s = byKey.get(p.key);
    if (!s) { s = { key: p.key, label: p.label, counts: new Array<number>(days.length).fill(0), total: 0 }; byKey.set(p.key, s); }
    s.counts[p.day - first] = (s.counts[p.day - first] ?? 0) + 1;
    s.total++;
  }
  const series = [...byKey.values()].sort((a, b) => (by === "quad" ? a.key.localeCompare(b.key) : b.total - a.total || a.key.localeCompare(b.key)));
  return { by, days, series, skipped };
}

/** the old source/target filter of the series route */
export function sideMatches(side: StoredEvent["source"], needle: string): boolean {
  const code = needle.toUpperCase();
  const word = needle.toLowerCase();
  return side.some((a) => a.code.startsWith(code) || a.name.toLowerCase().includes(word));
}

const nodeId = (a: ActorRef): string => `${a.code}:${a.name.toLowerCase().replace(/\s+/g, " ").trim()}`;

/** the old actorNetwork, over every event */
export function referenceNetwork(events: readonly StoredEvent[], maxNodes: number): Network {
  const nodes = new Map<string, NetworkNode & { events: number }>();
  const edges = new Map<string, { source: string; target: string; events: number; sum: number; sample: string[] }>();
  const touch = (a: ActorRef): string => {
    const id = nodeId(a);
    const n = nodes.get(id);
    if (n) n.events++;
    else nodes.set(id, { id, name: a.name, code: a.code, country: a.country, events: 1 });
    return id;
  };
  for (const e of events) {
    if (e.negated) continue;
    const sources = e.source.map(touch);
    const targets = e.target.map(touch);
    for (const s of sources) for (const t of targets) {
      if (s === t) continue;
      const k = `${s}\u0000${t}`;
      let edge = edges.get(k);
      if (!edge) { edge = { source: s, target: t, events: 0, sum: 0, sample: [] }; edges.set(k, edge); }
      edge.events++;
      edge.sum += e.goldstein;
      if (edge.sample.length < 5) edge.sample.push(e.id);
    }
  }
  const connected = new Set<string>();
  for (const e of edges.values()) { connected.add(e.source); connected.add(e.target); }
  const kept = [...nodes.values()].filter((n) => connected.has(n.id))
    .sort((a, b) => b.events - a.events || a.id.localeCompare(b.id)).slice(0, maxNodes);
  const keep = new Set(kept.map((n) => n.id));
  const out = [...edges.values()].filter((e) => keep.has(e.source) && keep.has(e.target))
    .map((e): NetworkEdge => ({ source: e.source, target: e.target, events: e.events, goldstein: Math.round((e.sum / e.events) * 100) / 100, sample: e.sample }))
    .sort((a, b) => b.events - a.events);
  return { nodes: kept, edges: out };
}

/** the summary facets counted in JS (the old /api/summary) */
export function referenceFacets(events: readonly StoredEvent[]) {
  const tally = (pick: (e: StoredEvent) => readonly (string | null | undefined)[]): { key: string; count: number }[] => {
    const m = new Map<string, number>();
    for (const e of events) for (const k of new Set(pick(e))) if (k) m.set(k, (m.get(k) ?? 0) + 1);
    return [...m].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  };
  const dates = events.map((e) => e.date).filter((d): d is string => !!d).sort();
  return {
    first: dates[0] ?? null, last: dates[dates.length - 1] ?? null,
    countries: tally((e) => [e.location?.country, ...e.source.map((a) => a.country), ...e.target.map((a) => a.country)]),
    plover: tally((e) => [e.plover]),
    acled: tally((e) => [e.acled?.event_type]),
    cameo_roots: tally((e) => [e.cameo.slice(0, 2)]),
  };
}
