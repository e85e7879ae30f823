/**
 * Picks one place for each candidate name, by the evidence of the article, strongest first: a country or region
 * named right after it ("Tripoli, Lebanon"), the place it is said to be near ("a village near Kidal"), a division
 * word after it ("the Sindh province"), the article's other places nearby, the article's dominant country (its
 * places and its actors' countries), and last population.
 */
import type { Doc, PlaceMention } from "../doc.ts";
import type { GazetteerEntry } from "../resources.ts";
import type { Candidate } from "./match.ts";
import { distanceKm } from "./world/distance.ts";
import { anchorOf, qualifierOf, strongEntries } from "./links.ts";
import { plausible, type ResolveContext } from "./plausible.ts";

/** Country votes: how often each ISO alpha-3 is named, and the offset of its first naming (for ties). */
export type CountryVotes = ReadonlyMap<string, { readonly count: number; readonly first: number }>;

/** A place within this distance of another place the article names is in the same part of the world. */
const NEARBY_KM = 300;
/** A place "near" another lies within this distance of it. */
const NEAR_KM = 150;
/** A namesake this many times smaller than the largest place of its name wins only on evidence near it. */
const MINOR_RATIO = 20;

/** Tallies the countries of unambiguous candidates (all strong entries in one country), of country names and of
 * the `actorCountries` (one vote each). */
export function countryVotes(candidates: readonly Candidate[], actorCountries: readonly string[] = []): CountryVotes {
  const votes = new Map<string, { count: number; first: number }>();
  const add = (country: string, weight: number, at: number): void => {
    const v = votes.get(country) ?? { count: 0, first: at };
    v.count += weight;
    votes.set(country, v);
  };
  for (const c of candidates) {
    const entries = strongEntries(c);
    const countries = new Set(entries.map((e) => e.country));
    const named = entries.find((e) => e.kind === "country");
    const country = countries.size === 1 ? entries[0]?.country : named?.country;
    if (country) add(country, named ? 2 : 1, c.start);
  }
  for (const country of actorCountries) add(country, 1, Infinity);
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

/** What the article says about one candidate, beyond the votes. */
export interface Evidence {
  /** countries named right after it ("Tripoli, Lebanon") */
  readonly qualifier?: ReadonlySet<string>;
  /** the place it is said to be near */
  readonly anchor?: { readonly lat: number; readonly lon: number } | null;
  /** the article's unambiguous finer places, other than this one */
  readonly others?: readonly { readonly lat: number; readonly lon: number }[];
  /** a division word follows it */
  readonly division?: boolean;
  /** a word for a settlement stands before it ("the town of") */
  readonly settlement?: boolean;
}

/** 1 when the kind of place fits the words around the name: a division after "X province", a city after "the town
 * of"; with neither, anything but a division that only the world gazetteer lists. */
function kindFits(e: GazetteerEntry, evidence: Evidence): number {
  if (evidence.division) return e.kind === "admin1" || e.kind === "region" ? 1 : 0;
  if (evidence.settlement) return e.kind === "city" ? 1 : 0;
  return e.kind === "admin1" && e.layer === "world" ? 0 : 1;
}

/**
 * The best entry for a name given the article's votes and the evidence around it.
 *
 * @example pickEntry([tripoliLBY, tripoliLBN], votes, "LBN") === tripoliLBN // same name, the article is about Lebanon
 */
export function pickEntry(
  entries: readonly GazetteerEntry[], votes: CountryVotes, dominant: string | null, evidence: Evidence = {},
): GazetteerEntry | undefined {
  const largest = Math.max(0, ...entries.map((e) => e.population));
  const near = (e: GazetteerEntry, p: { lat: number; lon: number }, km: number): boolean => distanceKm(e, p) <= km;
  const score = (e: GazetteerEntry): number[] => {
    const major = e.population * MINOR_RATIO >= largest ? 1 : 0;
    return [
      evidence.qualifier?.has(e.country) ? 1 : 0,
      evidence.anchor && near(e, evidence.anchor, NEAR_KM) ? 1 : 0,
      kindFits(e, evidence),
      major,
      major && evidence.others?.some((p) => near(e, p, NEARBY_KM)) ? 1 : 0,
      major && e.country === dominant ? 1 : 0,
      major ? votes.get(e.country)?.count ?? 0 : 0,
      e.layer === "world" ? 0 : 1,
      e.population,
    ];
  };
  const scored = entries.map((e) => ({ e, s: score(e) }));
  scored.sort((a, b) => {
    for (let k = 0; k < a.s.length; k++) if ((b.s[k] as number) !== (a.s[k] as number)) return (b.s[k] as number) - (a.s[k] as number);
    return 0;
  });
  return scored[0]?.e;
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

/** True when every strong entry of a candidate is one finer place (within a few kilometres). */
function pinned(c: Candidate): GazetteerEntry | null {
  const entries = strongEntries(c);
  const first = entries[0];
  if (!first || first.kind === "country") return null;
  return entries.every((e) => e.country === first.country && distanceKm(e, first) <= 25) ? first : null;
}

export type { ResolveContext } from "./plausible.ts";

/**
 * Resolves every candidate to one PlaceMention, in text order.
 *
 * @example resolveCandidates(findCandidates(doc, gazetteer), { text: doc.article.text }) // [{ name: "Tripoli", country: "LBY", ... }]
 */
export function resolveCandidates(found: readonly Candidate[], context: ResolveContext = {}): PlaceMention[] {
  const candidates = plausible(found, context);
  const text = context.text ?? "";
  const votes = countryVotes(candidates, context.actorCountries ?? []);
  const dominant = topCountry(votes);
  const pins = candidates.map(pinned);
  const pinnedPlaces = (c: Candidate): GazetteerEntry[] =>
    pins.filter((p, i): p is GazetteerEntry => p !== null && candidates[i]?.text !== c.text);
  // a first pass without links, so that "near Kidal" can use where Kidal was put
  const first = candidates.map((c) => pickEntry(c.entries, votes, dominant, { division: c.cues.division, settlement: c.cues.settlement }));
  const out: PlaceMention[] = [];
  candidates.forEach((c, k) => {
    const anchorAt = anchorOf(candidates, k, text);
    const e = c.entries.length < 2 ? c.entries[0] : pickEntry(c.entries, votes, dominant, {
      qualifier: qualifierOf(candidates, k, text), anchor: anchorAt === null ? null : first[anchorAt] ?? null,
      others: pinnedPlaces(c), division: c.cues.division, settlement: c.cues.settlement,
    });
    if (!e) return;
    out.push({
      name: e.name, country: e.country, admin1: e.admin1, lat: e.lat, lon: e.lon, precision: e.kind,
      start: c.start, end: c.end, text: c.text, sentence: c.sentence,
    });
  });
  return out.sort((a, b) => a.start - b.start);
}
