/**
 * Picks one place for each candidate name: first the article's dominant country (the country its place names
 * point to most often), then any other country the article names, then population.
 */
import type { Doc, PlaceMention } from "../doc.ts";
import type { GazetteerEntry } from "../resources.ts";
import type { Candidate } from "./match.ts";

/** Country votes: how often each ISO alpha-3 is named, and the offset of its first naming (for ties). */
export type CountryVotes = ReadonlyMap<string, { readonly count: number; readonly first: number }>;

/** Tallies the countries of unambiguous candidates (all entries in one country) and of country names. */
export function countryVotes(candidates: readonly Candidate[]): CountryVotes {
  const votes = new Map<string, { count: number; first: number }>();
  for (const c of candidates) {
    const countries = new Set(c.entries.map((e) => e.country));
    const named = c.entries.find((e) => e.kind === "country");
    const country = countries.size === 1 ? c.entries[0]?.country : named?.country;
    if (!country) continue;
    const v = votes.get(country) ?? { count: 0, first: c.start };
    v.count += named ? 2 : 1;
    votes.set(country, v);
  }
  return votes;
}

/** The country with most votes; ties go to the one named first. Null when there are no votes. */
export function topCountry(votes: CountryVotes): string | null {
  let best: string | null = null;
  let bestCount = 0;
  let bestFirst = Infinity;
  for (const [iso3, v] of votes) {
    if (v.count > bestCount || (v.count === bestCount && v.first < bestFirst)) {
      best = iso3;
      bestCount = v.count;
      bestFirst = v.first;
    }
  }
  return best;
}

/**
 * The best entry for a name given the article's votes.
 *
 * @example pickEntry([tripoliLBY, tripoliLBN], votes, "LBN") === tripoliLBN // same name, the article is about Lebanon
 */
export function pickEntry(
  entries: readonly GazetteerEntry[], votes: CountryVotes, dominant: string | null,
): GazetteerEntry | undefined {
  const score = (e: GazetteerEntry): [number, number, number] =>
    [e.country === dominant ? 1 : 0, votes.get(e.country)?.count ?? 0, e.population];
  return [...entries].sort((a, b) => {
    const sa = score(a);
    const sb = score(b);
    return sb[0] - sa[0] || sb[1] - sa[1] || sb[2] - sa[2];
  })[0];
}

/**
 * The country the article's places point to most often (each place mention votes for its country), or null.
 *
 * @example dominantCountry(placesStage.run(doc, ctx)) === "LBY" // for a report on fighting around Tripoli
 */
export function dominantCountry(doc: Doc): string | null {
  const votes = new Map<string, { count: number; first: number }>();
  for (const p of doc.places ?? []) {
    if (!p.country) continue;
    const v = votes.get(p.country) ?? { count: 0, first: p.start };
    v.count += 1;
    votes.set(p.country, v);
  }
  return topCountry(votes);
}

/** Resolves every candidate to one PlaceMention, in text order. */
export function resolveCandidates(candidates: readonly Candidate[]): PlaceMention[] {
  const votes = countryVotes(candidates);
  const dominant = topCountry(votes);
  const out: PlaceMention[] = [];
  for (const c of candidates) {
    const e = pickEntry(c.entries, votes, dominant);
    if (!e) continue;
    out.push({
      name: e.name, country: e.country, admin1: e.admin1, lat: e.lat, lon: e.lon, precision: e.kind,
      start: c.start, end: c.end, text: c.text, sentence: c.sentence,
    });
  }
  return out.sort((a, b) => a.start - b.start);
}
