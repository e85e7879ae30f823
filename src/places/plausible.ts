/**
 * Which readings of each candidate the article allows at all, before any ranking: a demonym before "city of"
 * names the country, and a small town of the world gazetteer must lie in a country the article points to.
 */
import type { ActorMention } from "../doc.ts";
import type { GazetteerEntry } from "../resources.ts";
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

/** A town of the world gazetteer smaller than this is a village: only our own table's towns and regions in its
 * country, or a demonym, make it the one meant. */
export const VILLAGE_POPULATION = 10_000;

/**
 * The candidates with only the readings the article allows, a candidate left with none being dropped: after a
 * demonym ("the Jordanian city of Karak") only places in its country; else, where the article points to some
 * countries (by the places of our own table it names, or its actors), a town of the world gazetteer under 100,000
 * people in none of them is not meant, and a village needs our table's towns or regions in its country ("south of
 * Bagdad" in a report on US strikes in Iraq is not Bagdad, Arizona).
 */
export function plausible(candidates: readonly Candidate[], context: ResolveContext): Candidate[] {
  const fine = new Set<string>();
  const broad = new Set<string>(context.actorCountries ?? []);
  for (const c of candidates) {
    for (const e of c.entries) {
      if (e.layer === "world") continue;
      broad.add(e.country);
      if (e.kind !== "country") fine.add(e.country);
    }
  }
  const mentionsIn = bySentence(context.mentions ?? []);
  const allowed = (e: GazetteerEntry, demonym: string | null): boolean => {
    if (demonym) return e.country === demonym;
    if (e.layer !== "world" || e.population >= BARE_POPULATION || !broad.size) return true;
    return e.population < VILLAGE_POPULATION ? fine.has(e.country) : broad.has(e.country);
  };
  const out: Candidate[] = [];
  for (const c of candidates) {
    const demonym = demonymOf(c, mentionsIn(c.sentence), context.text ?? "");
    const entries = c.entries.filter((e) => allowed(e, demonym));
    if (entries.length) out.push(entries.length === c.entries.length ? c : { ...c, entries });
  }
  return out;
}
