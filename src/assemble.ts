/**
 * The last step: turns the finished Doc into the CodedArticle of the output contract. Mentions that share a key
 * become one actor; the key is also the actor id, so ids are stable across articles ("person:khalifa haftar").
 */
import type { Doc } from "./doc.ts";
import type { CodedActor, CodedArticle, Mention } from "./types.ts";

export function assemble(doc: Doc): CodedArticle {
  const actors = new Map<string, { actor: Omit<CodedActor, "mentions">; mentions: Mention[] }>();
  for (const m of doc.mentions ?? []) {
    const found = actors.get(m.key);
    const mention = { start: m.start, end: m.end, text: m.text };
    if (found) found.mentions.push(mention);
    else actors.set(m.key, { actor: { id: m.key, name: m.name, kind: m.kind, code: m.code, country: m.country }, mentions: [mention] });
  }
  return {
    id: doc.id,
    article: doc.article,
    actors: [...actors.values()].map(({ actor, mentions }) => ({ ...actor, mentions })),
    events: doc.events ?? [],
    quotes: doc.quotes ?? [],
    ceasefires: doc.ceasefires ?? [],
    dates: doc.dates ?? [],
    places: (doc.places ?? []).map(({ sentence: _sentence, ...place }) => place),
  };
}
