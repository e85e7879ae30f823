/**
 * Who mediates a ceasefire and who is a side of it, read from the dependency tree of the sentences about it: the
 * subject or passive agent of a verb of mediation ("talks hosted by Qatar", "Egypt brokered"), the phrase around
 * a noun of mediation ("under UN auspices", "mediators Egypt and Qatar"), the subject of an appeal ("Russia and
 * Turkey called for a truce"), and the subjects (and, for fighting, the objects) of verbs that only a side
 * performs ("Haftar refused to sign", "left without signing", "violated", "shelled"). The vocabulary is the CAMEO
 * codebook's: 045 mediate, 043 host, 026-028 appeal, 057 sign, 0871 declare a truce, 12 reject, 18-20 fight.
 */
import type { ActorMention } from "../doc.ts";
import { agents, lemma, objects, phrase, rel, type Tree } from "./tree.ts";

/** How sure a reading is: a broker is a mediator even when it also appeals; a caller is one only if it never fights. */
export interface RoleVotes {
  readonly mediator: Set<string>;
  readonly appealer: Set<string>;
  readonly side: Set<string>;
}

export const emptyVotes = (): RoleVotes => ({ mediator: new Set(), appealer: new Set(), side: new Set() });

/** 045 mediate, 043 host: whoever does these (or, in the passive, "by" whom) mediates */
const MEDIATE_VERBS = new Set([
  "broker", "mediate", "host", "guarantee", "sponsor", "facilitate", "convene", "arbitrate", "oversee", "supervise",
  "shuttle",
]);
/** passive agents of these mediate ("a truce negotiated by Qatar"); their active subjects may be the sides */
const AGENT_MEDIATES = new Set(["negotiate", "propose", "draft", "organize", "organise", "arrange"]);
/** 026-028 appeal, 0256 urge a settlement */
const APPEAL_VERBS = new Set(["call", "urge", "appeal", "press", "push", "ask", "invite", "offer", "demand", "encourage", "propose"]);
/** the ones appealed to: "called on both sides", "urged Haftar" */
const APPEALED_TO = new Set(["on", "upon"]);
/** 057 sign, 0871 truce, 12 reject, 196 violate: acts of a side */
const SIDE_VERBS = new Set([
  "sign", "agree", "accept", "reject", "refuse", "decline", "violate", "breach", "respect", "observe", "honour",
  "honor", "abide", "withdraw", "walk", "accuse", "declare",
]);
/** 18-20: both the attacker and the attacked are sides */
const FIGHT_VERBS = new Set(["fight", "attack", "shell", "bomb", "strike", "raid", "clash", "assault", "besiege", "shoot", "kill", "target"]);
const WITH = new Set(["with", "against"]);
/** nouns whose phrase names a mediator: "mediators Egypt and Qatar", "under UN auspices", "Egyptian mediation" */
const MEDIATE_NOUNS = new Set([
  "mediator", "broker", "guarantor", "intermediary", "facilitator", "sponsor", "auspice", "auspices", "mediation",
  "sponsorship", "patronage", "brokering", "go-between",
]);
/** relations by which a mediator noun attaches to the name it describes ("mediator Qatar", "Egypt, a mediator") */
const DESCRIBES = new Set(["compound", "appos", "flat"]);

/** what an appeal must be for to make its author a mediator: a truce, talks, calm ("called for a ceasefire") */
const TRUCE_NOUNS = new Set([
  "ceasefire", "cease-fire", "truce", "armistice", "cessation", "pause", "halt", "de-escalation", "calm", "restraint",
  "talks", "talk", "negotiation", "dialogue", "peace", "settlement", "deal", "agreement", "accord",
]);

/** The mention keys touching the given tokens, except mentions that are only a common noun ("the mediators"). */
function keysAt(tokens: readonly number[], mentionAt: ReadonlyMap<number, ActorMention>): string[] {
  const out = new Set<string>();
  for (const i of tokens) {
    const m = mentionAt.get(i);
    if (m && m.via !== "pronoun" && m.via !== "nominal" && !BARE_NOUN.test(m.text)) out.add(m.key);
  }
  return [...out];
}

/** a mention that is no more than a mediator noun: it names nobody */
export const BARE_NOUN = /^(?:the\s+|a\s+|an\s+)?(?:mediators?|brokers?|guarantors?|intermediar(?:y|ies)|facilitators?|sponsors?)$/i;

/** The tokens below `i` in the tree, without its subjects and the clauses joined to it. */
function below(t: Tree, i: number): number[] {
  const out = t.children(i).filter((c) => !/^(?:nsubj|csubj|conj|parataxis|advcl|cc|punct)/.test(rel(t, c)));
  for (let k = 0; k < out.length; k++) out.push(...t.children(out[k] as number));
  return out;
}

/** True when predicate `i` is what an appeal asks for: below "call", "urge", "stop" through complements. */
function underAppeal(t: Tree, i: number): boolean {
  for (let k = i, steps = 0; steps < 4 && /^(?:xcomp|advcl|ccomp)/.test(rel(t, k)); steps++) {
    k = t.syntax.heads[k] ?? -1;
    if (k < t.start) return false;
    if (APPEAL_VERBS.has(lemma(t, k)) || STOPPING.has(lemma(t, k))) return true;
  }
  return false;
}

/** verbs whose complement is an act that ends: "stop fighting", "halt attacks" */
const STOPPING = new Set(["stop", "halt", "cease", "end", "suspend"]);

/** Adds what one sentence's tree says about who mediates and who takes part. */
export function readRoles(t: Tree, mentionAt: ReadonlyMap<number, ActorMention>, votes: RoleVotes): void {
  const add = (set: Set<string>, heads: readonly number[]) => {
    for (const h of heads) for (const k of keysAt(phrase(t, h), mentionAt)) set.add(k);
  };
  for (let i = t.start; i < t.end; i++) {
    const l = lemma(t, i);
    const upos = t.syntax.upos[i];
    if (upos === "VERB") {
      if (MEDIATE_VERBS.has(l)) add(votes.mediator, agents(t, i));
      else if (AGENT_MEDIATES.has(l) && t.syntax.xpos[i] === "VBN") {
        add(votes.mediator, agents(t, i).filter((a) => rel(t, a) !== "nsubj"));
      }
      if (APPEAL_VERBS.has(l) && below(t, i).some((k) => TRUCE_NOUNS.has(lemma(t, k)))) {
        add(votes.appealer, agents(t, i));
        add(votes.side, objects(t, i, APPEALED_TO));
      } else if (underAppeal(t, i)) {
        // "urged both sides to stop fighting": the act is asked of the ones appealed to, not done by the caller
      } else if (SIDE_VERBS.has(l)) {
        add(votes.side, agents(t, i));
        add(votes.side, objects(t, i, WITH).filter((o) => rel(t, o) !== "obj" || l === "accuse"));
      } else if (FIGHT_VERBS.has(l)) {
        add(votes.side, agents(t, i));
        add(votes.side, objects(t, i, WITH));
      }
    } else if ((upos === "NOUN" || upos === "PROPN") && (MEDIATE_NOUNS.has(l) || MEDIATE_NOUNS.has(t.tokens[i]?.lower ?? ""))) {
      const h = t.syntax.heads[i] ?? -1;
      add(votes.mediator, [DESCRIBES.has(rel(t, i)) && h >= t.start ? h : i]);
    }
  }
}
