/**
 * "Israeli air raids killed 20", "an offensive that killed 250", "were killed in Israeli tank shelling": a verb of
 * harm whose cause is itself an act of force names one event, not two — the act the cause names (CAMEO codes
 * force by its means: 195 aerial, 194 artillery, 183 bombing …) done to the people harmed. By the tree, the cause
 * is the harm verb's subject (or, under a relative clause, the noun the clause modifies) or, in the passive, its
 * "in"/"by" oblique.
 */
import type { Token } from "../doc.ts";
import type { Tree } from "./tree.ts";
import type { Trigger } from "./triggers.ts";

/** verbs that report harm done to people or things, coded by the force that did it */
export const HARM_VERBS = new Set(["kill", "wound", "injure", "hurt", "maim", "destroy", "damage", "level", "flatten"]);

/** CAMEO roots of force (assault, fight, mass violence): the acts a harm can be the result of */
const FORCE = /^(18|19|20)/;

const RELATIVE = new Set(["that", "which", "who"]);

/** the token that names what did the harm, or -1 */
export function causeOf(tree: Tree, tokens: readonly Token[], verb: number): number {
  const kids = tree.children(verb);
  if (tree.passive(verb)) {
    for (const k of kids) {
      if (tree.rel(k) !== "obl") continue;
      const mark = tree.dependents(k, "case").map((c) => tokens[c]!.lower);
      if (mark.includes("in") || mark.includes("by")) return k;
    }
    return -1;
  }
  const subject = kids.find((k) => tree.deprel(k) === "nsubj");
  const relative = tree.deprel(verb) === "acl:relcl" || tree.deprel(verb) === "acl";
  // "an offensive that killed…" / "strikes killing ten": the relative pronoun stands for the noun modified
  if (relative && (subject === undefined || RELATIVE.has(tokens[subject]!.lower))) return tree.head(verb);
  return subject ?? -1;
}

/**
 * For each trigger on a harm verb, the trigger of force that names its cause (both among `triggers`), as pairs
 * harm → cause.
 */
export function harmCauses(tree: Tree, tokens: readonly Token[], triggers: readonly Trigger[]): Map<Trigger, Trigger> {
  const pairs = new Map<Trigger, Trigger>();
  for (const harm of triggers) {
    if (tokens[harm.head]!.pos !== "VERB" || !HARM_VERBS.has(tree.lemma(harm.head)) || !FORCE.test(harm.pattern.code)) continue;
    const c = causeOf(tree, tokens, harm.head);
    if (c < 0) continue;
    const cause = triggers.find((t) => t !== harm && FORCE.test(t.pattern.code) && c >= t.head && c < t.end);
    if (cause) pairs.set(harm, cause);
  }
  return pairs;
}

/** actors that use force as organised, armed bodies: states and their forces, armed movements */
const ARMED_KINDS = new Set(["state", "military", "rebel"]);
const ARMED_AGENTS = /^(?:[A-Z]{3})?(?:MIL|COP|REB|INS|SPY|UAF)/;

/**
 * CAMEO's root 18 is unconventional violence, by individuals and small groups; root 19 is conventional force,
 * used by organised armed actors. A harm whose means the sentence does not name ("killed", coded 180) done by a
 * state, its forces or an armed movement is force of the second kind (190).
 */
export function forceByActor(code: string, source: readonly { readonly kind: string; readonly code: string }[]): string {
  if (code !== "180" || !source.length) return code;
  return source.every((m) => ARMED_KINDS.has(m.kind) || ARMED_AGENTS.test(m.code.slice(3)) || ARMED_AGENTS.test(m.code)) ? "190" : code;
}
