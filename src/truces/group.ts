/**
 * Splits an article's sentences into one group per distinct ceasefire. Articles usually speak of one; a second
 * is recognised only when two countries each have at least two truce sentences naming a place in them, and no
 * truce sentence names places in both (one front has two sides). Sentences
 * without a place join the group of the nearest earlier sentence that has one (else the largest group).
 */
import type { PlaceMention, Sentence } from "../doc.ts";
import { namesTruce } from "./words.ts";
import { bySentence } from "../events/by-sentence.ts";

const MIN_SENTENCES = 2;

/** Groups of sentence indexes, one per ceasefire; a single group holding every sentence in the usual case. */
export function groupSentences(sentences: readonly Sentence[], places: readonly PlaceMention[]): number[][] {
  const countryOf = new Map<number, string>();
  const together: Set<string>[] = [];
  const placesIn = bySentence(places);
  for (const s of sentences) {
    if (!namesTruce(s.text)) continue;
    const counts = new Map<string, number>();
    for (const p of placesIn(s.index)) if (p.country) counts.set(p.country, (counts.get(p.country) ?? 0) + 1);
    together.push(new Set(counts.keys()));
    const top = [...counts].sort((a, b) => b[1] - a[1])[0];
    if (top) countryOf.set(s.index, top[0]);
  }
  const perCountry = new Map<string, number>();
  for (const c of countryOf.values()) perCountry.set(c, (perCountry.get(c) ?? 0) + 1);
  const distinct = [...perCountry].filter(([, n]) => n >= MIN_SENTENCES).sort((a, b) => b[1] - a[1]).map(([c]) => c);
  const all = sentences.map((s) => s.index);
  if (distinct.length < 2) return [all];
  // one truce whose sentences name places on both sides of a front ("Israel", "Gaza") is still one truce
  if (together.some((set) => distinct.filter((c) => set.has(c)).length >= 2)) return [all];
  const groups = new Map<string, number[]>(distinct.map((c) => [c, []]));
  let current = distinct[0] ?? "";
  for (const i of all) {
    const c = countryOf.get(i);
    if (c && groups.has(c)) current = c;
    groups.get(current)?.push(i);
  }
  return [...groups.values()].filter((g) => g.length > 0);
}
