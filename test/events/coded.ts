// Test helper (not a test file): codes one sentence we wrote with the shipped coder, as the events tests read it.
import assert from "node:assert/strict";
import { createCoder } from "../../src/index.ts";
import type { CodedEvent } from "../../src/index.ts";

const coder = createCoder();

/** the events of one sentence, published on 2026-11-30 */
export function events(text: string): readonly CodedEvent[] {
  const r = coder.code({ id: "t", text, date: "2026-11-30" });
  assert.ok(r.ok, r.ok ? "" : r.error.message);
  return r.value.events;
}

/** "CODE SOURCE>TARGET", actors joined by "+" */
export const show = (e: CodedEvent): string => `${e.cameo} ${e.source.map((a) => a.code).join("+")}>${e.target.map((a) => a.code).join("+")}`;
