/**
 * Features of one sentence for the learned event filter: its content lemmas and the verb patterns that fired in
 * it (their CAMEO roots), so the model learns when a pattern's reading of a sentence is usually right.
 */
import type { Token } from "../doc.ts";
import type { Trigger } from "../events/triggers.ts";

const STOP = new Set([
  "the", "a", "an", "of", "in", "on", "at", "to", "for", "and", "or", "but", "by", "with", "from", "as", "that",
  "this", "it", "its", "be", "is", "are", "was", "were", "been", "has", "have", "had", "which", "who", "his", "her",
  "their", "they", "he", "she", "we", "i", "not", "will", "would", "there", "than", "also", "about", "after",
]);

export function sentenceFeatures(tokens: readonly Token[], from: number, to: number, triggers: readonly Trigger[]): string[] {
  const f = new Set<string>(["bias"]);
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (!/[a-z]/i.test(t.text)) continue;
    const w = t.pos === "PROPN" ? "<propn>" : t.lemma.toLowerCase();
    if (STOP.has(w)) continue;
    f.add(`w:${w}`);
  }
  for (const tr of triggers) {
    const root = tr.pattern.code.slice(0, 2);
    f.add(`t:${root}`);
    if (tr.pattern.flags.has("say")) f.add("t:say");
    if (tr.pattern.flags.has("noun")) f.add(`tn:${root}`);
    if (tr.pattern.flags.has("weak")) f.add(`tw:${root}`);
  }
  if (!triggers.length) f.add("t:none");
  return [...f];
}
