/**
 * The storage interface: every backend (SQLite, PostgreSQL) implements `Store` and passes the one
 * contract suite in test/store/contract.ts. Methods are async so a networked backend fits the same shape.
 */
import type {
  AcledType, ActorKind, ActorRef, CeasefireStatus, CodedArticle, DatePrecision, DateSource, Modality, Place,
} from "../types.ts";

/** What ingest hands to the store for one article: the coding plus the keys used to recognise it again. */
export interface ArticleRecord {
  readonly coded: CodedArticle;
  /** content hash of the normalised clean text: the same article twice has the same hash */
  readonly hash: string;
  /** hash of the normalised input text, so a re-run can skip coding before the clean text is known */
  readonly inputHash: string;
  /** MinHash signature of the clean text's word shingles */
  readonly signature: readonly number[];
  /** locality-sensitive band keys of the signature, used to find near-duplicate candidates */
  readonly bands: readonly string[];
  /** the stored article this one is a near-duplicate of (same wire story elsewhere), or null */
  readonly nearDuplicateOf: string | null;
  readonly similarity: number | null;
  /** ISO timestamp of ingestion (passed in: the store never reads the clock) */
  readonly ingested: string;
  /** where it came from: file path, feed URL, "stdin" */
  readonly origin: string | null;
}

export type PutOutcome =
  | { readonly status: "stored"; readonly id: string; readonly events: number; readonly merged: number }
  | { readonly status: "duplicate"; readonly id: string };

export interface SimilarCandidate {
  readonly id: string;
  readonly story: string;
  readonly signature: readonly number[];
}

/** One sentence of one article that reports a stored event. */
export interface EventMention {
  readonly article: string;
  /** the event's id inside that article's CodedArticle */
  readonly event: string;
  readonly sentence: number;
  readonly span: readonly [number, number];
  readonly text: string;
  readonly source: string | null;
  readonly url: string | null;
  readonly published: string | null;
}

/** An event as stored: merged across the articles that report it. */
export interface StoredEvent {
  readonly id: string;
  /** small integer id, for exports that want one (GDELT's GLOBALEVENTID) */
  readonly seq: number;
  readonly cameo: string;
  readonly cameo_name: string;
  readonly plover: string | null;
  readonly plover_mode: string | null;
  readonly acled: AcledType | null;
  readonly goldstein: number;
  readonly quad_class: number;
  readonly source: readonly ActorRef[];
  readonly target: readonly ActorRef[];
  readonly negated: boolean;
  readonly modality: Modality;
  readonly date: string | null;
  readonly date_precision: DatePrecision | null;
  /**
   * where `date` came from in the report that created the stored event (whose date it keeps): the event's own
   * clause, its sentence, or the publication day (CodedEvent.date_from); null without a date, and null (unknown)
   * for events stored before the store kept it (schema v4)
   */
  readonly date_from: DateSource | null;
  readonly location: Place | null;
  readonly trigger: string;
  readonly confidence: number;
  readonly num_mentions: number;
  readonly num_articles: number;
  readonly num_sources: number;
  /** ids of the articles reporting it */
  readonly articles: readonly string[];
  /** distinct news sources (outlets) reporting it */
  readonly sources: readonly string[];
  /** every sentence that reports it */
  readonly mentions: readonly EventMention[];
}

export interface EventFilter {
  /** ISO alpha-3: the event's location country or an actor's country */
  readonly country?: string;
  /** actor code prefix (RUS, RUSGOV) or a word of an actor name */
  readonly actor?: string;
  readonly from?: string;
  readonly to?: string;
  /** CAMEO code prefix: "19" matches every root-19 code */
  readonly cameo?: string;
  readonly plover?: string;
  /** ACLED event type or sub-event type */
  readonly acled?: string;
  /** full-text query over the reporting articles: its words, all required (SQLite FTS5, PostgreSQL tsquery) */
  readonly text?: string;
  /** only events whose date came from there ("publication": dated by the publication day alone); unknown never matches */
  readonly date_from?: DateSource;
  /** only fighting: CAMEO roots 18-20 or ACLED Battles / Explosions/Remote violence */
  readonly fighting?: boolean;
  readonly article?: string;
  /** only events with an actor on the source (target) side that matches: a code prefix or a word of its name */
  readonly source?: string;
  readonly target?: string;
  readonly limit?: number;
  /** events to skip (after the cursor, when one is given) */
  readonly offset?: number;
  /** the `next` cursor of the page before: the page starts after that event */
  readonly after?: string;
}

/** One page of events in the store's order (day, undated last, then storage order) and the filter's total. */
export interface EventPage {
  readonly total: number;
  readonly items: readonly StoredEvent[];
  /** pass as `after` for the next page; null on the last page */
  readonly next: string | null;
}

export type SeriesBy = "quad" | "plover" | "acled";

/** Events per day and label, counted by the database (the overview chart's raw numbers). */
export interface SeriesCounts {
  /** `day` is days since 1970-01-01; only non-negated events dated to the day with a label of this kind */
  readonly rows: readonly { readonly day: number; readonly key: string; readonly count: number }[];
  /** events left out: not dated to the day, negated, or without a label of this kind */
  readonly undated: number;
  readonly negated: number;
  readonly unlabelled: number;
}

/** One actor as written on events, with how often it stands on a side of a non-negated event. */
export interface NetworkActorCount {
  readonly code: string;
  readonly name: string;
  readonly country: string | null;
  readonly events: number;
}

/** One source → target pair of actors (as written on events) over the non-negated events. */
export interface NetworkPairCount {
  readonly source: { readonly code: string; readonly name: string };
  readonly target: { readonly code: string; readonly name: string };
  readonly events: number;
  readonly goldstein_sum: number;
  /** the pair's first five events in the store's order; `order` sorts samples of several pairs alike */
  readonly sample: readonly { readonly id: string; readonly order: readonly [number, number] }[];
}

export interface NetworkCounts {
  readonly actors: readonly NetworkActorCount[];
  readonly pairs: readonly NetworkPairCount[];
}

export interface Facet {
  readonly key: string;
  readonly count: number;
}

/** Counts over every stored event: the dashboard summary's facets, most frequent first. */
export interface EventFacets {
  /** the earliest and latest event date */
  readonly first: string | null;
  readonly last: string | null;
  /** events per country named by the location or an actor (an event counts once per country) */
  readonly countries: readonly Facet[];
  readonly plover: readonly Facet[];
  readonly acled: readonly Facet[];
  readonly cameo_roots: readonly Facet[];
}

/** An article in the list: its metadata and how much was coded from it. */
export interface ArticleSummary {
  readonly id: string;
  readonly title: string | null;
  readonly source: string | null;
  readonly published: string | null;
  readonly url: string | null;
  readonly story: string;
  readonly near_duplicate_of: string | null;
  readonly events: number;
  readonly actors: number;
  readonly quotes: number;
  readonly ceasefires: number;
}

export interface ArticlePage {
  readonly total: number;
  readonly items: readonly ArticleSummary[];
}

export interface StoredActor {
  /** stable key across articles: code and normalised name */
  readonly key: string;
  readonly name: string;
  readonly code: string;
  readonly kind: ActorKind;
  readonly country: string | null;
  readonly num_articles: number;
  readonly num_mentions: number;
  readonly first_seen: string | null;
  readonly last_seen: string | null;
}

export interface ActorFilter {
  readonly country?: string;
  readonly name?: string;
  readonly limit?: number;
  readonly offset?: number;
}

/** A party or mediator resolved from article-local actor ids to names and codes. */
export interface PartyRef {
  readonly key: string;
  readonly name: string;
  readonly code: string;
  readonly country: string | null;
}

/** What one article says about one ceasefire, as stored. */
export interface StoredCeasefireMention {
  readonly article: string;
  readonly index: number;
  readonly published: string | null;
  readonly source: string | null;
  readonly title: string | null;
  readonly country: string | null;
  readonly parties: readonly PartyRef[];
  readonly mediators: readonly PartyRef[];
  readonly declared: string | null;
  readonly effective: string | null;
  readonly status: CeasefireStatus;
  readonly terms: readonly string[];
  /** stored (merged) event ids */
  readonly evidence: readonly string[];
  /** the evidence sentences' text, for people */
  readonly evidence_text: readonly string[];
}

export interface StoredArticle {
  readonly id: string;
  readonly hash: string;
  readonly title: string | null;
  readonly source: string | null;
  readonly published: string | null;
  readonly url: string | null;
  readonly text: string;
  /** the first article of its near-duplicate cluster (itself when it starts one) */
  readonly story: string;
  readonly near_duplicate_of: string | null;
  readonly ingested: string;
  readonly origin: string | null;
  readonly coded: CodedArticle;
}

export interface ArticleHit {
  readonly id: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly source: string | null;
  readonly snippet: string;
}

export interface StoreCounts {
  readonly articles: number;
  readonly stories: number;
  readonly events: number;
  readonly event_mentions: number;
  readonly actors: number;
  readonly ceasefire_mentions: number;
}

/**
 * The storage layer. Each `putArticle` is one transaction: the article, its events (merged with events other
 * articles reported), actors, quotes and ceasefire mentions are all stored, or none is.
 *
 * @example
 * const store = openStore("./parley.db");
 * const outcome = await store.putArticle(record);
 * const events = await store.events({ country: "LBY", from: "2020-01-01" });
 */
export interface Store {
  readonly backend: "sqlite" | "postgres";
  findByHash(hash: string): Promise<string | null>;
  findByInputHash(inputHash: string): Promise<string | null>;
  findSimilar(bands: readonly string[]): Promise<readonly SimilarCandidate[]>;
  putArticle(record: ArticleRecord): Promise<PutOutcome>;
  /**
   * Stores several articles in one transaction (group commit: fewer page writes per article). Each article is
   * still whole or absent; outcomes come back in order, and a record duplicating an earlier one in the same call
   * is a duplicate.
   */
  putArticles(records: readonly ArticleRecord[]): Promise<readonly PutOutcome[]>;
  getArticle(id: string): Promise<StoredArticle | null>;
  searchArticles(query: string, limit?: number): Promise<readonly ArticleHit[]>;
  /** every matching event (or `limit` of them): for exports and small filtered sets; the API reads pages */
  events(filter?: EventFilter): Promise<readonly StoredEvent[]>;
  /** one page (`limit`, default 100; `after` or `offset`) and the filter's total, paged by the database */
  eventPage(filter?: EventFilter): Promise<EventPage>;
  getEvent(id: string): Promise<StoredEvent | null>;
  /** events per day and label, grouped by the database */
  eventSeries(filter: EventFilter, by: SeriesBy): Promise<SeriesCounts>;
  /** actor and actor-pair counts of the matching events, grouped by the database */
  eventNetwork(filter?: EventFilter): Promise<NetworkCounts>;
  eventFacets(): Promise<EventFacets>;
  /** articles newest first (undated last, then by id) */
  listArticles(page: { readonly limit: number; readonly offset: number }): Promise<ArticlePage>;
  countActors(filter?: ActorFilter): Promise<number>;
  actors(filter?: ActorFilter): Promise<readonly StoredActor[]>;
  ceasefireMentions(filter?: { readonly country?: string }): Promise<readonly StoredCeasefireMention[]>;
  counts(): Promise<StoreCounts>;
  /**
   * A token that changes whenever stored data may have changed (any commit, by this store or another process), so
   * a read computed at one version can be reused while the version stays the same (cached.ts).
   */
  dataVersion(): Promise<string>;
  close(): Promise<void>;
}
