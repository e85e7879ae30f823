/**
 * Issue 10 (parser speed): the weight table's lookups add exactly the weights of the plain model arrays, for every
 * layout (three classes or fewer inline; more classes with two weights in the slot and the rest spilled), for keys
 * that are absent, for a model that uses key 0 (the usual empty-slot key) and for dense tables with long probes;
 * and a large three-class table (the parser's layout of 8-byte slots) for every one of its keys.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { SparseModel } from "../../src/syntax/sparse-model.ts";
import { seededRandom } from "../../src/syntax/random.ts";

interface Case {
  readonly name: string;
  readonly classes: number;
  readonly features: number;
  /** most weights a feature gets */
  readonly maxWeights: number;
  /** keys forced into the model */
  readonly keys?: readonly number[];
}

const CASES: readonly Case[] = [
  { name: "three classes, inline, with key 0 in the model", classes: 3, features: 5000, maxWeights: 3, keys: [0, 1, 2] },
  { name: "two classes, inline", classes: 2, features: 3000, maxWeights: 2 },
  { name: "seven classes, one to seven weights a feature", classes: 7, features: 4000, maxWeights: 7 },
  { name: "107 classes (the tagger's), up to 40 weights a feature, key 0 in the model", classes: 107, features: 2000, maxWeights: 40, keys: [0] },
  { name: "51 classes, one weight each (nothing spilled)", classes: 51, features: 3000, maxWeights: 1 },
];

/** A model of random features and weights, and the same weights as a map for the reference sum. */
function randomModel(c: Case, random: () => number): { model: SparseModel; weights: Map<number, Map<number, number>> } {
  const weights = new Map<number, Map<number, number>>();
  const keys = [...(c.keys ?? [])];
  while (keys.length < c.features) keys.push(Math.floor(random() * 2 ** 32) >>> 0);
  const starts = [0], cls: number[] = [], vals: number[] = [];
  for (const key of keys) {
    const row = weights.get(key) ?? new Map<number, number>();
    const count = 1 + Math.floor(random() * c.maxWeights);
    const chosen = new Set<number>();
    while (chosen.size < count) chosen.add(Math.floor(random() * c.classes));
    for (const k of [...chosen].sort((a, b) => a - b)) {
      const w = Math.floor(random() * 65535) - 32767 || 1;
      cls.push(k);
      vals.push(w);
      if (!weights.has(key)) row.set(k, w);
    }
    if (!weights.has(key)) weights.set(key, row);
    starts.push(cls.length);
  }
  const labels = Array.from({ length: c.classes }, (_, i) => `c${i}`);
  const model = new SparseModel(labels, Uint32Array.from(keys), Uint32Array.from(starts), Uint16Array.from(cls), Int16Array.from(vals), 1);
  return { model, weights };
}

for (const c of CASES) {
  test(`weight table: lookups add the plain weights exactly (${c.name})`, () => {
    const random = seededRandom(c.features * 31 + c.classes);
    const { model, weights } = randomModel(c, random);
    const known = [...weights.keys()];
    const feats = new Uint32Array(60);
    const got = new Float64Array(c.classes);
    for (let trial = 0; trial < 300; trial++) {
      const n = 1 + Math.floor(random() * feats.length);
      const want = new Array<number>(c.classes).fill(0);
      for (let k = 0; k < n; k++) {
        // half known features, half (almost surely) absent ones
        feats[k] = random() < 0.5 ? (known[Math.floor(random() * known.length)] as number) : Math.floor(random() * 2 ** 32) >>> 0;
        for (const [cl, w] of weights.get(feats[k] as number) ?? []) want[cl] = (want[cl] as number) + w;
      }
      model.score(feats, n, got);
      assert.deepEqual([...got], want, `trial ${trial}`);
    }
  });
}

test("weight table: a large three-class table (8-byte slots, compact-table.ts) finds every key, also those placed far from home", () => {
  // 1.4 million features fill 2^21 slots to two thirds: some keys' first free slot is beyond the 30 steps a tag
  // can say, as with the parser's weights
  const c: Case = { name: "large", classes: 3, features: 1_400_000, maxWeights: 3, keys: [0, 1, 2] };
  const { model, weights } = randomModel(c, seededRandom(2024));
  const feats = new Uint32Array(1);
  const got = new Int32Array(3);
  let wrong = 0;
  for (const [key, row] of weights) {
    feats[0] = key;
    model.score(feats, 1, got);
    if (got[0] !== (row.get(0) ?? 0) || got[1] !== (row.get(1) ?? 0) || got[2] !== (row.get(2) ?? 0)) wrong++;
  }
  assert.equal(wrong, 0);
  const random = seededRandom(7);
  for (let trial = 0; trial < 1000; trial++) {
    feats[0] = Math.floor(random() * 2 ** 32) >>> 0;
    model.score(feats, 1, got);
    const row = weights.get(feats[0] as number);
    assert.deepEqual([...got], [row?.get(0) ?? 0, row?.get(1) ?? 0, row?.get(2) ?? 0]);
  }
});

test("weight table: a feature that is not in the model adds nothing, also when it is the empty-slot key", () => {
  const model = new SparseModel(["a", "b", "c"], Uint32Array.from([0, 7]), Uint32Array.from([0, 1, 3]), Uint16Array.from([0, 1, 2]), Int16Array.from([5, -3, 2]), 1);
  const got = new Float64Array(3);
  model.score(Uint32Array.from([1, 2, 3]), 3, got);
  assert.deepEqual([...got], [0, 0, 0]);
  model.score(Uint32Array.from([0, 7, 1, 0]), 4, got);
  assert.deepEqual([...got], [10, -3, 2]);
});

test("weight table: a model file whose class index is out of range is an error value, not a table with shifted weights", () => {
  const good = new SparseModel(["a", "b", "c"], Uint32Array.from([9]), Uint32Array.from([0, 1]), Uint16Array.from([2]), Int16Array.from([4]), 1);
  assert.ok(SparseModel.fromBytes(good.toBytes(), "good.bin").ok);
  const bytes = good.toBytes();
  // the one class index is the u16 after the header, the key (4 bytes) and the starts (8 bytes)
  const at = bytes.length - 4 - 4;
  assert.equal(bytes[at], 2);
  bytes[at] = 3;
  const read = SparseModel.fromBytes(bytes, "bad.bin");
  assert.equal(read.ok, false);
  if (!read.ok) assert.match(read.error.message, /bad\.bin: class index 3 out of range for 3 labels/);
});
