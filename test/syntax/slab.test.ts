/**
 * Issue 9 (coding speed): a slab hands out typed arrays that share one buffer without overlapping, each aligned
 * for its element type, zeroed, and refuses to hand out more than it holds.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { Slab } from "../../src/syntax/slab.ts";

type Kind = "int32" | "uint32" | "float64" | "uint8";
const WIDTH: Record<Kind, 1 | 4 | 8> = { int32: 4, uint32: 4, float64: 8, uint8: 1 };

const CASES: readonly { name: string; arrays: readonly [Kind, number][] }[] = [
  { name: "a parse state's nine arrays of 26 words", arrays: Array.from({ length: 9 }, () => ["int32", 27] as [Kind, number]) },
  { name: "odd byte lengths before a float64 array", arrays: [["uint8", 5], ["float64", 3], ["uint8", 13], ["int32", 1], ["float64", 2]] },
  { name: "empty arrays among others", arrays: [["uint32", 0], ["uint8", 0], ["int32", 4], ["float64", 0], ["uint8", 1]] },
];

for (const c of CASES) {
  test(`slab: arrays do not overlap, are aligned and zeroed (${c.name})`, () => {
    const slab = new Slab(c.arrays.reduce((s, [k, n]) => s + Slab.size(n, WIDTH[k]), 0));
    const got = c.arrays.map(([k, n]) => slab[k](n));
    got.forEach((a, i) => {
      assert.equal(a.length, (c.arrays[i] as [Kind, number])[1]);
      assert.equal(a.byteOffset % a.BYTES_PER_ELEMENT, 0);
      assert.ok(a.every((x) => x === 0));
      a.fill(i + 1);
    });
    got.forEach((a, i) => assert.ok(a.every((x) => x === i + 1), `array ${i} was overwritten`));
  });
}

test("slab: asking for more than it holds is an error that says how much", () => {
  const slab = new Slab(Slab.size(3, 4));
  slab.int32(3);
  assert.throws(() => slab.uint8(1), /slab: 24 bytes needed, 16 allocated/);
});
