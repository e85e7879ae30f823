/**
 * "Egypt brokered the truce", "Qatar mediated a deal between them": CAMEO codes the third party's act as
 * mediation (045, as PETRARCH codes BROKER * CEASEFIRE); the agreement is the parties' and no event of the
 * mediator's. A noun trigger that is the object of a mediation trigger in the tree gives way to it (its parties,
 * "between X and Y", are found by the mediation's roles).
 */
import type { Tree } from "./tree.ts";
import type { Trigger } from "./triggers.ts";

const MEDIATION = /^045/;

export function foldMediated(chosen: readonly Trigger[], found: readonly Trigger[], tree: Tree): Trigger[] {
  const mediations = found.filter((t) => MEDIATION.test(t.pattern.code));
  if (!mediations.length) return [...chosen];
  const objectOf = (m: Trigger, t: Trigger) => m !== t && tree.head(t.head) >= m.head && tree.head(t.head) < m.end && tree.rel(t.head) === "obj";
  const out = chosen.filter((t) => !mediations.some((m) => objectOf(m, t)));
  // the mediation stands for the noun it took the place of, wherever the sentence filters had put it
  for (const m of mediations) if (!out.includes(m) && chosen.some((t) => objectOf(m, t))) out.push(m);
  return out.sort((a, b) => a.head - b.head);
}
