/**
 * The country a ceasefire is about: a vote over the locations of its evidence events and the places named in
 * sentences about it, and the countries of its parties (two votes each). Mediators' countries do not vote, nor do
 * places in them (talks "in Moscow"); on a tie the parties' own country wins, and when every party belongs to one
 * country and they are two sides of it (a civil war: its army and a rebel group), that country does.
 */
import type { ActorMention, PlaceMention } from "../doc.ts";
import type { CodedEvent } from "../types.ts";

export interface CountryInput {
  readonly events: readonly CodedEvent[];
  readonly places: readonly PlaceMention[];
  readonly truceSentences: ReadonlySet<number>;
  readonly mentions: readonly ActorMention[];
  readonly parties: readonly string[];
  readonly mediators: readonly string[];
}

/** ISO alpha-3 code of the ceasefire's country, or null. */
export function findCountry(input: CountryInput): string | null {
  const votes = new Map<string, number>();
  const vote = (c: string | null | undefined, n: number): void => {
    if (c) votes.set(c, (votes.get(c) ?? 0) + n);
  };
  const mediators = new Set(input.mediators);
  const mediatorCountries = new Set(
    input.mentions.filter((m) => mediators.has(m.key)).map((m) => m.country).filter((c) => c !== null),
  );
  const firstByKey = new Map<string, ActorMention>();
  for (const m of input.mentions) if (!firstByKey.has(m.key)) firstByKey.set(m.key, m);
  // talks hosted by a mediator ("in Moscow") say where the truce was made, not what it is about
  const away = (c: string | null | undefined) => (c && mediatorCountries.has(c) ? 0 : 1);
  for (const e of input.events) vote(e.location?.country, 2 * away(e.location?.country));
  for (const p of input.places) if (input.truceSentences.has(p.sentence)) vote(p.country, 2 * away(p.country));
  for (const key of input.parties) {
    const m = firstByKey.get(key);
    vote(m?.country, 2 * away(m?.country));
  }
  const partyCountries = new Set(input.parties.map((k) => firstByKey.get(k)?.country).filter((c) => c));
  // on a tie, the sides' own country beats a mediator's and a place named only as where talks were held
  const weaker = (b: string, c: string) => mediatorCountries.has(b) || (partyCountries.has(c) && !partyCountries.has(b));
  let best: string | null = null;
  let bestVotes = 0;
  for (const [c, n] of votes) {
    if (n > bestVotes || (n === bestVotes && best !== null && weaker(best, c))) {
      best = c;
      bestVotes = n;
    }
  }
  // the sides of a civil war all belong to one country: their truce is about it, wherever it was signed
  const [only, ...others] = [...partyCountries];
  const sides = new Set(input.parties.map((k) => firstByKey.get(k)?.code ?? "").filter((c) => c.length >= 6).map((c) => c.slice(3, 6)));
  if (only && others.length === 0 && sides.size >= 2 && best !== only && (votes.get(only) ?? 0) > 0) return only;
  return bestVotes > 0 ? best : null;
}
