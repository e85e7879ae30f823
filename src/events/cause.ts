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
import type { EventParts } from "./build.ts";

/** verbs that report harm done to people or things, coded by the force that did it */
export const HARM_VERBS = new Set(["kill", "wound", "injure", "hurt", "maim", "destroy", "damage", "level", "flatten"]);

/** verbs of aiming at something, which on an act of force ("shelling targeting the camp") name its target */
const AIM_VERBS = new Set(["target", "hit", "strike", "pound", "rock"]);

/** CAMEO roots of force (assault, fight, mass violence): the acts a harm can be the result of */
export const FORCE_ROOTS = /^(18|19|20)/;

const RELATIVE = new Set(["that", "which", "who"]);

/** the tokens that may name what did the harm, nearest first */
export function causesOf(tree: Tree, tokens: readonly Token[], verb: number): number[] {
  const own = ownCauses(tree, tokens, verb);
  // "were killed and wounded in the assault": conjoined harms share their cause, whichever of them it hangs on
  // (after the verb's own candidates, which may name no act)
  const up = tree.head(verb);
  const conjoined = [...tree.dependents(verb, "conj"), ...(tree.deprel(verb) === "conj" && up >= 0 ? [up] : [])];
  for (const c of conjoined) {
    if (!HARM_VERBS.has(tree.lemma(c))) continue;
    const shared = ownCauses(tree, tokens, c, tree.passive(verb) || tree.passive(c));
    if (shared.length) return [...own, ...shared];
  }
  return own;
}

function ownCauses(tree: Tree, tokens: readonly Token[], verb: number, voice = tree.passive(verb)): number[] {
  const kids = tree.children(verb);
  // "civilians wounded in the attack": a past participle modifying the people harmed, with no object, is passive
  const reduced = tree.deprel(verb) === "acl" && tree.xpos(verb) === "VBN" && !kids.some((k) => tree.rel(k) === "obj");
  if (voice || reduced) {
    // ("killed in regime and Russian bombing": the parse may conjoin the cause to a word before it)
    const obliques = kids.filter((k) => tree.rel(k) === "obl" && tree.dependents(k, "case").some((c) => tokens[c]!.lower === "in" || tokens[c]!.lower === "by"));
    return obliques.flatMap((k) => [k, ...tree.dependents(k, "conj")]);
  }
  const subject = kids.find((k) => tree.deprel(k) === "nsubj");
  const relative = tree.deprel(verb) === "acl:relcl" || tree.deprel(verb) === "acl";
  // "an offensive that killed…" / "strikes killing ten": the relative pronoun stands for the noun modified;
  // "shelled the town with mortars, killing ten": a participle with no subject of its own is the result of the
  // act it hangs from (or of the act whose object or means the modified noun is)
  const participle = subject === undefined && tree.xpos(verb) === "VBG";
  if (relative && (subject === undefined || RELATIVE.has(tokens[subject]!.lower))) {
    const noun = tree.head(verb);
    return participle ? [noun, ...governingAct(tree, noun)] : [noun];
  }
  if (participle && tree.rel(verb) === "advcl" && tree.head(verb) >= 0) return [tree.head(verb)];
  return subject === undefined ? [] : [subject];
}

/** the verb whose object or oblique holds `noun`, through at most two nouns of its phrase ("shelled the barracks with mortars") */
function governingAct(tree: Tree, noun: number): number[] {
  for (let k = noun, step = 0; step < 3 && k >= 0 && /^(obj|obl|nmod)$/.test(tree.rel(k)); step++) {
    const up = tree.head(k);
    if (up >= 0 && tree.upos(up) === "VERB") return [up];
    k = up;
  }
  return [];
}

/**
 * The tokens that name the people harmed in a sentence: the passive subject or the object of a verb of harm, and
 * the noun a passive participle of harm modifies ("civilians wounded in the raid").
 */
export function harmedIn(tree: Tree, start: number, end: number): Set<number> {
  const out = new Set<number>();
  for (let v = start; v < end; v++) {
    if (tree.upos(v) !== "VERB" || !HARM_VERBS.has(tree.lemma(v))) continue;
    for (const k of tree.dependents(v, "nsubj:pass", "obj")) out.add(k);
    if (tree.deprel(v) === "acl" && tree.xpos(v) === "VBN" && tree.head(v) >= 0) out.add(tree.head(v));
  }
  return out;
}

/**
 * For each trigger on a harm verb, the trigger of force that names its cause (both among `triggers`), as pairs
 * harm → cause.
 */
export function harmCauses(tree: Tree, tokens: readonly Token[], triggers: readonly Trigger[]): Map<Trigger, Trigger> {
  const pairs = new Map<Trigger, Trigger>();
  for (const harm of triggers) {
    // ("air strikes targeting the market": a participle of aiming on an act of force names that act's target)
    const aim = AIM_VERBS.has(tree.lemma(harm.head)) && /^acl/.test(tree.deprel(harm.head));
    if (tokens[harm.head]!.pos !== "VERB" || !(HARM_VERBS.has(tree.lemma(harm.head)) || aim) || !FORCE_ROOTS.test(harm.pattern.code)) continue;
    const cause = causesOf(tree, tokens, harm.head).map((c) => triggers.find((t) => t !== harm && FORCE_ROOTS.test(t.pattern.code) && c >= t.head && c < t.end)).find((t) => t);
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
 * state, its forces or an armed movement is force of the second kind (190); so is one whose doer is not named at
 * all ("five people were killed"), as PETRARCH codes KILL, in news of war. Only a harm by someone else — a
 * person, a group of civilians — stays unconventional violence.
 */
export function forceByActor(code: string, source: readonly { readonly kind: string; readonly code: string }[]): string {
  if (code !== "180") return code;
  if (!source.length) return "190";
  return source.every((m) => ARMED_KINDS.has(m.kind) || ARMED_AGENTS.test(m.code.slice(3)) || ARMED_AGENTS.test(m.code)) ? "190" : code;
}

/**
 * "aerial bombardment", "air attacks", "shelled from the air": force done from the air is air power (195), whatever
 * the word for it, as the codebook places "all uses of air power" there.
 */
export function fromTheAir(code: string, tree: Tree, tokens: readonly Token[], head: number): string {
  if (!/^19/.test(code) || code === "195") return code;
  const aerial = tree.children(head).some((k) => (/^(amod|compound)$/.test(tree.deprel(k)) && /^(aerial|air)$/.test(tree.lemma(k))) ||
    (tree.rel(k) === "obl" && tree.lemma(k) === "air" && tree.dependents(k, "case").some((c) => tokens[c]!.lower === "from")));
  return aerial ? "195" : code;
}

/** words of bombing, which CAMEO codes by who bombs */
const BOMBING = new Set(["bomb", "bombing", "bombed", "bombings"]);

/**
 * CAMEO's 183 is bombing "not by a military": a car bomb, a suicide attack. Bombing by a state, its government or
 * its forces is the use of air power (195), as the codebook places "all uses of air power" there.
 */
export function bombingByActor(code: string, lemma: string, source: readonly { readonly kind: string; readonly code: string }[]): string {
  if (code !== "183" || !BOMBING.has(lemma) || !source.length) return code;
  return source.every((m) => m.kind === "state" || m.kind === "government" || m.kind === "military" || /^[A-Z]{3}(MIL|GOV)?$/.test(m.code)) ? "195" : code;
}

/**
 * The chosen triggers with the cause of each chosen harm and the harm of each chosen cause (pairs from
 * `harmCauses`), wherever the filters put them: the two are one event (`mergeCauses`).
 */
export function withCauses(chosen: readonly Trigger[], pairs: ReadonlyMap<Trigger, Trigger>): Trigger[] {
  const out = [...chosen];
  for (const [harm, cause] of pairs) {
    if (out.includes(harm) && !out.includes(cause)) out.push(cause);
    else if (out.includes(cause) && !out.includes(harm)) out.push(harm);
  }
  return out.sort((a, b) => a.head - b.head);
}

/** the pairs whose harm and cause are both among `triggers` */
export function causesAmong(pairs: ReadonlyMap<Trigger, Trigger>, triggers: readonly Trigger[]): Map<Trigger, Trigger> {
  return new Map([...pairs].filter(([harm, cause]) => triggers.includes(harm) && triggers.includes(cause)));
}

/**
 * "Israeli air raids killed 20": the harm and the force that caused it are one event, coded as the force (its
 * means) with the harm's target where the force names none, and the force's source where it names one.
 */
export function mergeCauses(parts: readonly EventParts[], causes: ReadonlyMap<Trigger, Trigger>): EventParts[] {
  let out = [...parts];
  // (several harms of one cause — "killed and wounded in the shelling" — are one event too)
  const harmsOf = new Map<Trigger, Trigger[]>();
  for (const [harm, cause] of causes) harmsOf.set(cause, [...(harmsOf.get(cause) ?? []), harm]);
  for (const [cause, harms] of harmsOf) {
    const hs = out.filter((p) => harms.includes(p.trigger) && FORCE_ROOTS.test(p.code));
    if (!hs.length) continue;
    const cs = out.filter((p) => p.trigger === cause);
    const flags = new Set(cause.pattern.flags);
    flags.delete("weak");
    const ends = [cause, ...harms];
    const trigger: Trigger = { pattern: { ...cause.pattern, flags }, head: Math.min(...ends.map((t) => t.head)), end: Math.max(...ends.map((t) => t.end)) };
    const code = cs[0]?.code ?? cause.pattern.code;
    // (the people harmed are not the force's source, whatever a word-order reading guessed)
    const harmed = new Set(hs.flatMap((h) => h.target.map((m) => m.key)));
    const doers = (ps: readonly EventParts[]) => ps.map((p) => p.source.filter((m) => !harmed.has(m.key))).filter((s) => s.length);
    const forces = doers(cs);
    const sources = forces.length ? forces : doers(hs).length ? doers(hs) : [[]];
    const targets = hs.some((h) => h.target.length) ? hs.map((h) => h.target).filter((t) => t.length) : cs.map((c) => c.target);
    const first = out.indexOf(hs[0]!);
    const seen = new Set<string>();
    const joined: EventParts[] = [];
    for (const source of sources) for (const target of targets.length ? targets : [[]]) {
      const key = `${source.map((m) => m.key).join("+")}>${target.map((m) => m.key).join("+")}`;
      if (seen.has(key)) continue;
      seen.add(key);
      joined.push({ ...hs[0]!, trigger, code, source, target: target.filter((m) => !source.some((x) => x.key === m.key)) });
    }
    const kept = (p: EventParts) => !harms.includes(p.trigger) && p.trigger !== cause;
    const at = out.slice(0, first).filter(kept).length;
    out = out.filter(kept);
    out.splice(at, 0, ...joined);
  }
  return out;
}
