/**
 * Spherical k-means for the word clusters the entity tagger reads (scripts/build-clusters.ts): points are unit
 * vectors, similarity is the dot product, centres are re-normalised means. Seeded k-means++ start, a fixed number of
 * rounds (or until no point moves), so the same input gives the same clusters on every run.
 *
 * @example
 * const { assign } = kmeans(vectors, 4, { k: 2, rounds: 10, seed: 1 }); // vectors: Float32Array, n × 4, unit rows
 */
import { seededRandom } from "./random.ts";

export interface KmeansOptions {
  readonly k: number;
  readonly rounds: number;
  readonly seed: number;
  /** weight of each point (default 1): a centre is the weighted mean */
  readonly weights?: Float64Array;
  readonly progress?: (round: number, moved: number) => void;
}

export interface Clusters {
  /** cluster of each point */
  readonly assign: Uint32Array;
  /** k × dims unit centres */
  readonly centres: Float32Array;
}

function dot(a: Float32Array, ai: number, b: Float32Array, bi: number, dims: number): number {
  let s = 0;
  for (let d = 0; d < dims; d++) s += (a[ai + d] as number) * (b[bi + d] as number);
  return s;
}

function normaliseRow(v: Float32Array, at: number, dims: number): void {
  let s = 0;
  for (let d = 0; d < dims; d++) s += (v[at + d] as number) ** 2;
  const norm = Math.sqrt(s);
  if (norm > 0) for (let d = 0; d < dims; d++) v[at + d] = (v[at + d] as number) / norm;
}

/** k-means++ seeding on cosine distance 1 − dot. */
function seedCentres(points: Float32Array, n: number, dims: number, k: number, random: () => number): Float32Array {
  const centres = new Float32Array(k * dims);
  const dist = new Float64Array(n).fill(Infinity);
  let pick = Math.floor(random() * n);
  for (let c = 0; c < k; c++) {
    centres.set(points.subarray(pick * dims, pick * dims + dims), c * dims);
    let total = 0;
    for (let i = 0; i < n; i++) {
      const d = Math.max(0, 1 - dot(points, i * dims, centres, c * dims, dims));
      if (d < (dist[i] as number)) dist[i] = d;
      total += (dist[i] as number) ** 2;
    }
    let r = random() * total;
    pick = n - 1;
    for (let i = 0; i < n; i++) {
      r -= (dist[i] as number) ** 2;
      if (r <= 0) { pick = i; break; }
    }
  }
  return centres;
}

/** Clusters the `n = points.length / dims` unit rows of `points` into `opts.k` groups. */
export function kmeans(points: Float32Array, dims: number, opts: KmeansOptions): Clusters {
  const n = Math.floor(points.length / dims);
  if (n * dims !== points.length) throw new Error(`kmeans: ${points.length} values are not rows of ${dims}`);
  if (opts.k < 1 || opts.k > n) throw new Error(`kmeans: k ${opts.k} for ${n} points`);
  const { k } = opts;
  const centres = seedCentres(points, n, dims, k, seededRandom(opts.seed));
  const assign = new Uint32Array(n).fill(k);
  const sums = new Float64Array(k * dims);
  for (let round = 0; round < opts.rounds; round++) {
    let moved = 0;
    for (let i = 0; i < n; i++) {
      let best = 0, bestSim = -Infinity;
      for (let c = 0; c < k; c++) {
        const s = dot(points, i * dims, centres, c * dims, dims);
        if (s > bestSim) { bestSim = s; best = c; }
      }
      if (assign[i] !== best) { moved++; assign[i] = best; }
    }
    opts.progress?.(round + 1, moved);
    if (moved === 0) break;
    sums.fill(0);
    const mass = new Float64Array(k);
    for (let i = 0; i < n; i++) {
      const c = assign[i] as number, w = opts.weights?.[i] ?? 1;
      mass[c] = (mass[c] as number) + w;
      for (let d = 0; d < dims; d++) sums[c * dims + d] = (sums[c * dims + d] as number) + w * (points[i * dims + d] as number);
    }
    for (let c = 0; c < k; c++) {
      if ((mass[c] as number) === 0) continue; // an empty cluster keeps its centre
      for (let d = 0; d < dims; d++) centres[c * dims + d] = sums[c * dims + d] as number;
      normaliseRow(centres, c * dims, dims);
    }
  }
  return { assign, centres };
}

/** Unit rows of `rows` (a copy), for kmeans. */
export function unitRows(rows: Float32Array, dims: number): Float32Array {
  const out = rows.slice();
  for (let at = 0; at < out.length; at += dims) normaliseRow(out, at, dims);
  return out;
}
