/**
 * Builders for the real-article scorer's tests: coded events and articles with only the fields the scorer reads
 * set to something meaningful, and annotated events and facts we make up.
 */
import type { ActorRef, ArticleCeasefire, CeasefireStatus, CodedArticle, CodedEvent } from "../../src/types.ts";
import type { PlacedEvent } from "../../src/eval/real-match.ts";
import type { PlacedFact } from "../../src/eval/real-facts.ts";

const ref = (code: string): ActorRef => ({ actor: `code:${code}`, name: code, code, country: code.slice(0, 3) });

export function coded(span: [number, number], cameo: string, sources: readonly string[], extra: Partial<CodedEvent> = {}): CodedEvent {
  return {
    id: `e${span[0]}-${cameo}`, cameo, cameo_name: cameo, plover: null, plover_mode: null, acled: null, goldstein: 0,
    quad_class: 1, source: sources.map(ref), target: [], negated: false, modality: "asserted", date: null,
    date_precision: null, location: null, sentence: 0, span, trigger: cameo, confidence: 1, ...extra,
  };
}

export function annotated(sentence: [number, number], cameo: string, sources: readonly string[], extra: Partial<PlacedEvent> = {}): PlacedEvent {
  return {
    sentence, cameo, source: sources.map((code) => ({ code, name: code })), target: [], negated: false, refused: null,
    date: null, country: null, ...extra,
  };
}

export function fact(sentence: [number, number], kind: PlacedFact["kind"], extra: Partial<PlacedFact> = {}): PlacedFact {
  return { sentence, kind, ...extra };
}

export function truce(status: CeasefireStatus): ArticleCeasefire {
  return { country: null, parties: [], mediators: [], declared: null, effective: null, status, terms: [], evidence: [] };
}

export function article(text: string, events: readonly CodedEvent[], ceasefires: readonly ArticleCeasefire[] = []): CodedArticle {
  return {
    id: "made-up", article: { title: null, author: null, source: null, published: null, url: null, text },
    actors: [], events, quotes: [], ceasefires, dates: [], places: [],
  };
}
