/** Who acts on whom: actor nodes and directed edges weighted by events, with the edges' mean Goldstein score. */
import type { NetworkCounts } from "../store/types.ts";

export interface NetworkNode {
  readonly id: string;
  readonly name: string;
  readonly code: string;
  readonly country: string | null;
  /** events the actor takes part in, either side */
  readonly events: number;
}

export interface NetworkEdge {
  readonly source: string;
  readonly target: string;
  readonly events: number;
  /** mean Goldstein score of the edge's events, -10 (conflict) to +10 (cooperation) */
  readonly goldstein: number;
  /** a few of the edge's stored event ids (its first in the store's order), for drilling down */
  readonly sample: readonly string[];
}

export interface Network {
  readonly nodes: readonly NetworkNode[];
  readonly edges: readonly NetworkEdge[];
}

const SAMPLE = 5;
const nodeId = (a: { code: string; name: string }): string => `${a.code}:${a.name.toLowerCase().replace(/\s+/g, " ").trim()}`;
type Order = readonly [number, number];
const before = (a: Order, b: Order): number => a[0] - b[0] || a[1] - b[1];

/**
 * Builds the network from the store's counts (grouped by actors as written on events; here merged by node id).
 * Negated events are not counted. Only the `maxNodes` actors with most events are kept, with the edges among them.
 *
 * @example actorNetwork(await store.eventNetwork({ country: "LBY" }), 60).edges
 */
export function actorNetwork(counts: NetworkCounts, maxNodes: number): Network {
  const nodes = new Map<string, { node: NetworkNode & { events: number }; best: number }>();
  for (const a of counts.actors) {
    const id = nodeId(a);
    const n = nodes.get(id);
    if (!n) { nodes.set(id, { node: { id, name: a.name, code: a.code, country: a.country, events: a.events }, best: a.events }); continue; }
    n.node.events += a.events;
    // spellings of one actor: the one written on most events names it
    if (a.events > n.best) { n.node = { ...n.node, name: a.name, code: a.code, country: a.country }; n.best = a.events; }
  }
  const edges = new Map<string, { source: string; target: string; events: number; sum: number; sample: { id: string; order: Order }[] }>();
  for (const p of counts.pairs) {
    const s = nodeId(p.source), t = nodeId(p.target);
    if (s === t) continue;
    const k = `${s}\u0000${t}`;
    let edge = edges.get(k);
    if (!edge) { edge = { source: s, target: t, events: 0, sum: 0, sample: [] }; edges.set(k, edge); }
    edge.events += p.events;
    edge.sum += p.goldstein_sum;
    edge.sample = [...edge.sample, ...p.sample].sort((x, y) => before(x.order, y.order)).slice(0, SAMPLE);
  }
  const connected = new Set<string>();
  for (const e of edges.values()) { connected.add(e.source); connected.add(e.target); }
  const kept = [...nodes.values()].map((n) => n.node).filter((n) => connected.has(n.id))
    .sort((a, b) => b.events - a.events || a.id.localeCompare(b.id)).slice(0, maxNodes);
  const keep = new Set(kept.map((n) => n.id));
  const out = [...edges.values()].filter((e) => keep.has(e.source) && keep.has(e.target))
    // heaviest first; ties in the order the edges first occur
    .sort((a, b) => b.events - a.events || before(a.sample[0]!.order, b.sample[0]!.order)
      || a.source.localeCompare(b.source) || a.target.localeCompare(b.target))
    .map((e): NetworkEdge => ({
      source: e.source, target: e.target, events: e.events, goldstein: Math.round((e.sum / e.events) * 100) / 100,
      sample: e.sample.map((x) => x.id),
    }));
  return { nodes: kept, edges: out };
}
