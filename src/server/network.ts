/** Who acts on whom: actor nodes and directed edges weighted by events, with the edges' mean Goldstein score. */
import type { ActorRef } from "../types.ts";
import type { StoredEvent } from "../store/types.ts";

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
  /** a few of the edge's stored event ids, for drilling down */
  readonly sample: readonly string[];
}

export interface Network {
  readonly nodes: readonly NetworkNode[];
  readonly edges: readonly NetworkEdge[];
}

const nodeId = (a: ActorRef): string => `${a.code}:${a.name.toLowerCase().replace(/\s+/g, " ").trim()}`;

/**
 * Negated events are left out. Only the `maxNodes` actors with most events are kept, with the edges among them.
 *
 * @example actorNetwork(await store.events({ country: "LBY" }), 60).edges
 */
export function actorNetwork(events: readonly StoredEvent[], maxNodes: number): Network {
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
