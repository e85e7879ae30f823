/**
 * "A noun alone is an event only when the sentence reports it happening": by the tree, an event noun ("clashes",
 * "the attack", "talks") happened when it is the subject of a predicate ("clashes erupted", "the attack killed
 * ten", "there were clashes"), the object of a verb that carries it out ("launched an attack", "held talks",
 * "signed a deal") or tells of it ("reported five air raids"), what a noun of measure is about ("a surge in
 * shelling"), what someone takes part in ("engaged in negotiations"), the setting of an act with its other side
 * named ("in his meeting with X"), or a headline's root; "criticised the deal" or "after the battle" report no new
 * event.
 */
import type { Token } from "../doc.ts";
import type { Tree } from "./tree.ts";
import { HARM_VERBS } from "./cause.ts";

/** verbs that carry out the event named by their object */
const LIGHT = new Set([
  "launch", "stage", "hold", "conduct", "carry", "mount", "sign", "reach", "wage", "begin", "start", "resume", "continue",
  "open", "make", "give", "issue", "impose", "announce", "declare", "agree", "conclude", "seal", "strike", "broker", "host",
  "organize", "organise", "lead", "fight", "fire", "unleash", "intensify", "escalate", "step", "renew", "have", "take", "do",
  "perform", "deliver", "send", "provide", "offer", "extend", "grant", "order", "call", "lodge", "file", "pass", "adopt", "approve",
  "present", "submit", "unveil", "table",
]);

/**
 * verbs that tell of an event as having happened without doing it ("monitors reported five air raids", "the UN
 * recorded 30 violations"): their object happened, and their subject is not its doer
 */
export const RECORDED = new Set(["report", "record", "document", "register", "log", "confirm", "witness"]);

/** verbs of taking part whose "in" phrase is the event taken part in ("engaged in negotiations", "took part in talks") */
const PARTAKE = new Set(["engage", "participate", "partake", "involve"]);

/**
 * "Qatar and Egypt engaged in negotiations", "took part in the talks", "were involved in clashes": the event noun
 * is the "in" phrase of a verb of taking part, and the verb's subject takes part in it.
 */
function takenPartIn(tree: Tree, tokens: readonly Token[], h: number): boolean {
  const up = tree.head(h);
  if (up < 0 || tree.rel(h) !== "obl") return false;
  const cases = tree.dependents(h, "case").map((c) => tokens[c]!.lower);
  // "joined the Iranian minister for talks", "joined the rebels in talks": the one joined is the other side
  if (tree.lemma(up) === "join" && (cases.includes("for") || cases.includes("in"))) return true;
  if (!cases.includes("in")) return false;
  return PARTAKE.has(tree.lemma(up)) || takesPart(tree, tokens, up);
}

/** prepositions of the setting an act took place in */
const SETTING = new Set(["in", "at", "during", "after"]);

/**
 * "affirmed in his meeting with Ashkenazi", "said after talks with the rebels": an event noun of the setting, with
 * its other side named ("with X") or its own holder ("his meeting"), happened, and the verb's subject was in it.
 */
function heldAsSetting(tree: Tree, tokens: readonly Token[], h: number): boolean {
  const up = tree.head(h);
  if (up < 0 || tree.rel(h) !== "obl" || tree.upos(up) !== "VERB" || !tree.dependents(h, "case").some((c) => SETTING.has(tokens[c]!.lower))) return false;
  const withSide = tree.dependents(h, "nmod").some((k) => tree.dependents(k, "case").some((c) => tokens[c]!.lower === "with"));
  const holder = tree.dependents(h, "nmod:poss").some((k) => tree.upos(k) === "PRON");
  return withSide || holder;
}

/**
 * An event noun the subject of its verb was in: one taken part in, or the setting of the act with its other side
 * or holder named. It happened, it is no background, and it takes the verb's subject as its side.
 */
export function joinedIn(tree: Tree, tokens: readonly Token[], h: number): boolean {
  return takenPartIn(tree, tokens, h) || heldAsSetting(tree, tokens, h);
}

/** "took part in the talks": the verb of the idiom is no taking (no seizure of "part" of a town), only its "in" phrase is an event */
export function takesPart(tree: Tree, tokens: readonly Token[], verb: number): boolean {
  return tree.lemma(verb) === "take" && tree.dependents(verb, "obj").some((o) => tree.lemma(o) === "part" && !tree.dependents(o, "det", "amod", "nmod").length) &&
    tree.dependents(verb, "obl").some((k) => tree.dependents(k, "case").some((c) => tokens[c]!.lower === "in"));
}

/** nouns of how much or how often an event happened: "a round of talks", "a surge in attacks", "a night of shelling" */
const MEASURE = new Set([
  "round", "wave", "series", "spate", "day", "night", "week", "outbreak", "resumption", "escalation",
  "increase", "rise", "surge", "upsurge", "uptick", "spike", "intensification", "renewal",
]);

/** verbs of harm whose cause ("in the shelling", "by an airstrike") is itself an event */
const HARM = new Set([...HARM_VERBS, "die", "displace"]);

/**
 * The verb at `v` is one of `verbs`, by its lemma or, where the lemmatizer cut a past form wrongly ("staged" →
 * "stag"), by the form less its "-d" or "-ed".
 */
function verbIn(verbs: ReadonlySet<string>, tree: Tree, tokens: readonly Token[], v: number): boolean {
  if (verbs.has(tree.lemma(v))) return true;
  const form = tokens[v]!.lower;
  return form.endsWith("ed") && (verbs.has(form.slice(0, -1)) || verbs.has(form.slice(0, -2)));
}

export function happened(tree: Tree, h: number, tokens: readonly Token[]): boolean {
  const rel = tree.deprel(h);
  const up = tree.head(h);
  // "air raids", "car bombing", "a joint exercise": a pattern begun on a modifier happened as its head noun did
  if ((rel === "compound" || rel === "amod") && up > h) return happened(tree, up, tokens);
  // "an offensive that killed 250", "strikes killing ten": what a harm is told of happened
  if (tree.dependents(h, "acl", "acl:relcl").some((k) => HARM_VERBS.has(tree.lemma(k)) && tree.upos(k) === "VERB")) return true;
  if (up < 0) return true;
  // ("the deal is essential", "a ceasefire is possible": what an adjective with its copula says of the noun is a
  // judgement of it, not its happening)
  if (rel === "nsubj" && tree.upos(up) === "ADJ" && tree.dependents(up, "cop").length) return false;
  // the passive subject of a verb that carries it out or tells of it, as the object of one: "a truce was declared",
  // "the talks were held", "the raids were reported" (not "the deal was strained by strikes", "the talks were
  // postponed": what is done to an event already there)
  if (rel === "nsubj:pass") return verbIn(LIGHT, tree, tokens, up) || verbIn(RECORDED, tree, tokens, up);
  if (rel === "nsubj" || rel === "csubj") return true;
  // "there has been an uptick in…", whichever of subject or object the parse made the noun after "be"
  if (rel === "obj" && tree.lemma(up) === "be" && tree.dependents(up, "expl").length) return true;
  if (rel === "obj" || rel === "nsubj:outer") return LIGHT.has(tree.lemma(up)) || (rel === "obj" && RECORDED.has(tree.lemma(up)));
  if (joinedIn(tree, tokens, h)) return true;
  // "killed in Israeli shelling", "wounded by an airstrike": the cause of a harm happened
  if ((rel === "obl" || rel === "nmod") && HARM.has(tree.lemma(up))) return true;
  // conjoined nouns happen as their first conjunct does ("clashes and shelling erupted")
  if (rel === "conj") return happened(tree, up, tokens);
  // "a fresh round of talks", "an uptick in bombardment": the noun the phrase is about happened as the phrase did
  if (rel === "nmod" && tree.dependents(h, "case").length && MEASURE.has(tree.lemma(up))) return happened(tree, up, tokens);
  return false;
}

/** "occupied East Jerusalem", "the besieged town": a participle modifying the noun after it, used as an adjective */
export function adjectival(tree: Tree, tokens: readonly Token[], h: number): boolean {
  // ("has denied charges", "had distributed supplies": right after a perfect auxiliary the participle is the verb,
  // whatever the parse made of it)
  if (h > 0 && tree.upos(h - 1) === "AUX" && tree.lemma(h - 1) === "have" && tree.xpos(h) === "VBN") return false;
  return tree.deprel(h) === "amod" && tree.head(h) > h && /(ed|en)$/.test(tokens[h]!.lower);
}
