/**
 * What the clause around a status word makes of it, read from the dependency tree: "agreed" under "refused to",
 * "failed to" or "without" is a refusal; under "hoped to", "called for", "plans to" a proposal; negated ("did not
 * sign", "has not held") a refusal, or nothing for a word that is not an agreement; and a collapse whose subject is
 * the talks ("talks hosted by Qatar collapsed") is failed talks, not a collapsed truce.
 */
import type { Signal } from "./status-rules.ts";
import { agents, governor, lemma, negated, tokenAt, type Tree } from "./tree.ts";

/** verbs that put what they govern out of reach: "refused to sign", "failed to agree", "left without signing" */
const REFUSING = new Set(["refuse", "decline", "fail", "reject", "without", "oppose", "resist", "boycott"]);
/** verbs that make what they govern a wish or a demand: "hoped to agree", "called on both sides to sign" */
const WISHING = new Set([
  "hope", "seek", "try", "aim", "want", "plan", "expect", "call", "urge", "push", "press", "propose", "demand", "ask",
  "encourage", "work", "strive", "attempt", "wish", "offer", "prepare", "intend",
]);
/** subjects whose collapse or breakdown is failed talks */
const TALKS = new Set(["talk", "talks", "negotiation", "negotiations", "meeting", "summit", "mediation", "effort", "process", "round"]);

/** The signal a status word gives once its clause is read, or null when the clause takes it back. */
export function moodOf(signal: Signal, at: number, tree: Tree | null): Signal | null {
  if (!tree) return signal;
  const i = tokenAt(tree, at);
  if (i < 0) return signal;
  if (signal === "collapsed") {
    if (agents(tree, i).some((a) => TALKS.has(lemma(tree, a)))) return "failed";
    return negated(tree, i) ? null : signal;
  }
  if (signal !== "declared" && signal !== "in_force") return signal;
  const gov = governor(tree, i);
  if (negated(tree, i) || (gov !== null && REFUSING.has(gov))) return signal === "declared" ? "refused" : null;
  if (gov !== null && WISHING.has(gov)) return "proposed";
  return signal;
}
