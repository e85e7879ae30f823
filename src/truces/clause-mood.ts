/**
 * What the clause around a status word makes of it, read from the dependency tree: "agreed" under "refused to",
 * "failed to" or "without" is a refusal; under "hoped to", "called for", "plans to" a proposal; negated ("did not
 * sign", "has not held") a refusal, or nothing for a word that is not an agreement; and a collapse whose subject is
 * the talks ("talks hosted by Qatar collapsed") is failed talks, not a collapsed truce.
 */
import type { Signal } from "./status-rules.ts";
import { agents, governor, head, lemma, negated, phrase, rel, tokenAt, type Tree } from "./tree.ts";

/** verbs that put what they govern out of reach: "refused to sign", "failed to agree", "left without signing" */
const REFUSING = new Set(["refuse", "decline", "fail", "reject", "without", "oppose", "resist", "boycott"]);
/** verbs that make what they govern a wish or a demand: "hoped to agree", "called on both sides to sign" */
const WISHING = new Set([
  "hope", "seek", "try", "aim", "want", "plan", "expect", "call", "urge", "push", "press", "propose", "demand", "ask",
  "encourage", "work", "strive", "attempt", "wish", "offer", "prepare", "intend",
]);
/** subjects whose collapse or breakdown is failed talks */
const TALKS = new Set(["talk", "talks", "negotiation", "negotiations", "meeting", "summit", "mediation", "effort", "process", "round"]);

/** verbs of which a truce noun is the thing agreed or the thing in force: "reached a truce", "the truce took effect" */
const AGREEING = new Set([
  "agree", "announce", "declare", "reach", "sign", "accept", "broker", "strike", "seal", "implement", "conclude",
  "approve", "endorse", "mediate", "negotiate", "extend", "renew", "observe", "respect", "honour", "honor", "hold",
  "begin", "start", "take", "come", "go", "enter", "enforce", "establish", "secure", "clinch", "finalize", "finalise",
  "welcome", "last", "remain", "continue", "expire", "violate", "breach",
]);

/** conjunctions that make a clause a condition: "would stop if a ceasefire was reached" */
const CONDITIONAL = new Set(["if", "unless", "provided", "whether"]);
/** what a refusal must be about to refuse the truce: "rejected the deal", not "rejects attempts at transfer" */
const AGREEMENT_NOUNS = new Set([
  "ceasefire", "cease-fire", "truce", "armistice", "deal", "agreement", "accord", "proposal", "plan", "offer", "terms",
  "document", "text", "framework", "pact", "initiative", "call", "demand", "talk", "talks", "negotiation", "resolution",
]);

/** The signal a status word gives once its clause is read, or null when the clause takes it back. */
export function moodOf(signal: Signal, at: number, tree: Tree | null): Signal | null {
  if (!tree) return signal;
  const i = tokenAt(tree, at);
  if (i < 0) return signal;
  if (signal === "collapsed") {
    if (agents(tree, i).some((a) => TALKS.has(lemma(tree, a)))) return "failed";
    return negated(tree, i) ? null : signal;
  }
  if (signal === "refused") return refusesSomethingElse(tree, i) ? null : signal;
  if (signal !== "declared" && signal !== "in_force") return signal;
  // a truce noun ("called for a truce") is read through the verb it belongs to
  const noun = tree.syntax.upos[i] === "NOUN";
  const v = noun && /^(?:obj|obl|nsubj)/.test(rel(tree, i)) ? head(tree, i) : i;
  if (v < tree.start) return signal;
  // a truce noun is a truce agreed only as what is agreed, signed, reached, or what holds or takes effect ("a
  // ceasefire means giving Hamas time" is not one)
  const agreedNoun = (v !== i && AGREEING.has(lemma(tree, v))) || tree.children(i).some((c) => /^acl/.test(rel(tree, c)) && AGREEING.has(lemma(tree, c)));
  if (noun && signal === "declared" && !agreedNoun && !WISHING.has(lemma(tree, v)) && !REFUSING.has(lemma(tree, v))) return null;
  const gov = v === i ? governor(tree, v) : lemma(tree, v);
  if (negated(tree, v) || (gov !== null && REFUSING.has(gov))) return signal === "declared" ? "refused" : null;
  if (gov !== null && WISHING.has(gov)) return "proposed";
  if (tree.children(v).some((c) => rel(tree, c) === "mark" && CONDITIONAL.has(tree.tokens[c]?.lower ?? ""))) {
    return signal === "declared" ? "proposed" : null;
  }
  return signal;
}

/** True when refusal verb `i` has an object and none of it is an agreement, a proposal or talks. */
function refusesSomethingElse(t: Tree, i: number): boolean {
  if (t.syntax.upos[i] !== "VERB" || !REJECTING.has(lemma(t, i))) return false;
  const objs = t.children(i).filter((c) => rel(t, c) === "obj" || rel(t, c) === "xcomp");
  if (objs.length === 0) return false;
  const aboutTruce = (o: number) => rel(t, o) === "xcomp" || t.syntax.upos[o] === "PRON"
    || phrase(t, o).some((k) => AGREEMENT_NOUNS.has(lemma(t, k)));
  return !objs.some(aboutTruce);
}

/** verbs of refusal whose object says what is refused */
const REJECTING = new Set(["reject", "refuse", "decline", "oppose", "dismiss", "rebuff", "resist", "boycott", "spurn"]);
