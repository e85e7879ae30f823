/**
 * Events stage: in each sentence, finds verb-pattern triggers, their source and target actors (compounds,
 * passives), negation and modality, and codes each as CAMEO + PLOVER + ACLED with date, place and evidence span.
 */
import type { ActorMention, Token } from "../doc.ts";
import { isSubordinate } from "./clause.ts";
import { intentionOf } from "./intent.ts";
import type { CodedEvent } from "../types.ts";
import type { Stage } from "../stage.ts";
import { findTriggers, type Trigger } from "./triggers.ts";
import { groupMentions } from "./groups.ts";
import { findRoles } from "./roles.ts";
import { moodOf } from "./modality.ts";
import { buildEvent, type EventParts } from "./build.ts";
import { eventLocation } from "../places/location.ts";

export const eventsStage: Stage = {
  name: "events",
  reads: ["sentences", "tokens", "mentions", "dates", "places"],
  adds: ["events"],
  run(doc, ctx) {
    const tokens = doc.tokens ?? [];
    const events: CodedEvent[] = [];
    const mentions = doc.mentions ?? [];
    for (const s of doc.sentences ?? []) {
      const here = mentions.filter((m) => m.sentence === s.index);
      const groups = groupMentions(here, tokens);
      const dated = (tr: Trigger) => (doc.dates ?? []).some((d) => d.sentence === s.index && tokens[tr.head]!.start >= d.start && tokens[tr.head]!.start < d.end);
      const found = findTriggers(tokens, s.tokenStart, s.tokenEnd, ctx.verbs).filter((tr) => !dated(tr));
      const triggers = preferMain(found, tokens, s.tokenStart);
      const strong = triggers.filter((t) => !t.pattern.flags.has("say") && !t.pattern.flags.has("weak"));
      const candidates: EventParts[] = [];
      triggers.forEach((tr, i) => {
        const flags = tr.pattern.flags;
        if (flags.has("say") && triggers.some((t) => !t.pattern.flags.has("say") && true)) return;
        if (flags.has("weak") && strong.some((t) => t !== tr)) return;
        const next = strong.find((t) => t.head > tr.head)?.head ?? s.tokenEnd;
        const roles = findRoles(tokens, groups, tr, s.tokenStart, next);
        let source = roles.source?.members ?? [];
        let target = flags.has("notarget") ? [] : (roles.target?.members ?? []).filter((m) => !source.some((x) => x.key === m.key));
        if (!source.length && !target.length) return;
        if (flags.has("say") && !source.length) return;
        const mood = moodOf(tokens, tr.head, s.tokenStart, tr.pattern);
        const span: [number, number] = [tokens[tr.head]!.start, tokens[tr.end - 1]!.end];
        const location = eventLocation(doc, s.index, span);
        const confidence = flags.has("weak") || flags.has("say") ? 0.5 : source.length && target.length ? 0.9 : 0.7;
        const code = mood.modality === "intended" && !mood.negated && !flags.has("intent") ? intentionOf(ctx.verbs.intents, tr.pattern.code) ?? tr.pattern.code : tr.pattern.code;
        const base = { trigger: tr, code, mood, sentence: s.index, location, confidence };
        if (flags.has("recip") && source.length > 1 && !target.length) {
          for (const a of source) for (const b of source) if (a.key !== b.key) candidates.push({ ...base, source: [a], target: [b] });
          return;
        }
        candidates.push({ ...base, source: dedupe(source), target: dedupe(target) });
      });
      for (const c of candidates) {
        const e = buildEvent(doc, ctx.codebook, c, events.length);
        if (e) events.push(e);
      }
    }
    return { ...doc, events };
  },
};

/**
 * A sentence's main events: triggers that are neither subordinate (clause.ts) nor nominal, when there are any;
 * otherwise all of them. Reporting verbs and weak patterns are filtered later.
 */
function preferMain(triggers: readonly Trigger[], tokens: readonly Token[], sentenceStart: number): Trigger[] {
  const content = (t: Trigger) => !t.pattern.flags.has("say") && !t.pattern.flags.has("weak");
  const main = triggers.filter((t) => content(t) && !t.pattern.flags.has("noun") && !isSubordinate(tokens, t.head, sentenceStart));
  if (main.length) return triggers.filter((t) => !content(t) || main.includes(t));
  const verbal = triggers.filter((t) => content(t) && !t.pattern.flags.has("noun"));
  if (verbal.length) return triggers.filter((t) => !content(t) || verbal.includes(t));
  return [...triggers];
}

function dedupe(ms: readonly ActorMention[]): ActorMention[] {
  const seen = new Set<string>();
  return ms.filter((m) => (seen.has(m.key) ? false : (seen.add(m.key), true)));
}

export type { Trigger };
