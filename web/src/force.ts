/** A small deterministic force layout (repulsion, springs on edges, pull to the centre) for the actor network. */

export interface LayoutNode { readonly id: string; x: number; y: number; vx: number; vy: number; readonly weight: number }

/** Runs `steps` iterations in a width×height box; nodes start on a circle, heaviest first, so the result is stable. */
export function layout(ids: readonly { id: string; weight: number }[], edges: readonly { source: string; target: string; events: number }[], width: number, height: number, steps = 400): Map<string, LayoutNode> {
  const cx = width / 2, cy = height / 2;
  const nodes = ids.map((n, i): LayoutNode => {
    const a = (2 * Math.PI * i) / Math.max(1, ids.length);
    const r = Math.min(width, height) * 0.35;
    return { id: n.id, weight: n.weight, x: cx + r * Math.cos(a), y: cy + r * Math.sin(a), vx: 0, vy: 0 };
  });
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const k = Math.sqrt((width * height) / Math.max(1, nodes.length)) * 0.55;
  for (let step = 0; step < steps; step++) {
    const t = 1 - step / steps;
    for (let i = 0; i < nodes.length; i++) {
      const a = nodes[i]!;
      for (let j = i + 1; j < nodes.length; j++) {
        const b = nodes[j]!;
        let dx = a.x - b.x, dy = a.y - b.y;
        let d2 = dx * dx + dy * dy;
        if (d2 < 0.01) { dx = 0.1 * (i - j); dy = 0.1; d2 = dx * dx + dy * dy; }
        const f = (k * k) / d2;
        a.vx += dx * f * 0.05; a.vy += dy * f * 0.05; b.vx -= dx * f * 0.05; b.vy -= dy * f * 0.05;
      }
    }
    for (const e of edges) {
      const a = byId.get(e.source), b = byId.get(e.target);
      if (!a || !b) continue;
      const dx = b.x - a.x, dy = b.y - a.y;
      const d = Math.sqrt(dx * dx + dy * dy) || 1;
      const f = ((d - k) / d) * 0.04 * Math.min(3, 1 + Math.log(e.events));
      a.vx += dx * f; a.vy += dy * f; b.vx -= dx * f; b.vy -= dy * f;
    }
    for (const n of nodes) {
      n.vx += (cx - n.x) * 0.02; n.vy += (cy - n.y) * 0.025;
      const v = Math.sqrt(n.vx * n.vx + n.vy * n.vy), cap = 30 * t + 1;
      if (v > cap) { n.vx *= cap / v; n.vy *= cap / v; }
      // keep room for the labels, which sit above the circles and run wider than them
      n.x = Math.min(width - 80, Math.max(80, n.x + n.vx));
      n.y = Math.min(height - 24, Math.max(36, n.y + n.vy));
      n.vx *= 0.6; n.vy *= 0.6;
    }
  }
  return byId;
}
