/**
 * The document that flows through the pipeline. Each stage receives a readonly Doc and returns a new one with
 * the fields it adds; nothing is mutated in place. See pipeline.ts for the run order.
 */
import type {
  ActorKind, ArticleCeasefire, ArticleMeta, CodedDate, CodedEvent, CodedQuote, Mention, Place,
} from "./types.ts";

export interface Token {
  /** index of the token in the document */
  readonly i: number;
  readonly text: string;
  readonly lower: string;
  /** Universal POS tag from wink-nlp: NOUN, PROPN, VERB, AUX, ADP, DET, PUNCT, ... */
  readonly pos: string;
  /** lemma-ish normal form (wink-nlp lemma where available, else lower) */
  readonly lemma: string;
  /** phraseKey() of the text: the form every dictionary lookup uses ("" for punctuation) */
  readonly key: string;
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
}

export interface Sentence {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** index of the first token and one past the last in Doc.tokens */
  readonly tokenStart: number;
  readonly tokenEnd: number;
}

/** One mention of an actor in the text, before mentions are grouped into actors. */
export interface ActorMention extends Mention {
  /** grouping key: mentions with the same key are the same actor */
  readonly key: string;
  readonly name: string;
  readonly kind: ActorKind;
  readonly code: string;
  readonly country: string | null;
  readonly sentence: number;
  /** token range [tokenStart, tokenEnd) */
  readonly tokenStart: number;
  readonly tokenEnd: number;
  /** how it was found: kb | title | demonym | acronym | nominal | country | capital | coref */
  readonly via: string;
  /** for an anaphor ("he", "the group", "both sides"; via "coref"): the earlier mention it refers to */
  readonly antecedent?: Mention;
}

export interface PlaceMention extends Place, Mention {
  readonly sentence: number;
}

/** A named entity found by the tagger in src/syntax (PER, ORG, LOC, ...), with its offsets in the article text. */
export interface EntitySpan extends Mention {
  readonly type: string;
  readonly sentence: number;
  /** token range [tokenStart, tokenEnd) in Doc.tokens */
  readonly tokenStart: number;
  readonly tokenEnd: number;
}

/**
 * The syntax stage's analysis, one entry per Doc token (same index): our own tags, and the dependency tree of each
 * sentence as the document-wide index of each token's head (-1 for a sentence's root) with its UD relation.
 */
export interface Syntax {
  readonly upos: readonly string[];
  readonly xpos: readonly string[];
  readonly heads: Int32Array;
  readonly deprels: readonly string[];
  readonly entities: readonly EntitySpan[];
}

export interface Doc {
  readonly id: string;
  readonly article: ArticleMeta;
  /** published date as a UTC Date at midnight, or null when unknown */
  readonly reference: Date | null;
  readonly sentences?: readonly Sentence[];
  readonly tokens?: readonly Token[];
  readonly syntax?: Syntax;
  readonly dates?: readonly CodedDate[];
  readonly mentions?: readonly ActorMention[];
  readonly places?: readonly PlaceMention[];
  readonly events?: readonly CodedEvent[];
  readonly quotes?: readonly CodedQuote[];
  readonly ceasefires?: readonly ArticleCeasefire[];
}

export type DocField = Exclude<keyof Doc, "id" | "article" | "reference">;
