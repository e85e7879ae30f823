/**
 * Events stage: in each sentence, finds verb-pattern triggers, their source and target actors (compounds,
 * passives), negation and modality, and codes each as CAMEO + PLOVER + ACLED with date, place and evidence span.
 */
import type { ActorMention, Sentence, Token } from "../doc.ts";
import { preferMain } from "./main-clause.ts";
import { appealOf, demandOf, intentionOf, refusalOf } from "./intent.ts";
import type { CodedEvent, CodedQuote } from "../types.ts";
import type { Stage } from "../stage.ts";
import { findTriggers, type Trigger } from "./triggers.ts";
import { groupMentions, type Group } from "./groups.ts";
import { adjacentSubject, coordinated, findRoles, pronounObject, pronounSubject, type Roles } from "./roles.ts";
import { treeOf, type Tree } from "./tree.ts";
import { adjectival, happened, takesPart } from "./happening.ts";
import { bombingByActor, fromTheAir, harmedIn, causesAmong, FORCE_ROOTS, forceByActor, HARM_VERBS, harmCauses, mergeCauses, withCauses } from "./cause.ts";
import { foldRequests } from "./requested.ts";
import { foldEvaluations } from "./evaluation.ts";
import { attribution, newsMedia, toldTo, verbal } from "./news-media.ts";
import { actsSoFar } from "./same-act.ts";
import { verbStem } from "./verb-stem.ts";
import { foldMediated } from "./mediation.ts";
import { claimed, demandRoles, groupsOf, mergeGroups, speakerOf, treeRoles, type TreeContext, type TreeRoles } from "./tree-roles.ts";
import { moodOf, type Mood } from "./modality.ts";
import { treeMood } from "./tree-mood.ts";
import { buildEvent, type EventParts } from "./build.ts";
import { bySentence } from "./by-sentence.ts";
import { eventLocation } from "../places/location.ts";
import { sentenceFeatures } from "../learn/features.ts";
import { NONE, pentaOfRoot } from "../learn/penta.ts";

const DISCARD_CODE = "###";
/** CAMEO 015, acknowledge or claim responsibility */
const CLAIM_RESPONSIBILITY = "015";
/** CAMEO 112, accuse */
const ACCUSE = "112";

/** words of natural disasters and accidents: deaths in them are not attacks unless someone is named as doing it */
const DISASTER = /\b(?:typhoon|hurricane|cyclone|storm|earthquake|quake|flood(?:s|ing)?|landslide|tsunami|wildfire|blaze|avalanche|accident|crash(?:ed)?|collision|derail(?:ed|ment)?|heatwave|drought)\b/i;

export const eventsStage: Stage = {
  name: "events",
  reads: ["sentences", "tokens", "mentions", "dates", "places", "quotes"],
  adds: ["events"],
  run(doc, ctx) {
    const tokens = doc.tokens ?? [];
    const events: CodedEvent[] = [];
    const mentionsIn = bySentence(doc.mentions ?? []);
    const datesIn = bySentence(doc.dates ?? []);
    const placesIn = bySentence(doc.places ?? []);
    const tree = doc.syntax ? treeOf(doc.syntax, tokens) : null;
    // a word our tagger reads as a verb where wink-nlp's tags say noun ("helped broker", "tortured") may start a verb
    // pattern; the other readings stay wink-nlp's, which the word-order rules were written on (giving every token
    // our tags was measured: fit mean −0.2 points, real articles −0.3)
    // (with the verb's lemma where wink-nlp lemmatised an "-ing" form as a noun: "trading" is "trade", verb-stem.ts)
    const known = (w: string) => ctx.verbs.byHead(w) !== undefined;
    const asVerb = (t: Token): Token => {
      const lemma = t.lemma === t.lower ? verbStem(t.lower, known) : null;
      return lemma ? { ...t, pos: "VERB", lemma } : { ...t, pos: "VERB" };
    };
    const taggedTokens = doc.syntax ? tokens.map((t, i) => (doc.syntax!.upos[i] === "VERB" && t.pos === "NOUN" ? asVerb(t) : t)) : tokens;
    const acts = actsSoFar();
    for (const s of doc.sentences ?? []) {
      const here = mentionsIn(s.index);
      const groups = groupMentions(here, tokens);
      const treeContext = (x: typeof s): TreeContext => ({ tree: tree!, tokens, groups, sentenceStart: x.tokenStart, sentenceEnd: x.tokenEnd });
      const dated = (tr: Trigger) => datesIn(s.index).some((d) => tokens[tr.head]!.start >= d.start && tokens[tr.head]!.start < d.end);
      const matched = findTriggers(taggedTokens, s.tokenStart, s.tokenEnd, ctx.verbs).filter((tr) => !dated(tr));
      // PETRARCH's discard code: a verb pattern coded "###" (imported dictionaries) drops the whole sentence
      if (matched.some((tr) => tr.pattern.code === DISCARD_CODE)) continue;
      // by the tree: a participle used as an adjective ("occupied East Jerusalem", "the besieged town") names no
      // event, and an event noun is one only where the sentence reports it happening (or asks for it: requested.ts)
      // (and what would have been done did not happen, so it gives way before the main clause is chosen: "vetoed a
      // resolution on Friday that would have demanded a ceasefire" is the veto)
      // (each trigger's mood is read from the tree once, here or when its event is built)
      const moods = new Map<Trigger, Mood>();
      const moodIn = (t: Trigger, tr: Tree): Mood => {
        let m = moods.get(t);
        if (!m) moods.set(t, (m = treeMood(tr, tokens, t.head, t.pattern, s.tokenEnd)));
        return m;
      };
      const found = tree ? matched.filter((t) => !adjectival(tree, tokens, t.head) && !takesPart(tree, tokens, t.head) && (!nominal(t, tokens) || happened(tree, t.head, tokens)) &&
        !moodIn(t, tree).counterfactual) : matched;
      // each harm and the force that caused it, found once for the sentence (cause.ts)
      const harms = tree ? harmCauses(tree, tokens, found) : new Map<Trigger, Trigger>();
      const judgedBy = new Map<Trigger, number>();
      // (with PETRARCH's conventions the main clause is picked by word order alone, as PETRARCH's own coder reads
      // it: the tree's reading of reported clauses cost petr_unittest and udpetr_validate 1–1.4 points of dyad F1)
      const chosen = tree
        ? foldEvaluations(foldRequests(foldMediated(withCauses(promoteComplements(preferMain(found, tokens, s.tokenStart, ctx.conventions === "petrarch" ? null : tree), found, tree), harms), found, tree), matched, tree, ctx.verbs.intents), tree, tokens, ctx.verbs.evaluations, judgedBy)
        : preferMain(found, tokens, s.tokenStart);
      // "a ceasefire deal was signed": one act told in three words is coded once, by its most specific word
      const triggers = tree ? oneActOfWords(chosen, tree) : chosen;
      ctx.debug?.(() => `events: sentence ${s.index}: matched ${names(matched, tokens)}; kept ${names(found, tokens)}; chosen ${names(triggers, tokens)}`);
      const strong = triggers.filter((t) => !t.pattern.flags.has("say") && !t.pattern.flags.has("weak"));
      /** events for these triggers; `relaxed` keeps reporting verbs and weak patterns beside stronger events */
      const candidatesFor = (list: readonly Trigger[], relaxed: boolean): EventParts[] => {
        const out: EventParts[] = [];
        const causes = causesAmong(harms, list);
        let previous: { head: number; source: Group | null } | null = null;
        for (const tr of list) {
          const flags = tr.pattern.flags;
          const next = strong.find((t) => t.head > tr.head)?.head ?? s.tokenEnd;
          const verb = tokens[tr.head]!.pos === "VERB";
          const shared: Group | null = previous?.source && verb && (coordinated(tokens, tr.head, groups, previous.head) || pronounSubject(tokens, tr.head, groups, previous.head)) ? previous.source : null;
          const fromTree = tree ? treeRoles(treeContext(s), tr) : null;
          const byOrder = findRoles(tokens, groups, tr, s.tokenStart, next, shared);
          let roles: Roles = fromTree && !positional(tr, tokens) ? withFallback(fromTree, byOrder, adjacentSubject(tokens, groups, tr.head)) : byOrder;
          // "Elrond urged Bree to calm down and Gondor asked him…": "him" is the earlier subject
          // (PETRARCH's reading; ours leaves such a pronoun alone, as it may as well be the earlier object)
          if (ctx.conventions === "petrarch" && previous?.source && verb && !roles.passive && pronounObject(tokens, tr.end, groups) && roles.source !== previous.source) {
            roles = { ...roles, target: previous.source };
          }
          if (verb) previous = { head: tr.end - 1, source: roles.passive ? null : roles.source };
          const mood = tree ? moodIn(tr, tree) : moodOf(tokens, tr.head, s.tokenStart, tr.pattern);
          // "X said Y must withdraw": X's demand of Y, coded as the demand CAMEO defines for the act
          const demanded = mood.obliged && tree ? demandRoles(treeContext(s), tr.head) : null;
          // ("X said Y should Z" advises: the appeal CAMEO defines for the act, root 02, where "must" demands, root 10)
          const demandCode = demanded ? (mood.advised ? appealOf : demandOf)(ctx.verbs.intents, tr.pattern.code) : undefined;
          if (demanded && demandCode) roles = demanded;
          // "said the US was disappointed by Netanyahu's decision": the one judged is the target
          const about = judgedBy.get(tr);
          if (about !== undefined && about >= 0 && tree) roles = { ...roles, target: mergeGroups(groupsOf(treeContext(s), about)) };
          // (PETRARCH's conventions, with imported dictionaries alone, code the media as any other actor)
          let source = (roles.source?.members ?? []).filter((m) => !attribution(tokens, m) && (verbal(tr.pattern.code) || !newsMedia(m) || ctx.conventions === "petrarch"));
          let target = flags.has("notarget") && !demandCode ? [] : (roles.target?.members ?? []).filter((m) => !attribution(tokens, m) &&
            !(newsMedia(m) && !flags.has("say") && toldTo(tokens, m)) && !source.some((x) => x.key === m.key));
          if (!source.length && !target.length) continue;
          if (flags.has("needtarget") && !target.length) continue;
          // (what would have been done did not happen: "the text would have condemned violence")
          if (mood.counterfactual) continue;
          if (flags.has("say") && (!speaks(source) || attributesQuote(doc.quotes ?? [], tree, tokens, s, tr.head))) continue;
          const span: [number, number] = [tokens[tr.head]!.start, tokens[tr.end - 1]!.end];
          const location = eventLocation(doc, s.index, span, placesIn);
          const confidence = flags.has("weak") || flags.has("say") ? 0.5 : source.length && target.length ? 0.9 : 0.7;
          // a promised act is coded as the promise; a noun ("agreed to postpone the demonstration") promises nothing
          const promised = mood.modality === "intended" && !flags.has("intent") && tokens[tr.head]!.pos === "VERB";
          // a threatened act ("a threat to boycott") is coded as the threat (root 13), through the same table
          // (and force its own speaker says their side could or may use, "Hezbollah said it could strike": CAMEO's
          // threats are statements of force to come, conditional or not)
          const threat = (mood.threatened || (mood.modality === "hypothetical" && !mood.negated && tree !== null && ownSide(source, speakerOf(treeContext(s), tr.head)))) &&
            /^(1[4-9]|20)/.test(tr.pattern.code);
          // a pattern for a compound subject ("A and B agree") codes a single subject with the verb's own code
          const own = tr.pattern.soloCode !== undefined && source.length < 2 ? tr.pattern.soloCode : tr.pattern.code;
          // (only a verb of harm, whose means is unnamed: an imported dictionary's 180 for "fired shells" stands)
          const lemma = tokens[tr.head]!.lemma.toLowerCase();
          const byActor = HARM_VERBS.has(lemma) ? forceByActor(own, source) : bombingByActor(own, lemma, source);
          const act = tree ? fromTheAir(byActor, tree, tokens, tr.head) : byActor;
          // "refused to withdraw", "will not halt the war": the refusal CAMEO defines for the act, which happened
          const refusal = mood.refused && !demandCode ? refusalOf(ctx.verbs.intents, act) : undefined;
          // "the Houthis claimed they had attacked the port": force its doers claim is their claim of responsibility (015)
          // (and force a speaker claims another did, "the US claimed that ISIL had attacked Iraq", is the speaker's
          // accusation of the doer: 112)
          const claimant = tree !== null && FORCE_ROOTS.test(act) && !mood.negated && claimed(tree, tr.head) ? speakerOf(treeContext(s), tr.head) : null;
          const claim = claimant !== null && ownSide(source, claimant);
          const accused = claimant !== null && !claim && source.length > 0 ? source : null;
          if (accused && claimant) {
            source = claimant.members.filter((m) => !attribution(tokens, m));
            target = accused.filter((m) => !source.some((x) => x.key === m.key));
          }
          const code = accused && source.length ? ACCUSE : claim ? CLAIM_RESPONSIBILITY : demandCode ?? refusal ?? ((promised || threat) && !mood.negated ? intentionOf(ctx.verbs.intents, act) ?? act : act);
          const base = { trigger: tr, code, mood: refusal ? { ...mood, negated: false, modality: "asserted" as const } : mood, sentence: s.index, location, confidence };
          // (a paired code, "030:030", is split into both directions by the PETRARCH rules, dictionaries/coder.ts)
          if (flags.has("recip") && source.length > 1 && !target.length && !code.includes(":")) {
            for (const a of source) for (const b of source) if (a.key !== b.key) out.push({ ...base, source: [a], target: [b] });
            continue;
          }
          // "fighting between Eriador and Osgiliath": with no one else named, the two sides act on each other
          if (!source.length && target.length > 1 && tokens[roles.target!.tokenStart - 1]?.lower === "between") {
            for (const a of target) for (const b of target) if (a.key !== b.key) out.push({ ...base, source: [a], target: [b] });
            continue;
          }
          // conjoined actors each get the event: "Russia and Turkey condemned…" is two condemnations
          // (a paired code stays whole: the PETRARCH rules split it by the pair)
          if (code.includes(":")) out.push({ ...base, source: dedupe(source), target: dedupe(target) });
          else for (const a of each(dedupe(source))) for (const b of each(dedupe(target))) out.push({ ...base, source: a, target: b });
        }
        const merged = causes.size ? mergeCauses(out, causes) : out;
        return relaxed ? merged : preferStrong(merged);
      };
      // (the features are those the filter was trained on: every pattern that matched, scripts/train.ts)
      const p = ctx.classifier?.predict(sentenceFeatures(tokens, s.tokenStart, s.tokenEnd, matched));
      let candidates = candidatesFor(triggers, false);
      ctx.debug?.(() => `events: sentence ${s.index}: before the filter ${parts(candidates)}${p ? `; filter: none ${p[NONE]!.toFixed(2)}` : ""}`);
      if (p && ctx.classifier) {
        candidates = judge(candidates, p, ctx.classifier.thresholds);
        if (!candidates.length && p[NONE]! < ctx.classifier.thresholds.none) {
          candidates = judge(candidatesFor(found, true), p, ctx.classifier.thresholds).slice(0, 1);
        }
      }
      candidates = oneStatementEach(candidates.filter((c) => !domesticVisit(c)));
      ctx.debug?.(() => `events: sentence ${s.index}: after the filter ${parts(candidates)}`);
      // the people a sentence tells were harmed are no doer of force in it ("civilians were killed in bombardment
      // targeting…": whatever a word-order reading guessed for another trigger)
      if (tree) {
        const harmed = harmedIn(tree, s.tokenStart, s.tokenEnd);
        if (harmed.size) {
          const victim = (m: ActorMention) => {
            for (let k = m.tokenStart; k < m.tokenEnd; k++) if (harmed.has(k)) return true;
            return false;
          };
          candidates = candidates.flatMap((c) => {
            if (!FORCE_ROOTS.test(c.code) || !c.source.some(victim)) return [c];
            const source = c.source.filter((m) => !victim(m));
            return source.length || c.target.length ? [{ ...c, source }] : [];
          });
        }
      }
      if (DISASTER.test(s.text)) candidates = candidates.filter((c) => !(FORCE_ROOTS.test(c.code) && (c.source.length === 0 || disasterSource(doc.article.text, c))));
      if (tree) candidates = acts.resolve(candidates, tree, tokens);
      for (const c of candidates) {
        const e = buildEvent(doc, ctx.codebook, c, events.length, datesIn, tree);
        if (e) events.push(e);
      }
    }
    return { ...doc, events };
  },
};

/**
 * A sentence's events by strength: reporting verbs ("said") only when nothing else happened, weak patterns only
 * when no stronger event did. An event that did not happen ("did not sign") does not silence the others.
 */
function preferStrong(cands: readonly EventParts[]): EventParts[] {
  const kind = (c: EventParts) => (c.trigger.pattern.flags.has("say") ? 0 : c.trigger.pattern.flags.has("weak") ? 1 : 2);
  const best = Math.max(-1, ...cands.filter((c) => !c.mood.negated).map(kind));
  return cands.filter((c) => kind(c) >= best || (c.mood.negated && kind(c) > 0));
}

/**
 * "Speaking before the council, the envoy said…", "…, he said, adding that…": one speaker's reporting verbs in a
 * sentence are one statement.
 */
function oneStatementEach(cands: readonly EventParts[]): EventParts[] {
  const seen = new Set<string>();
  return cands.filter((c) => {
    if (!c.trigger.pattern.flags.has("say")) return true;
    const key = `${c.code}|${c.source.map((m) => m.key).join("+")}>${c.target.map((m) => m.key).join("+")}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * A statement is coded when someone who can make one — a state, an organisation, an official, an armed group — is
 * speaking. The news media ("Al Jazeera's correspondent said", "state media reported") tell the news: their
 * reporting verbs are how an article knows, not statements of a party.
 */
function speaks(source: readonly ActorMention[]): boolean {
  return source.some((m) => !newsMedia(m) && (m.country !== null || m.code.startsWith("IGO") || m.kind === "person" || m.kind === "government" || m.kind === "military" || m.kind === "rebel" || m.kind === "party"));
}

/**
 * The reporting verb of a direct quote's attribution ("'…,' he said"; "she wrote: '…'"; also a sentence that a quote
 * begun earlier ends in) makes no statement of its own: the quotes stage records the quote, and what the quote says
 * is coded from its words. In the tree, the quoted clause hangs from that verb and holds its own words (its subject
 * too); a quoted phrase inside a reported clause ("said Trump is 'not discussing' it") has words of the clause
 * outside the quote, and the statement stands.
 */
function attributesQuote(quotes: readonly CodedQuote[], tree: Tree | null, tokens: readonly Token[], s: Sentence, verb: number): boolean {
  if (/^\s*["“'‘]/.test(s.text)) return true;
  if (!tree) return false;
  const inside = (q: CodedQuote, i: number) => tokens[i]!.start >= q.start && tokens[i]!.end <= q.end;
  return quotes.some((q) => {
    if (!q.direct || q.end <= s.start || q.start >= s.end || inside(q, verb)) return false;
    const whole = (k: number) => tree.children(k).every((c) => inside(q, c) || tree.rel(c) === "punct");
    for (let i = s.tokenStart; i < s.tokenEnd; i++) if (inside(q, i) && tree.head(i) === verb && whole(i)) return true;
    return false;
  });
}

/**
 * The learned filter (src/learn): drops every event of a sentence the model reads as eventless, and events of a
 * class the model finds unlikely, keeping the best-supported class when nothing clears the bar.
 */
function judge(cands: readonly EventParts[], p: readonly number[], th: { keep: number; none: number }): EventParts[] {
  if (!cands.length || p[NONE]! >= th.none) return [];
  const score = (c: EventParts) => p[pentaOfRoot(c.code)]!;
  const kept = cands.filter((c) => score(c) >= th.keep);
  if (kept.length) return kept;
  const best = Math.max(...cands.map(score));
  return cands.filter((c) => score(c) === best);
}

/** "killed by the Malaysia Airlines flight MH17 crash": the source named is the thing the disaster happened to */
function disasterSource(text: string, c: EventParts): boolean {
  const end = Math.max(...c.source.map((m) => m.end));
  return DISASTER.test(text.slice(end, end + 40).split(/[,;.]/)[0] ?? "");
}

/** CAMEO's visits (042, 043) are to or from another actor: travel at home ("arrived in Harare") is none */
function domesticVisit(c: EventParts): boolean {
  if (!/^04[23]/.test(c.code) || c.target.length) return false;
  const home = c.source[0]?.country;
  return !!home && c.location?.country === home;
}

/** relations by which an event noun is the act of the word it hangs from: its kind ("ceasefire deal"), or what a verb does */
const SAME_ACT = new Set(["compound", "obj", "nsubj:pass"]);

/**
 * "A ceasefire deal was signed by the army and the rebels": the weak words of one act ("deal", "signed") give way to
 * the event noun that hangs from them as its kind or its object; the noun left is coded once, with the roles the
 * tree gives it through them.
 */
function oneActOfWords(list: readonly Trigger[], tree: Tree): Trigger[] {
  return list.filter((t) => !t.pattern.flags.has("weak") ||
    !list.some((u) => u !== t && u.pattern.flags.has("noun") && tree.head(u.head) >= t.head && tree.head(u.head) < t.end && SAME_ACT.has(tree.deprel(u.head))));
}

/** a trigger on an event noun ("clashes", "the deal"), not on a verb */
const nominal = (t: Trigger, tokens: readonly Token[]) => t.pattern.flags.has("noun") && tokens[t.head]!.pos !== "VERB";

/**
 * "Turkey agreed to withdraw its troops": a withdrawal agreed, not a bare agreement. A trigger of intention (root
 * 03, or an intent pattern) whose open complement in the tree is another trigger gives way to it; the
 * complement's mood (intended, from the tree) then codes it as the intention CAMEO defines for the act.
 */
function promoteComplements(chosen: readonly Trigger[], found: readonly Trigger[], tree: Tree): Trigger[] {
  const out = [...chosen];
  for (const a of chosen) {
    if (!(a.pattern.code.startsWith("03") || a.pattern.flags.has("intent"))) continue;
    const b = found.find((t) => t !== a && (tree.deprel(t.head) === "xcomp" || tree.rel(t.head) === "advcl") && tree.head(t.head) >= a.head && tree.head(t.head) < a.end &&
      !t.pattern.flags.has("say") && !t.pattern.flags.has("weak"));
    if (!b) continue;
    out.splice(out.indexOf(a), 1, ...(out.includes(b) ? [] : [b]));
  }
  return out.sort((x, y) => x.head - y.head);
}

/**
 * A pattern that places its target itself — past N actor phrases, before the subject, or right after a
 * preposition it ends on ("condemned an attack by +", "launched missiles at +") — is read by its own positions.
 */
function positional(tr: Trigger, tokens: readonly Token[]): boolean {
  const p = tr.pattern;
  if (p.targetSkips || p.targetFirst) return true;
  return tr.end - 1 > tr.head && tokens[tr.end - 1]!.pos === "ADP";
}

/**
 * The tree's roles, with the word-order reading standing in for a subject the tree does not name at all (a parse
 * that reached no subject), never for one it names that is not an actor.
 */
function withFallback(tree: TreeRoles, order: Roles, adjacent: Group | null): Roles {
  // an actor right before an active verb is its subject whatever the parse says ("…on Monday and Orval visited")
  const next = !tree.passive && adjacent && adjacent !== tree.target ? adjacent : null;
  // "others wounded in the assault": where the tree reads a passive the word order read as active, the actor
  // before the verb is the one acted on, and the one after it no doer
  // (but a participle's noun is what was acted on: "Blinken said the proposal brokered by Qatar…" is not Blinken's)
  if (tree.passive && !order.passive) {
    const target = tree.target ?? (order.source !== tree.source && !tree.modifies ? order.source : null);
    return { source: tree.source, target: target === tree.source ? null : target, passive: true };
  }
  // (in the passive, the word order's guess never takes the tree's target: "civilians wounded in the raids")
  const source = next ?? tree.source ?? (tree.subjectNamed || (tree.passive && order.source === tree.target) ? null : order.source);
  const target = tree.target ?? (order.target !== source && !tree.modifies ? order.target : null);
  return { source, target: target === source ? null : target, passive: tree.passive };
}

/** the doers of an act are the speaker's own side: the same actor, or one of the speaker's country and kind of body */
function ownSide(source: readonly ActorMention[], speaker: Group | null): boolean {
  if (!speaker || !source.length) return false;
  return source.every((m) => speaker.members.some((x) => x.key === m.key || (x.country !== null && x.country === m.country && x.code.slice(3, 6) === m.code.slice(3, 6))));
}

/** Triggers as "code:word…" for the debug trace. */
const names = (list: readonly Trigger[], tokens: readonly Token[]): string =>
  list.map((t) => `${t.pattern.code}:${tokens.slice(t.head, t.end).map((k) => k.text).join(" ")}`).join(", ") || "none";

/** Candidate events as "code source→target" for the debug trace. */
const parts = (list: readonly EventParts[]): string =>
  list.map((c) => `${c.code} ${c.source.map((m) => m.code).join("+") || "-"}→${c.target.map((m) => m.code).join("+") || "-"}`).join(", ") || "none";

/** one list per member, or the empty list once */
const each = (ms: readonly ActorMention[]): ActorMention[][] => (ms.length ? ms.map((m) => [m]) : [[]]);

function dedupe(ms: readonly ActorMention[]): ActorMention[] {
  const seen = new Set<string>();
  return ms.filter((m) => (seen.has(m.key) ? false : (seen.add(m.key), true)));
}

