import type { Token } from "../doc.ts";
import type { Trigger } from "./triggers.ts";
import { isSubordinate } from "./clause.ts";

/**
 * A sentence's main events: triggers that are neither subordinate (clause.ts) nor nominal, when there are any;
 * otherwise all of them. Reporting verbs and weak patterns are filtered later.
 */
export function preferMain(triggers: readonly Trigger[], tokens: readonly Token[], sentenceStart: number): Trigger[] {
  const content = (t: Trigger) => !t.pattern.flags.has("say") && !t.pattern.flags.has("weak");
  const main = triggers.filter((t) => content(t) && !t.pattern.flags.has("noun") && !isSubordinate(tokens, t.head, sentenceStart));
  if (main.length) return triggers.filter((t) => !content(t) || main.includes(t));
  const verbal = triggers.filter((t) => content(t) && !t.pattern.flags.has("noun"));
  if (verbal.length) return triggers.filter((t) => !content(t) || verbal.includes(t));
  return [...triggers];
}

