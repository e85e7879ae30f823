/**
 * The compiled, immutable dictionaries every stage may read. Each is loaded once from data files by a validating
 * loader (see data/README.md) and passed to stages through the Context; no stage reads files.
 */
import type { AcledType, ActorKind } from "./types.ts";

// ---- actors ---------------------------------------------------------------------------------------------

export interface Country {
  /** ISO 3166 alpha-3, also the CAMEO country code */
  readonly iso3: string;
  readonly iso2: string;
  readonly name: string;
  readonly names: readonly string[];
  readonly demonyms: readonly string[];
  readonly capitals: readonly string[];
}

export type KbEntryKind = "country" | "demonym" | "capital" | "igo" | "ngo" | "agent" | "person" | "group";

export interface KbEntry {
  readonly kind: KbEntryKind;
  /** canonical display name ("Khalifa Haftar", "Russia", "United Nations", "foreign minister") */
  readonly name: string;
  /** the CAMEO code this entry contributes: a full actor code (LBYMIL, IGOUNO) or, for agents, the agent part (GOV) */
  readonly code: string;
  readonly country: string | null;
  readonly actorKind: ActorKind;
  /** dated roles (persons): ISO dates, inclusive; absent = open */
  readonly from?: string;
  readonly to?: string;
  /** agents only: true for words that name a person (president, minister) rather than a body (army, police) */
  readonly personal?: boolean;
  /** agents only: the agent code goes before the country code (PETRARCH's `[NGO~]`: "MSF Arnor" → NGOARN) */
  readonly leading?: boolean;
}

export interface KnowledgeBase {
  /** entries for a phraseKey() of a phrase, or undefined */
  lookup(key: string): readonly KbEntry[] | undefined;
  /** the longest phrase, in words, of any key; bounds the matcher's window */
  readonly maxPhraseWords: number;
  /**
   * true when every data form behind the key is written in capitals (US, U.S., WHO, IS, CAR, PM): the matcher
   * should then accept the key only for an upper-case surface, so "us", "who", "is", "car" stay ordinary words
   */
  isAcronym?(key: string): boolean;
  /** true when some key starts with these words ("al" for "al qaeda"); lets a matcher stop early */
  isPrefix?(words: string): boolean;
  country(iso3: string): Country | undefined;
  readonly countries: readonly Country[];
}

// ---- codebook -------------------------------------------------------------------------------------------

export interface CodebookEntry {
  /** CAMEO code: "19", "190", "1951" */
  readonly code: string;
  readonly name: string;
  /** two-digit root */
  readonly root: string;
  readonly goldstein: number;
  /** 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict */
  readonly quadClass: 1 | 2 | 3 | 4;
  /** PLOVER 2021 event type, e.g. ASSAULT; null where the CAMEO code has no PLOVER equivalent */
  readonly plover: string | null;
  readonly ploverMode: string | null;
  readonly acled: AcledType | null;
}

export interface Codebook {
  get(code: string): CodebookEntry | undefined;
  readonly entries: readonly CodebookEntry[];
}

// ---- places ---------------------------------------------------------------------------------------------

export interface GazetteerEntry {
  readonly name: string;
  readonly kind: "country" | "admin1" | "city" | "region";
  /** ISO alpha-3 */
  readonly country: string;
  readonly admin1: string | null;
  readonly lat: number;
  readonly lon: number;
  /** rough population or prominence; used to rank same-named places */
  readonly population: number;
  /** "world": derived from the gazetteer packages (src/places/world/), not from our own table */
  readonly layer?: "world";
  /** the name is also a lower-case English word (WordNet): a place only where the text says it is one */
  readonly common?: boolean;
}

export interface Gazetteer {
  lookup(key: string): readonly GazetteerEntry[] | undefined;
  readonly maxPhraseWords: number;
  /** true when some key starts with these words ("khan" for "khan younis"); lets a matcher stop early */
  isPrefix?(words: string): boolean;
  /** the country entry (centroid) for an ISO alpha-3 code */
  country(iso3: string): GazetteerEntry | undefined;
  /** every entry once, in load order (our own table lists them; the world gazetteer does not) */
  readonly entries?: readonly GazetteerEntry[];
}
