/**
 * Issue 9 (coding speed): feature templates hashed in one loop (templates.ts) give exactly f1, f2 and f3 of
 * hash.ts, the functions the shipped weights are keyed by, for values over the whole unsigned 32-bit range.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { f1, f2, f3 } from "../../src/syntax/hash.ts";
import { seededRandom } from "../../src/syntax/random.ts";
import { hashTemplates, templates, type Template } from "../../src/syntax/templates.ts";

const CASES: readonly { name: string; list: readonly Template[] }[] = [
  { name: "one value each, template 0 over slot 0", list: [[0, 0], [1, 1], [55, 2]] },
  { name: "pairs", list: [[16, 1, 2], [19, 2, 1], [48, 3, 3]] },
  { name: "triples", list: [[20, 1, 2, 3], [71, 3, 2, 1], [145, 0, 4, 5]] },
  { name: "mixed arities in one program, large template numbers", list: [[100, 5], [170, 4, 3, 2], [169, 1, 0], [9999, 2]] },
];

const reference = (tpl: Template, v: Uint32Array): number => {
  const [t, a, b, c] = tpl;
  const x = (slot: number | undefined): number => v[slot as number] as number;
  return tpl.length === 2 ? f1(t, x(a)) : tpl.length === 3 ? f2(t, x(a), x(b)) : f3(t, x(a), x(b), x(c));
};

for (const c of CASES) {
  test(`templates: one loop hashes as f1/f2/f3 do (${c.name})`, () => {
    const random = seededRandom(c.list.length * 7919);
    const program = templates(c.list);
    const out = new Uint32Array(c.list.length + 2);
    for (let trial = 0; trial < 200; trial++) {
      const values = Uint32Array.from({ length: 6 }, (_, i) => (trial === 0 ? [0, 0xffffffff, 0x80000000, 1, 0x7fffffff, 2][i] as number : Math.floor(random() * 2 ** 32)));
      assert.equal(hashTemplates(program, values, out, 2), 2 + c.list.length);
      assert.deepEqual([...out.subarray(2)], c.list.map((tpl) => reference(tpl, values)), `trial ${trial}`);
    }
  });
}

test("templates: a value slot outside 0..65535 is refused when the templates are compiled", () => {
  assert.throws(() => templates([[3, 70000]]), /value slots/);
});
