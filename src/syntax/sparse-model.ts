/**
 * A frozen linear model over hashed features, as shipped in data/model/*.bin: for each feature, the classes it
 * votes for with 16-bit weights. Lookups go through the table of weight-table.ts, built when the model is loaded.
 *
 * File format (little-endian): "PRLYSPM1", u32 header length, a UTF-8 JSON header
 * `{labels, scale, features, entries}`, padding to 4 bytes, then keys u32[features], starts u32[features + 1],
 * classes u16[entries], weights i16[entries] (each array padded to 4 bytes).
 */
import type { Result } from "../types.ts";
import { WeightTable } from "./weight-table.ts";

const MAGIC = "PRLYSPM1";

export class SparseModel {
  readonly labels: readonly string[];
  readonly scale: number;
  private readonly keys: Uint32Array;
  private readonly starts: Uint32Array;
  private readonly cls: Uint16Array;
  private readonly vals: Int16Array;
  /** the lookup table (weight-table.ts), built when the model is made */
  private readonly table: WeightTable;

  constructor(labels: readonly string[], keys: Uint32Array, starts: Uint32Array, cls: Uint16Array, vals: Int16Array, scale: number) {
    if (starts.length !== keys.length + 1) throw new Error("sparse model: starts must have one more entry than keys");
    this.labels = labels;
    this.keys = keys;
    this.starts = starts;
    this.cls = cls;
    this.vals = vals;
    this.scale = scale;
    this.table = new WeightTable(labels.length, keys, starts, cls, vals);
  }

  get classes(): number {
    return this.labels.length;
  }

  get features(): number {
    return this.keys.length;
  }

  get entries(): number {
    return this.cls.length;
  }

  /** A zeroed buffer of one score per class (scores are integer sums: an Int32Array holds them exactly). */
  scoreBuffer(): Int32Array {
    return new Int32Array(this.labels.length);
  }

  /** Zeroes `out` and adds each class's weight over `feats[0..n)` (in quantized units: compare, don't read). */
  score(feats: Uint32Array, n: number, out: Float64Array | Int32Array): void {
    this.table.score(feats, n, out);
  }

  /** Adds each class's weight over `feats[0..n)` to `out`, without zeroing it first. */
  add(feats: Uint32Array, n: number, out: Float64Array | Int32Array): void {
    this.table.add(feats, n, out);
  }

  /**
   * The same model keeping only the `limit` features with the largest weights (by their largest absolute weight):
   * a smaller table is faster to look up, at some cost in accuracy that the training script measures on dev.
   */
  prunedTo(limit: number): SparseModel {
    if (limit >= this.keys.length) return this;
    const strength = new Float64Array(this.keys.length);
    for (let i = 0; i < this.keys.length; i++) {
      let m = 0;
      for (let j = this.starts[i] as number; j < (this.starts[i + 1] as number); j++) m = Math.max(m, Math.abs(this.vals[j] as number));
      strength[i] = m;
    }
    const order = Array.from(strength.keys()).sort((a, b) => (strength[b] as number) - (strength[a] as number) || a - b).slice(0, limit).sort((a, b) => a - b);
    const keys = new Uint32Array(order.length);
    const starts = new Uint32Array(order.length + 1);
    let entries = 0;
    for (const i of order) entries += (this.starts[i + 1] as number) - (this.starts[i] as number);
    const cls = new Uint16Array(entries);
    const vals = new Int16Array(entries);
    let at = 0;
    order.forEach((i, k) => {
      keys[k] = this.keys[i] as number;
      for (let j = this.starts[i] as number; j < (this.starts[i + 1] as number); j++) {
        cls[at] = this.cls[j] as number;
        vals[at] = this.vals[j] as number;
        at++;
      }
      starts[k + 1] = at;
    });
    return new SparseModel(this.labels, keys, starts, cls, vals, this.scale);
  }

  /** The model as the bytes of a .bin file. */
  toBytes(): Uint8Array {
    const header = new TextEncoder().encode(JSON.stringify({
      labels: this.labels, scale: this.scale, features: this.keys.length, entries: this.cls.length,
    }));
    const pad = (n: number): number => (n + 3) & ~3;
    const parts: Uint8Array[] = [];
    const head = new Uint8Array(pad(12 + header.length));
    head.set(new TextEncoder().encode(MAGIC), 0);
    new DataView(head.buffer).setUint32(8, header.length, true);
    head.set(header, 12);
    parts.push(head);
    for (const arr of [this.keys, this.starts, this.cls, this.vals]) {
      const bytes = new Uint8Array(arr.buffer, arr.byteOffset, arr.byteLength);
      const padded = new Uint8Array(pad(bytes.length));
      padded.set(bytes);
      parts.push(padded);
    }
    const total = parts.reduce((s, p) => s + p.length, 0);
    const out = new Uint8Array(total);
    let at = 0;
    for (const p of parts) {
      out.set(p, at);
      at += p.length;
    }
    return out;
  }

  /** Reads a model from the bytes of a .bin file; a file that is not one is an error value. */
  static fromBytes(bytes: Uint8Array, name = "model"): Result<SparseModel> {
    const bad = (why: string): Result<SparseModel> => ({ ok: false, error: { code: "model", message: `${name}: ${why}`, path: name } });
    if (bytes.length < 12 || new TextDecoder().decode(bytes.subarray(0, 8)) !== MAGIC) return bad("not a Parley model file");
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const hlen = view.getUint32(8, true);
    if (12 + hlen > bytes.length) return bad("truncated header");
    let header: { labels: string[]; scale: number; features: number; entries: number };
    try {
      header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + hlen))) as typeof header;
    } catch {
      return bad("unreadable header");
    }
    const pad = (n: number): number => (n + 3) & ~3;
    let at = pad(12 + hlen);
    const need = pad(header.features * 4) + pad((header.features + 1) * 4) + pad(header.entries * 2) * 2;
    if (at + need > bytes.length) return bad("truncated weights");
    // Copy into aligned buffers: the file's bytes need not be aligned in memory.
    const take = (len: number): ArrayBuffer => {
      const buf = new Uint8Array(bytes.subarray(at, at + len)).buffer; // a copy (Buffer#slice would share the pool)
      at += pad(len);
      return buf;
    };
    const keys = new Uint32Array(take(header.features * 4));
    const starts = new Uint32Array(take((header.features + 1) * 4));
    const cls = new Uint16Array(take(header.entries * 2));
    const vals = new Int16Array(take(header.entries * 2));
    // the lookup table places weights by class index: one out of range would land in a neighbouring slot
    for (const c of cls) if (c >= header.labels.length) return bad(`class index ${c} out of range for ${header.labels.length} labels`);
    return { ok: true, value: new SparseModel(header.labels, keys, starts, cls, vals, header.scale) };
  }
}
