/** Spherical k-means (src/syntax/ner-kmeans.ts): finds well-separated groups, and the same seed gives the same clusters. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { kmeans, unitRows } from "../../src/syntax/ner-kmeans.ts";
import { seededRandom } from "../../src/syntax/random.ts";

/** `n` noisy points around each of three directions in 3-d */
function groups(n: number, seed: number): Float32Array {
  const r = seededRandom(seed);
  const axes = [[1, 0, 0], [0, 1, 0], [0, 0, 1]];
  const out = new Float32Array(3 * n * 3);
  axes.forEach((axis, g) => {
    for (let i = 0; i < n; i++) for (let d = 0; d < 3; d++) out[(g * n + i) * 3 + d] = (axis[d] as number) + 0.2 * (r() - 0.5);
  });
  return unitRows(out, 3);
}

const cases: [string, number, number][] = [["small groups", 5, 1], ["larger groups", 40, 7], ["another seed", 20, 99]];
for (const [name, n, seed] of cases) {
  test(`k-means: three separated groups of ${n} (${name}) come out as three clusters`, () => {
    const { assign } = kmeans(groups(n, seed), 3, { k: 3, rounds: 20, seed });
    for (let g = 0; g < 3; g++) {
      const ids = new Set(Array.from(assign.subarray(g * n, g * n + n)));
      assert.equal(ids.size, 1, `group ${g} split over ${[...ids].join(", ")}`);
    }
    assert.equal(new Set(assign).size, 3);
  });
}

test("k-means: the same seed gives the same assignment and centres", () => {
  const pts = groups(30, 3);
  const a = kmeans(pts, 3, { k: 5, rounds: 10, seed: 11 });
  const b = kmeans(pts, 3, { k: 5, rounds: 10, seed: 11 });
  assert.deepEqual(a.assign, b.assign);
  assert.deepEqual(a.centres, b.centres);
});

test("k-means: rows that are not a multiple of the dimensions are a bug", () => {
  assert.throws(() => kmeans(new Float32Array(7), 3, { k: 1, rounds: 1, seed: 1 }), /not rows of 3/);
});
