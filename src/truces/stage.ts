/**
 * The truces stage: what the article says about ceasefires, truces, armistices and peace deals. Status words are
 * read from the sentences themselves (so a truce without a coded event still counts) and from the coded events,
 * which are cited as evidence. See status-rules.ts for the rules, parties.ts, dates.ts, terms.ts and country.ts
 * for the other fields.
 */
import type { Doc, Sentence } from "../doc.ts";
import type { Stage } from "../stage.ts";
import type { ArticleCeasefire, CodedEvent } from "../types.ts";
import { statementTime } from "./statement-time.ts";
import { treeOf } from "./tree.ts";
import { findCountry } from "./country.ts";
import { findDates } from "./dates.ts";
import { groupSentences } from "./group.ts";
import { findSides } from "./parties.ts";
import { eventSignals, textSignals } from "./signals.ts";
import { decideStatus } from "./status.ts";
import { roleOf } from "./status-rules.ts";
import { findTerms } from "./terms.ts";
import { namesTruce } from "./words.ts";

const DEFINITE_RE = /\b(?:the|this|its|their)\s+(?:cease-?fire|truce|armistice)\b/i;

const isAttack = (e: CodedEvent): boolean =>
  roleOf(e.cameo) === "attack" && !e.negated && e.modality !== "hypothetical";

/** The ceasefires an article speaks of (usually one, or none). */
export function findCeasefires(doc: Doc): ArticleCeasefire[] {
  const text = doc.article.text;
  const sentences = doc.sentences ?? [];
  const events = doc.events ?? [];
  const mentions = doc.mentions ?? [];
  const articleNamesTruce = sentences.some((s) => namesTruce(s.text));
  const declaresTruce = events.some((e) => roleOf(e.cameo) === "truce" || roleOf(e.cameo) === "violate");
  if (!articleNamesTruce && !declaresTruce) return [];
  const out: ArticleCeasefire[] = [];
  for (const group of groupSentences(sentences, doc.places ?? [])) {
    const inGroup = new Set(group);
    const groupSentencesList: Sentence[] = sentences.filter((s) => inGroup.has(s.index));
    const groupEvents = events.filter((e) => inGroup.has(e.sentence));
    const treeFor = (s: Sentence) => treeOf(doc.syntax, doc.tokens ?? [], s.tokenStart, s.tokenEnd);
    const hits = [
      ...textSignals(groupSentencesList, articleNamesTruce, treeFor),
      ...eventSignals(groupEvents, groupSentencesList, articleNamesTruce, treeFor),
    ];
    const groupDates = (doc.dates ?? []).filter((d) => inGroup.has(d.sentence));
    const dates = findDates(sentences, groupDates, hits, articleNamesTruce);
    const decision = decideStatus({
      hits, attacks: groupEvents.filter(isAttack), declared: dates.declared, effective: dates.effective,
      published: doc.article.published, definite: DEFINITE_RE.test(text), timeOf: statementTime(sentences, groupDates, treeFor),
    });
    const decidedIn = decision.decider ? sentences[decision.decider.sentence] : undefined;
    const sides = findSides(doc, groupSentencesList, mentions, groupEvents);
    const truceSentences = new Set(groupSentencesList.filter((s) => namesTruce(s.text)).map((s) => s.index));
    const country = findCountry({
      events: groupEvents.filter((e) => roleOf(e.cameo) !== null), places: doc.places ?? [], truceSentences, mentions,
      parties: sides.parties, mediators: sides.mediators,
    });
    out.push({
      country, parties: sides.parties, mediators: sides.mediators, declared: dates.declared,
      effective: dates.effective, status: decision.status, terms: findTerms(groupSentencesList, articleNamesTruce),
      evidence: decision.evidence.map((e) => e.id),
      decided_by: decision.decider && decidedIn ? { signal: decision.decider.signal, sentence: decidedIn.index,
        start: decidedIn.start, end: decidedIn.end, text: decidedIn.text } : null,
    });
  }
  return out;
}

/** Adds `ceasefires`: one ArticleCeasefire per distinct ceasefire the article speaks of. */
export const trucesStage: Stage = {
  name: "truces",
  reads: ["sentences", "places", "events", "mentions", "dates"],
  adds: ["ceasefires"],
  run(doc: Doc): Doc {
    return { ...doc, ceasefires: findCeasefires(doc) };
  },
};
