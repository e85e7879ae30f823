/**
 * Who did it and to whom, read from the dependency tree: the subject of the predicate (or the "by" agent of a
 * passive), its object or a targeted oblique ("with", "against", "on", "to"), a subject shared along conjoined
 * verbs and open complements ("agreed to withdraw": the rebels withdraw), the noun a participle or relative clause
 * modifies, and the speaker of reported speech when the reported clause names no subject.
 */
import type { Token } from "../doc.ts";
import type { Group } from "./groups.ts";
import type { Roles } from "./roles.ts";
import { REPORTING, type Tree } from "./tree.ts";
import { joinedIn, RECORDED } from "./happening.ts";
import type { Trigger } from "./triggers.ts";

/** prepositions that introduce the one acted on, in order of preference */
const TARGET_CASES = ["against", "on", "with", "at", "to", "toward", "towards", "into", "upon", "for", "from", "over", "of"];
/** relations inside a noun phrase through which an actor named in it stands for the phrase ("the leader of Hamas") */
const NP_INNER = new Set(["compound", "amod", "appos", "flat", "nmod:poss", "nmod:desc", "conj"]);
/** a modifying phrase names whose the noun is with these ("officers of the army", "an attack by rebels"), not "on"/"in" */
const NP_OWNER_CASES = new Set(["of", "from", "by"]);
/** verbs whose clausal complement's subject, when it has none, is the speaker: reporting, and denying, verbs */
const SPEAKING = new Set([...REPORTING, "deny"]);
/** verbs whose open complement's subject is their object: "urged the army to stop" (the army stops) */
const OBJECT_CONTROL = new Set(["urge", "ask", "call", "order", "force", "press", "tell", "persuade", "invite", "allow", "request", "encourage", "warn", "compel", "instruct", "authorize", "authorise", "permit", "push", "appeal"]);

export interface TreeContext {
  readonly tree: Tree;
  readonly tokens: readonly Token[];
  readonly groups: readonly Group[];
  readonly sentenceStart: number;
  readonly sentenceEnd: number;
}

/** The group that contains a token, else the groups its phrase names (coordinated or nested actors). */
export function groupsOf(ctx: TreeContext, i: number): Group[] {
  const own = ctx.groups.find((g) => g.tokenStart <= i && g.tokenEnd > i);
  if (own) return [own];
  const found: Group[] = [];
  const inner = (c: number) => NP_INNER.has(ctx.tree.deprel(c)) ||
    (ctx.tree.deprel(c) === "nmod" && ctx.tree.dependents(c, "case").some((x) => NP_OWNER_CASES.has(ctx.tokens[x]!.lower)));
  const visit = (k: number, depth: number) => {
    if (depth > 2) return;
    for (const c of ctx.tree.children(k)) {
      if (!inner(c)) continue;
      const g = ctx.groups.find((x) => x.tokenStart <= c && x.tokenEnd > c);
      if (g) {
        if (!found.includes(g)) found.push(g);
      } else visit(c, depth + 1);
    }
  };
  visit(i, 0);
  // a conjunction of actors is one group of several members; a nested actor ("the leader of Hamas") stands alone
  return found.slice(0, 1).concat(ctx.tree.rel(i) === "conj" ? [] : found.slice(1).filter((g) => ctx.tree.rel(g.tokenStart) === "conj"));
}

/** one group standing for several: the members of all, in order */
export function mergeGroups(gs: readonly Group[]): Group | null {
  if (!gs.length) return null;
  if (gs.length === 1) return gs[0]!;
  return { members: gs.flatMap((g) => g.members), tokenStart: Math.min(...gs.map((g) => g.tokenStart)), tokenEnd: Math.max(...gs.map((g) => g.tokenEnd)) };
}

interface Arguments {
  readonly subject: Group | null;
  /** whether the tree names a subject at all (an actor or not): "Evidence … was presented" names one */
  readonly named: boolean;
  readonly passive: boolean;
  readonly agent: Group | null;
}

/** the subject of a predicate, climbing through conjoined verbs, open complements and modified nouns */
function subjectOf(ctx: TreeContext, h: number, depth = 0): Arguments {
  const { tree } = ctx;
  const passive = tree.passive(h);
  const agentTok = tree.dependents(h, "obl:agent")[0] ?? tree.dependents(h, "obl").find((k) => tree.dependents(k, "case").some((c) => ctx.tokens[c]?.lower === "by") && passive);
  const agent = agentTok !== undefined ? mergeGroups(groupsOf(ctx, agentTok)) : null;
  const subj = tree.dependents(h, "nsubj", "nsubj:pass", "nsubj:outer")[0];
  if (subj !== undefined) {
    const subject = mergeGroups(groupsOf(ctx, subj));
    // "Obama said he would not…": an unresolved pronoun in reported speech is the speaker
    if (!subject && tree.upos(subj) === "PRON" && tree.deprel(h) === "ccomp" && SPEAKING.has(tree.lemma(tree.head(h)))) {
      return { ...subjectOf(ctx, tree.head(h), depth + 1), passive, agent };
    }
    return { subject, named: subject !== null || tree.upos(subj) !== "PRON", passive, agent };
  }
  const none = { subject: null, named: false, passive, agent };
  if (depth > 4) return none;
  const up = tree.head(h);
  if (up < 0) return none;
  const rel = tree.deprel(h);
  if (rel === "conj") {
    const parent = subjectOf(ctx, up, depth + 1);
    // "was arrested and later released": the voice is shared too, unless this verb has its own auxiliary
    const shared = parent.passive && !tree.dependents(h, "aux", "cop").length;
    return { subject: parent.subject, named: parent.named, passive: passive || shared, agent: agent ?? (shared ? parent.agent : null) };
  }
  if (rel === "xcomp") {
    const obj = tree.dependents(up, "obj", "iobj")[0];
    if (obj !== undefined && OBJECT_CONTROL.has(tree.lemma(up))) {
      const subject = mergeGroups(groupsOf(ctx, obj));
      return { subject, named: true, passive, agent };
    }
    const parent = subjectOf(ctx, up, depth + 1);
    return { subject: parent.subject, named: parent.named, passive, agent };
  }
  if (rel === "acl:relcl" || rel === "acl") {
    // "the army, which shelled the town": the noun modified is the subject; "a truce brokered by Russia": a
    // passive participle's noun is what was acted on
    const noun = mergeGroups(groupsOf(ctx, up));
    const participle = rel === "acl" && tree.xpos(h) === "VBN" && !tree.dependents(h, "obj").length;
    return { subject: noun, named: true, passive: passive || participle, agent };
  }
  const nonFinite = tree.xpos(h) === "VBG" || tree.xpos(h) === "VBN" || tree.dependents(h, "mark").some((m) => ctx.tokens[m]?.lower === "to");
  if (rel === "advcl" && (!tree.dependents(h, "mark").length || nonFinite)) {
    // "…, killing ten", "After issuing an ultimatum, Hamas fired…": a clause without a subject of its own that
    // has no subordinator, or is non-finite, shares the main clause's subject
    const parent = subjectOf(ctx, up, depth + 1);
    return { subject: parent.subject, named: parent.named, passive, agent };
  }
  if ((rel === "ccomp" || rel === "parataxis") && SPEAKING.has(tree.lemma(up))) {
    const parent = subjectOf(ctx, up, depth + 1);
    return { subject: parent.subject, named: parent.named, passive, agent };
  }
  return none;
}

/** the object of a predicate: its direct object, else the first targeted oblique */
function objectOf(ctx: TreeContext, h: number, after: number): Group | null {
  const { tree, tokens } = ctx;
  for (const rel of ["obj", "iobj"]) {
    for (const k of tree.dependents(h, rel)) {
      if (k < after && tree.rel(k) === "obj" && !ctx.groups.some((g) => g.tokenStart <= k && g.tokenEnd > k)) continue;
      const g = mergeGroups(groupsOf(ctx, k));
      if (g) return g;
    }
  }
  const obliques = tree.dependents(h, "obl", "nmod", "advcl").map((k) => ({ k, case: tree.dependents(k, "case", "mark").map((c) => tokens[c]!.lower)[0] ?? "" }));
  for (const c of TARGET_CASES) {
    for (const o of obliques) {
      if (o.case !== c) continue;
      const g = mergeGroups(groupsOf(ctx, o.k));
      if (g) return g;
    }
  }
  // "accused Israel of …", "launched an attack on X": the object noun's own targeted modifiers
  for (const k of tree.dependents(h, "obj")) {
    for (const m of tree.dependents(k, "nmod")) {
      const c = tree.dependents(m, "case").map((x) => tokens[x]!.lower)[0] ?? "";
      if (["on", "against", "with", "at", "to"].includes(c)) {
        const g = mergeGroups(groupsOf(ctx, m));
        if (g) return g;
      }
    }
  }
  return null;
}

/** A nominal trigger ("Israeli shelling of Gaza", "the attack by rebels on the base"): modifiers for its roles. */
function nominalRoles(ctx: TreeContext, trigger: number): Roles | null {
  const { tree, tokens } = ctx;
  // "renewed a ceasefire pact with the rebels": an event noun compounded into another noun speaks through the
  // phrase's head, its modifiers and its verb
  let h = trigger;
  for (let step = 0; step < 3 && tree.deprel(h) === "compound" && tree.head(h) > h && tree.upos(tree.head(h)) === "NOUN"; step++) h = tree.head(h);
  const own = ctx.groups.find((g) => g.tokenStart <= trigger && g.tokenEnd > trigger);
  let source: Group | null = own ?? null;
  let target: Group | null = null;
  for (const k of h === trigger ? tree.children(h) : [...tree.children(trigger), ...tree.children(h)]) {
    if (k === trigger) continue;
    const r = tree.deprel(k);
    const c = tree.dependents(k, "case").map((x) => tokens[x]!.lower)[0] ?? "";
    if (!source && (r === "nmod:poss" || r === "amod" || r === "compound" || (r === "nmod" && (c === "by" || c === "from")))) source = mergeGroups(groupsOf(ctx, k));
    else if (!target && r === "nmod" && ["on", "against", "of", "at", "in", "with"].includes(c)) target = mergeGroups(groupsOf(ctx, k));
  }
  // a light verb's object ("held talks with", "launched an attack on") takes the verb's subject and obliques;
  // a passive verb's subject ("Evidence against X was presented by Y") its agent
  const v = tree.head(h);
  // ("monitors reported five raids": who tells of an event is not its doer)
  if (v >= 0 && ((tree.deprel(h) === "obj" && !RECORDED.has(tree.lemma(v))) || joinedIn(tree, tokens, h))) {
    const args = subjectOf(ctx, v);
    source ??= args.passive ? args.agent : args.subject;
    target ??= objectOf(ctx, v, h + 1);
  } else if (v >= 0 && tree.deprel(h) === "nsubj:pass") {
    source ??= subjectOf(ctx, v).agent;
  }
  return source || target ? { source, target, passive: false } : null;
}

/**
 * The roles of a trigger from the tree, or null where the tree says nothing about them (no actor reached); the
 * word-order reading is the fallback then.
 */
export interface TreeRoles extends Roles {
  /** the tree names a subject (an actor or not), so a word-order guess must not stand in for it */
  readonly subjectNamed: boolean;
  /**
   * a passive participle modifying a noun ("the proposal brokered by Qatar", "talks attended by the mediators"):
   * the noun is what was acted on, so no actor the word order finds elsewhere in the sentence is
   */
  readonly modifies?: boolean;
}

export function treeRoles(ctx: TreeContext, tr: Trigger): TreeRoles | null {
  const { tree } = ctx;
  const h = tr.head;
  const nominal = tr.pattern.flags.has("noun") && tree.upos(h) !== "VERB" && ctx.tokens[h]?.pos !== "VERB";
  if (nominal) {
    const r = nominalRoles(ctx, h);
    return r ? { ...r, subjectNamed: true } : null;
  }
  const args = subjectOf(ctx, h);
  const object = objectOf(ctx, h, tr.end);
  // the pattern's own words may include the object ("launched missiles at"): look on its last word too
  const lastObject = tr.end - 1 > h ? objectOf(ctx, tr.end - 1, tr.end) : null;
  const obj = object ?? lastObject;
  if (tr.pattern.flags.has("passive")) return { source: obj, target: args.subject, passive: false, subjectNamed: true };
  // (a passive whose subject is no actor, "30 others wounded", still says the voice: the word order must not
  // read a doer before the verb)
  if (args.passive) {
    const modifies = tree.rel(h) === "acl" && !tree.dependents(h, "nsubj", "nsubj:pass").length;
    return { source: args.agent, target: args.subject ?? obj, passive: true, subjectNamed: args.agent !== null, modifies };
  }
  if (!args.subject && !obj) return null;
  return { source: args.subject, target: obj, passive: false, subjectNamed: args.named };
}

/**
 * The verb whose clausal complement a predicate is in, through conjoined verbs and open complements, with the
 * relation of that complement (ccomp or parataxis); null where the predicate is in no such clause.
 */
function reportingClause(tree: Tree, h: number): { readonly verb: number; readonly rel: string } | null {
  for (let k = h, guard = 0; guard < 6; guard++) {
    const up = tree.head(k);
    if (up < 0) return null;
    const rel = tree.deprel(k);
    if (rel === "ccomp" || rel === "parataxis") return { verb: up, rel };
    if (rel !== "conj" && rel !== "xcomp") return null;
    k = up;
  }
  return null;
}

/**
 * The speaker of the reported clause a predicate is in ("Hezbollah said its fighters could strike"): the subject of
 * the reporting verb the clause hangs from; null where the predicate is reported by no one the tree names as an actor.
 */
export function speakerOf(ctx: TreeContext, h: number): Group | null {
  const clause = reportingClause(ctx.tree, h);
  return clause && SPEAKING.has(ctx.tree.lemma(clause.verb)) ? subjectOf(ctx, clause.verb).subject : null;
}

/** verbs whose reported clause of the speaker's own act claims it: "the Houthis claimed they had attacked the port" */
const CLAIMING = new Set(["claim", "admit", "acknowledge"]);

/** Whether the predicate is the reported clause of a verb of claiming ("claimed that they had attacked"). */
export function claimed(tree: Tree, h: number): boolean {
  const clause = reportingClause(tree, h);
  return clause !== null && clause.rel === "ccomp" && CLAIMING.has(tree.lemma(clause.verb));
}

/**
 * "Straw said the government and the rebels must reach an agreement": the speaker demands the act of the clause's
 * subject. The speaker is the reporting verb's subject; null where the tree names no actor for it.
 */
export function demandRoles(ctx: TreeContext, h: number): Roles | null {
  const up = ctx.tree.head(h);
  if (up < 0) return null;
  const speaker = subjectOf(ctx, up).subject;
  if (!speaker) return null;
  const subj = ctx.tree.dependents(h, "nsubj", "nsubj:pass")[0];
  const addressee = subj !== undefined ? mergeGroups(groupsOf(ctx, subj)) : null;
  return { source: speaker, target: addressee === speaker ? null : addressee, passive: false };
}
