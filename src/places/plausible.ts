/**
 * Which readings of each candidate the article allows at all, before any ranking: a demonym before "city of"
 * names the country, and a small town of the world gazetteer must lie in a country the article points to.
 */
import type { ActorMention } from "../doc.ts";
import { bySentence } from "../events/by-sentence.ts";
import { BARE_POPULATION, type Candidate } from "./match.ts";
import { demonymOf } from "./links.ts";

/** What the article gives besides the candidates. */
export interface ResolveContext {
  /** the article text, for the words between names */
  readonly text?: string;
  /** the countries of the article's actors, one each */
  readonly actorCountries?: readonly string[];
  /** the actor mentions, for demonyms ("the Syrian town of") */
  readonly mentions?: readonly ActorMention[];
}

/**
 * The candidates with only the readings the article allows: where our own table's places or the actors point to
 * some countries, a small town of the world gazetteer elsewhere is not meant ("the Jordanian city of Karak" is not
 * Karak in Pakistan); a candidate left with no reading is dropped.
 */
export function plausible(candidates: readonly Candidate[], context: ResolveContext): Candidate[] {
  const support = new Set(context.actorCountries ?? []);
  for (const c of candidates) for (const e of c.entries) if (e.layer !== "world") support.add(e.country);
  const mentionsIn = bySentence(context.mentions ?? []);
  const out: Candidate[] = [];
  for (const c of candidates) {
    // "the Jordanian city of Karak": only a Karak in Jordan
    const demonym = demonymOf(c, mentionsIn(c.sentence), context.text ?? "");
    const entries = c.entries.filter((e) => (demonym ? e.country === demonym
      : !support.size || e.layer !== "world" || e.population >= BARE_POPULATION || support.has(e.country)));
    if (entries.length) out.push(entries.length === c.entries.length ? c : { ...c, entries });
  }
  return out;
}
