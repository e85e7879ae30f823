import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { LEFT, ParseState, RIGHT, SHIFT, moveCost } from "../../src/syntax/arc-hybrid.ts";
import { loadTreebank, treebankPath } from "../../src/syntax/treebank.ts";

/** True when no two arcs of the tree cross (and no arc crosses the root's). */
function projective(heads: readonly number[]): boolean {
  const arcs = heads.map((h, i) => [Math.min(h, i + 1), Math.max(h, i + 1)] as const);
  for (const [a, b] of arcs) for (const [c, d] of arcs) if (a < c && c < b && b < d) return false;
  return true;
}

/** Follows zero-cost moves from the start (SHIFT, then LEFT, then RIGHT first) and returns the heads it builds. */
function followOracle(heads: readonly number[]): number[] {
  const gold = Int32Array.from([0, ...heads]);
  const st = new ParseState(heads.length);
  let steps = 0;
  while (!st.terminal) {
    const move = [LEFT, RIGHT, SHIFT].find((m) => st.canApply(m) && moveCost(st, gold, m) === 0);
    assert.notEqual(move, undefined, "some move must cost nothing on a projective tree");
    st.apply(move as number);
    assert.ok(++steps <= 2 * heads.length, "arc-hybrid needs exactly 2n moves");
  }
  return Array.from(st.heads.slice(1));
}

// Trees we wrote: a relative clause, a coordination, a root in the middle, a one-word sentence.
const TREES: readonly (readonly number[])[] = [
  [2, 0, 2, 5, 3, 2],
  [3, 3, 0, 5, 3, 5, 3],
  [0],
  [4, 1, 4, 0, 6, 4, 4],
];

test("the dynamic oracle reproduces hand-written projective trees exactly", () => {
  for (const heads of TREES) {
    assert.ok(projective(heads));
    assert.deepEqual(followOracle(heads), heads);
  }
});

test("the dynamic oracle reproduces every projective gold tree of a treebank sample exactly", (t) => {
  const path = treebankPath("en_ewt", "dev");
  if (!path.ok || !existsSync(path.value)) return t.skip(`../shared/treebanks not found: ${path.ok ? path.value : path.error.message}`);
  const r = loadTreebank("en_ewt", "dev");
  assert.ok(r.ok);
  const sample = r.value.filter((_, i) => i % 4 === 0);
  let checked = 0;
  for (const s of sample) {
    const heads = s.words.map((w) => w.head);
    if (!projective(heads)) continue;
    assert.deepEqual(followOracle(heads), heads, s.id);
    checked++;
  }
  assert.ok(checked > 400, `only ${checked} projective trees checked`);
});

test("a move that loses a gold arc costs something", () => {
  // "Rebels seized Kidal": heads 2 0 2. After SHIFT "Rebels", RIGHT is not allowed (root needs an empty buffer),
  // and shifting "seized" over "Rebels" loses both seized → Rebels and root → seized ("Rebels" would sit between).
  const gold = Int32Array.from([0, 2, 0, 2]);
  const st = new ParseState(3);
  st.apply(SHIFT);
  assert.equal(st.canApply(RIGHT), false);
  assert.equal(moveCost(st, gold, SHIFT), 2);
  assert.equal(moveCost(st, gold, LEFT), 0);
});

