// The per-record time budget (CoderOptions.budgetMs): checked after reading and after each stage; a record past
// it comes back as a time_budget issue that names the record and the stage, and the coder goes on with the next.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createCoder, DEFAULT_BUDGET_MS } from "../../src/coder.ts";
import { STAGES } from "../../src/pipeline.ts";

const TEXT = "Egyptian mediators met Hamas leaders in Cairo on Sunday to discuss a truce in Gaza.";

/** a clock that moves `step` ms each time it is read */
const ticking = (step: number): (() => number) => {
  let now = 0;
  return () => (now += step);
};

/** the steps a record goes through, each followed by a budget check */
const STEPS = ["read", ...STAGES.map((s) => s.name)];

/** [budget ms, clock step ms]: the clock is read once at the start and once after each step */
const STOPS: [number, number][] = [[50, 100], [150, 100], [450, 100], [650, 100]];

test("a record past its budget is a time_budget issue naming the record and the stage it stopped after", async (t) => {
  for (const [budgetMs, step] of STOPS) {
    const stage = STEPS[Math.floor(budgetMs / step)] as string;
    await t.test(`${budgetMs} ms budget, ${step} ms a step: stops after ${stage}`, () => {
      const coder = createCoder({ budgetMs, clock: ticking(step) });
      const r = coder.code({ id: "slow-1", text: TEXT });
      assert.equal(r.ok, false);
      if (r.ok) return;
      assert.equal(r.error.code, "time_budget");
      assert.equal(r.error.path, stage);
      assert.match(r.error.message, /^record slow-1: stopped after stage "[\w-]+" at \d+ ms, over the \d+ ms budget for one record$/);
      assert.ok(r.error.message.includes(`"${stage}"`));
    });
  }
});

test("a budget the clock never passes codes the record", () => {
  const coder = createCoder({ budgetMs: 100 * (STEPS.length + 1), clock: ticking(100) });
  const r = coder.code({ id: "fits", text: TEXT });
  assert.ok(r.ok, r.ok ? "" : r.error.message);
});

test("with the real clock, a 1 ms budget stops a long record and leaves the coder usable", () => {
  const coder = createCoder({ budgetMs: 1 });
  const r = coder.code({ id: "long", text: Array.from({ length: 400 }, () => TEXT).join(" ") });
  assert.equal(r.ok ? "coded" : r.error.code, "time_budget");
  const roomy = createCoder({ budgetMs: Infinity, resources: coder.context });
  assert.ok(roomy.code({ id: "next", text: TEXT }).ok);
});

test("the default budget codes ordinary records", () => {
  assert.ok(DEFAULT_BUDGET_MS >= 10_000);
  const r = createCoder().code({ id: "a", text: TEXT });
  assert.ok(r.ok, r.ok ? "" : r.error.message);
});
