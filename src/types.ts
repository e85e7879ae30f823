/**
 * The output contract (see CONTRACT.md in the shared folder): the JSON shape every figure is read from.
 * Field names here are stable; add fields freely, never rename.
 */

export type ActorKind =
  | "person" | "state" | "government" | "military" | "rebel" | "party"
  | "igo" | "ngo" | "group" | "other";

export interface Mention {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface CodedActor {
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
  /** CAMEO-style actor code: ISO alpha-3 (or IGO/NGO/---) followed by agent codes, e.g. RUSGOV. */
  readonly code: string;
  readonly country: string | null;
  readonly mentions: readonly Mention[];
}

export interface ActorRef {
  readonly actor: string;
  readonly name: string;
  readonly code: string;
  readonly country: string | null;
}

export type Modality = "asserted" | "intended" | "requested" | "hypothetical" | "reported";
export type DatePrecision = "day" | "week" | "month" | "year";
export type DateSource = "clause" | "sentence" | "publication";

/**
 * How fine a place is: a whole country (its lat/lon is the country's centroid, not a spot where anything
 * happened), a first-level division, a named region (Darfur, Donbas) or a city, town or village.
 */
export type PlacePrecision = "country" | "admin1" | "region" | "city";

export interface Place {
  readonly name: string;
  readonly country: string | null;
  readonly admin1: string | null;
  readonly lat: number | null;
  readonly lon: number | null;
  /** Set by the places stage; absent on records stored before it existed (there, admin1 === null marks a country). */
  readonly precision?: PlacePrecision;
}

export interface AcledType {
  readonly event_type: string;
  readonly sub_event_type: string;
}

export interface CodedEvent {
  readonly id: string;
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
   * where the date came from: a date phrase attached to the event's own clause in the tree ("clause"), another
   * date of its sentence ("sentence"), or none, so the publication day ("publication"); null without a date
   */
  readonly date_from?: DateSource | null;
  readonly location: Place | null;
  readonly sentence: number;
  readonly span: readonly [number, number];
  readonly trigger: string;
  readonly confidence: number;
  /**
   * present when the event was coded from a word of the WordNet vocabulary (data/vocabulary/) rather than a
   * hand-written pattern: the seed the word was reached from and how ("synonym", "troponym", "derivation", …)
   */
  readonly vocabulary?: { readonly lexicon: "wordnet"; readonly seed: string; readonly relation: string; readonly pos: "n" | "v" };
}

export interface CodedQuote {
  readonly speaker: string | null;
  readonly speaker_name: string | null;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly direct: boolean;
}

export type CeasefireStatus = "proposed" | "declared" | "in_force" | "violated" | "collapsed" | "ended";

export interface ArticleCeasefire {
  readonly country: string | null;
  readonly parties: readonly string[];
  readonly mediators: readonly string[];
  readonly declared: string | null;
  readonly effective: string | null;
  readonly status: CeasefireStatus;
  readonly terms: readonly string[];
  readonly evidence: readonly string[];
  /** the sentence whose statement decides the status (offsets into article.text); null when none does */
  readonly decided_by?: CeasefireDecision | null;
}

/** The statement that decides a ceasefire's status: its signal ("refused", "failed", "renewed", a status, "attack"). */
export interface CeasefireDecision {
  readonly signal: string;
  readonly sentence: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface ArticleMeta {
  readonly title: string | null;
  readonly author: string | null;
  readonly source: string | null;
  /** ISO date (YYYY-MM-DD) the article was published; relative dates resolve against it. */
  readonly published: string | null;
  readonly url: string | null;
  /** The clean body, boilerplate removed. All offsets in a CodedArticle point into this string. */
  readonly text: string;
  /**
   * Where the title, author, outlet and date were read in the input, as offsets into the input text as given;
   * a field is null when the caller gave it or the input did not state it. Absent for HTML pages.
   */
  readonly header?: ArticleHeader;
  /**
   * How `text` maps back to the input text as given (plain and Markdown-ish text; null for HTML pages):
   * `inputSpan(input_map, start, end)` turns any offsets into `text` into offsets into the input.
   */
  readonly input_map?: readonly InputRun[] | null;
}

/** The header fields as read in the input (offsets into the input as given). */
export interface ArticleHeader {
  readonly title: Mention | null;
  readonly author: Mention | null;
  readonly source: Mention | null;
  readonly published: Mention | null;
}

/**
 * One run of ArticleMeta.input_map, `[text_start, text_end, input_start, input_end]`: where the two lengths are
 * equal the characters correspond one to one; otherwise the text range stands for the whole input range.
 */
export type InputRun = readonly [number, number, number, number];

export interface CodedDate {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly date: string;
  readonly precision: DatePrecision;
  readonly sentence: number;
}

export interface CodedArticle {
  readonly id: string;
  readonly article: ArticleMeta;
  readonly actors: readonly CodedActor[];
  readonly events: readonly CodedEvent[];
  readonly quotes: readonly CodedQuote[];
  readonly ceasefires: readonly ArticleCeasefire[];
  readonly dates: readonly CodedDate[];
  readonly places: readonly (Place & Mention)[];
}

/** One input record, as read from `--batch` JSONL or built from a file. */
export interface ArticleInput {
  readonly id?: string;
  readonly text: string;
  readonly date?: string | null;
  readonly title?: string | null;
  readonly source?: string | null;
  readonly url?: string | null;
  /** "text" | "html" | undefined (sniffed). */
  readonly format?: "text" | "html";
}

/** Expected failures are values (zod's safeParse shape); bugs throw. */
export type Result<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: ParleyIssue };

export interface ParleyIssue {
  readonly code: string;
  readonly message: string;
  readonly path?: string;
}
