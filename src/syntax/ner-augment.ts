/**
 * Mention replacement for training the entity tagger: a copy of a training sentence in which some gold names are
 * swapped for other names of the same type (people, organisations and places from our own knowledge base and
 * gazetteer). The context and the labels stay GUM's; the swapped names teach the model what our dictionaries'
 * hints mean, which GUM alone shows too rarely (few of its names are in the knowledge base).
 *
 * @example
 * replaceNames({ forms: ["Byron", "left", "Harrow"], spans: [{ start: 0, end: 1, type: "PER" }] }, { PER: [["Khalifa", "Haftar"]], ORG: [], LOC: [] }, Math.random)
 * // → { forms: ["Khalifa", "Haftar", "left", "Harrow"], spans: [{ start: 0, end: 2, type: "PER" }] }
 */
import type { EntitySpan, EntityType } from "./ner-spans.ts";

/** Names by type, each already split into tokens. */
export type NamePool = Readonly<Record<EntityType, readonly (readonly string[])[]>>;

export interface Labelled {
  readonly forms: readonly string[];
  readonly spans: readonly EntitySpan[];
}

/** Replaces each span with probability `share` (at least one when any is replaceable); null when none was. */
export function replaceNames(sentence: Labelled, pool: NamePool, random: () => number, share = 0.7): Labelled | null {
  const spans = [...sentence.spans].sort((a, b) => a.start - b.start);
  const choose = spans.map((s) => pool[s.type].length > 0 && random() < share);
  if (!choose.some(Boolean)) {
    const k = spans.findIndex((s) => pool[s.type].length > 0);
    if (k < 0) return null;
    choose[k] = true;
  }
  const forms: string[] = [];
  const out: EntitySpan[] = [];
  let at = 0;
  spans.forEach((s, k) => {
    forms.push(...sentence.forms.slice(at, s.start));
    const names = pool[s.type];
    const name = choose[k] ? (names[Math.floor(random() * names.length)] as readonly string[]) : sentence.forms.slice(s.start, s.end);
    out.push({ start: forms.length, end: forms.length + name.length, type: s.type });
    forms.push(...name);
    at = s.end;
  });
  forms.push(...sentence.forms.slice(at));
  return { forms, spans: out };
}
