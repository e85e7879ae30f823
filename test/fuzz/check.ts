/** The property every fuzzed call must hold: it returns a value (never throws) within a time bound. */
import assert from "node:assert/strict";
import { ISSUE_CODES } from "./nasty.ts";

type Outcome = { readonly ok: true } | { readonly ok: false; readonly error: { readonly code: string; readonly message: string } };

/** Seconds any one fuzzed input may take here; only a hang or super-linear blow-up comes near it. */
export const MAX_SECONDS = 20;

/** Calls `fn` and checks the answer is a value: ok, or a known issue with a one-line message; returns seconds. */
export function answersWithValue(what: string, fn: () => Outcome, codes: ReadonlySet<string> = ISSUE_CODES): number {
  const started = performance.now();
  const r = fn();
  const seconds = (performance.now() - started) / 1000;
  assert.ok(r !== null && typeof r === "object" && typeof r.ok === "boolean", `${what}: no result value`);
  if (!r.ok) {
    assert.ok(codes.has(r.error.code), `${what}: unknown issue code ${r.error.code}: ${r.error.message}`);
    assert.ok(r.error.message.length > 0 && !r.error.message.includes("\n"), `${what}: the message must be one non-empty line`);
  }
  assert.ok(seconds < MAX_SECONDS, `${what}: took ${seconds.toFixed(1)} s`);
  return seconds;
}
