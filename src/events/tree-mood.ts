/**
 * Negation and modality of a predicate read from the tree, so that each scopes over what it governs: "did not
 * sign" (a negation on the verb), "refused to sign" / "failed to reach" (the act is under a refusal), "will",
 * "plans to", "agreed to" (intended), "could", "if" (hypothetical), "threatened to" (a threat), "called on X to",
 * "urged", "X said Y must" (requested), "reportedly", "according to" (reported), and a question.
 */
import type { Token } from "../doc.ts";
import type { Modality } from "../types.ts";
import type { Mood } from "./modality.ts";
import type { VerbPattern } from "./pattern.ts";
import { REPORTING, type Tree } from "./tree.ts";

const NEGATORS = new Set(["not", "n't", "never", "no", "neither", "nor"]);
/** of those, the verbs of refusal proper (not failure or stopping): "refused to sign", "declined to meet" */
const REFUSING = new Set(["refuse", "decline", "reject", "resist", "balk", "oppose"]);
const REFUSE = new Set(["refuse", "decline", "fail", "reject", "avoid", "deny", "stop", "cease", "halt", "abandon", "resist", "balk", "oppose"]);
const INTEND = new Set(["plan", "intend", "pledge", "vow", "promise", "agree", "want", "seek", "aim", "prepare", "expect", "offer", "commit", "set", "due", "ready", "willing", "go"]);
const THREATEN = new Set(["threaten", "vow", "warn"]);
const REQUEST = new Set(["urge", "call", "ask", "demand", "appeal", "press", "request", "beg", "implore", "invite", "encourage", "push", "order", "instruct", "tell"]);
const WILL = new Set(["will", "shall", "would", "'ll", "wo", "going"]);
const MAYBE = new Set(["could", "might", "may", "can", "ca"]);
const MUST = new Set(["must", "should", "ought"]);
/** the modals of advice: what one should do is asked for (CAMEO 02, appeal), what one must do demanded (10) */
const SHOULD = new Set(["should", "ought"]);
const HEARSAY = new Set(["reportedly", "allegedly", "purportedly", "apparently", "supposedly"]);

/** the clauses a predicate's mood can come from: itself and the verbs it is an open complement or conjunct of */
function chain(tree: Tree, h: number): number[] {
  const out = [h];
  for (let k = h, guard = 0; guard < 6; guard++) {
    const rel = tree.deprel(k);
    const up = tree.head(k);
    if (up < 0 || !(rel === "xcomp" || rel === "conj" || rel === "ccomp" || rel === "advcl" || rel === "acl")) break;
    out.push(up);
    k = up;
  }
  return out;
}

export function treeMood(tree: Tree, tokens: readonly Token[], h0: number, p: VerbPattern, sentenceEnd: number): Mood {
  // "the talks will resume", "clashes could erupt", "the truce did not hold": an event noun that is a predicate's
  // subject has that predicate's mood
  const pred = tree.head(h0);
  const h = tree.upos(h0) === "NOUN" && /^nsubj/.test(tree.deprel(h0)) && pred >= 0 && tree.upos(pred) === "VERB" ? pred : h0;
  const root = p.code.slice(0, 2);
  let modality: Modality = p.flags.has("request") || root === "02" || root === "10" ? "requested"
    : p.flags.has("intent") || root === "03" ? "intended"
    : p.flags.has("hypo") || root === "13" ? "hypothetical" : "asserted";
  const own = new Set(p.heads);
  const negatedByPattern = [...(p.before ?? []), ...p.elements].some((e) => e.kind === "word" && [...e.words].some((w) => NEGATORS.has(w)));
  const lower = (k: number) => tokens[k]?.lower ?? "";
  const set = (m: Modality) => { if (modality === "asserted") modality = m; };
  let negated = false;
  let threatened = false;
  let must = false;
  let should = false;
  // a refusal, not a mere negation: a verb of refusal above the act, or the act's own "will not"
  let refused = false;
  let willOwn = false;
  let negatedOwn = false;

  // the predicate's own words: its negation, auxiliaries and adverbs
  const local = (v: number) => tree.children(v).filter((k) => ["advmod", "aux", "aux:pass", "mark", "det", "cc:preconj", "discourse"].includes(tree.deprel(k)) || tree.rel(k) === "advmod");
  for (const k of local(h)) {
    const w = lower(k);
    if (NEGATORS.has(w) && !negatedByPattern && tree.deprel(k) !== "mark") negated = negatedOwn = true;
    if (w === "without" && tree.deprel(k) === "mark") negated = true;
    if (WILL.has(w) && w !== "going") willOwn = true;
    if (WILL.has(w)) set("intended");
    else if (MAYBE.has(w) || w === "if" || w === "unless") set("hypothetical");
    else if (MUST.has(w) && tree.deprel(k) === "aux") {
      set("requested");
      must = true;
      should ||= SHOULD.has(w);
    }
    else if (HEARSAY.has(w)) set("reported");
  }
  // "prisoners were to be released", "the captives to be released on Monday": an act planned ("be to" with an
  // infinitive, or a passive infinitive modifying a noun) is intended, not done
  const to = local(h).some((k) => lower(k) === "to" && tree.deprel(k) === "mark");
  const be = (rel: string) => tree.dependents(h, rel).some((k) => tree.lemma(k) === "be");
  // (the parse may call the "be" of "is to release" a copula)
  if (to && ((tree.deprel(h) === "acl" && be("aux:pass")) || be("aux") || (be("cop") && tree.upos(h) === "VERB"))) set("intended");
  // "no talks were held", "held no talks": a negative determiner on the subject or object
  for (const k of tree.dependents(h, "nsubj", "nsubj:pass", "obj")) if (tree.dependents(k, "det").some((d) => lower(d) === "no")) negated = true;

  // the verbs above it: "refused to sign", "agreed to withdraw", "threatened to strike", "urged X to stop"
  const up = chain(tree, h);
  for (let i = 1; i < up.length; i++) {
    const below = up[i - 1]!;
    const v = up[i]!;
    const rel = tree.deprel(below);
    const lemma = tree.lemma(v);
    if (own.has(lemma) || own.has(lower(v))) continue;
    const infinitive = rel === "advcl" && tree.dependents(below, "mark").some((m) => lower(m) === "to");
    if (rel === "xcomp" || infinitive || rel === "ccomp" && !REPORTING.has(lemma)) {
      if (REFUSE.has(lemma)) negated = true;
      if (REFUSING.has(lemma) && rel === "xcomp") refused = true;
      if (THREATEN.has(lemma) && rel === "xcomp") threatened = true;
      if (REQUEST.has(lemma)) set("requested");
      else if (INTEND.has(lemma)) set("intended");
      // the mood of the governing clause carries down ("did not agree to withdraw")
      for (const k of local(v)) {
        const w = lower(k);
        if (NEGATORS.has(w) && tree.deprel(k) !== "mark") negated = true;
        else if (WILL.has(w)) set("intended");
        else if (MAYBE.has(w)) set("hypothetical");
      }
    } else if (rel === "advcl" && tree.dependents(below, "mark").some((m) => lower(m) === "if" || lower(m) === "unless")) {
      set("hypothetical");
    }
    if (rel === "conj" || rel === "acl") continue;
    if (rel === "ccomp" && REPORTING.has(lemma)) break;
  }
  // "according to X", "reportedly": hearsay on the clause or the sentence's root
  const top = up.at(-1)!;
  for (const k of tree.dependents(top, "obl", "advmod")) {
    if (lower(k) === "according" || tree.dependents(k, "case").some((c) => lower(c) === "according")) set("reported");
    if (HEARSAY.has(lower(k))) set("reported");
  }
  // a question: the sentence's root ends in "?"
  if (tokens[sentenceEnd - 1]?.text === "?" && (tree.head(h) < 0 || up.at(-1) === h || tree.head(up.at(-1)!) < 0)) set("hypothetical");
  // "…said that Y must withdraw": an obligation reported by someone is their demand
  const reported = tree.deprel(h) === "ccomp" && REPORTING.has(tree.lemma(tree.head(h)));
  // "would have condemned", "could have prevented": a modal with the perfect tells what did not happen
  // (and so does what hangs from such a verb: "would have condemned the attack while calling for a pause")
  const wouldHave = (v: number) => {
    const aux = local(v);
    return tree.xpos(v) === "VBN" && aux.some((k) => WILL.has(lower(k)) || MAYBE.has(lower(k))) && aux.some((k) => tree.lemma(k) === "have" && tree.deprel(k) === "aux");
  };
  let counterfactual = wouldHave(h);
  for (let i = 1; i < up.length && !counterfactual; i++) {
    const rel = tree.deprel(up[i - 1]!);
    if (rel === "ccomp" && REPORTING.has(tree.lemma(up[i]!))) break;
    counterfactual = wouldHave(up[i]!);
  }
  return { negated, modality, threatened, obliged: must && reported && !negated, advised: should, refused: refused || (negatedOwn && willOwn), counterfactual };
}
