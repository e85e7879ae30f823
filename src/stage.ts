/**
 * The shared shape of every pipeline stage: a function from a readonly Doc to a new Doc that declares what it
 * reads and what it adds, so pipeline.ts can check the order when the pipeline is built.
 */
import type { Doc, DocField } from "./doc.ts";
import type { Codebook, Gazetteer, KnowledgeBase } from "./resources.ts";
import type { VerbLexicon } from "./events/lexicon.ts";
import type { EventClassifier } from "./learn/model.ts";
import type { SyntaxModels } from "./syntax/models.ts";

export interface Context {
  readonly kb: KnowledgeBase;
  readonly codebook: Codebook;
  readonly gazetteer: Gazetteer;
  /**
   * The world gazetteer (src/places/world/), consulted by the places stage behind `gazetteer`: the coder gives a
   * lazily loaded one; absent or null, places come from our own table alone.
   */
  readonly world?: Gazetteer | null;
  readonly verbs: VerbLexicon;
  /** the learned event filter (src/learn); null runs the coder on patterns alone */
  readonly classifier: EventClassifier | null;
  /** nouns that can act, from WordNet (src/coref/nouns.ts); absent: no possessive before a subject is an actor */
  readonly agentiveNouns?: ReadonlySet<string>;
  /** the tagger and parser weights (src/syntax); null or absent: the syntax stage adds an empty analysis */
  readonly syntax?: SyntaxModels | null;
  /**
   * Coding conventions. "parley" (the default): a country after "in", "near"… is where something happened, not
   * an actor. "petrarch": as PETRARCH codes with its own dictionaries, the first actor of the verb phrase is the
   * target wherever it stands ("arrived in Gondor" is an event with Gondor).
   */
  readonly conventions?: "parley" | "petrarch";
  /** lazy trace hook: the message is only built when someone listens */
  readonly debug?: (message: () => string) => void;
}

export interface Stage {
  readonly name: string;
  readonly reads: readonly DocField[];
  readonly adds: readonly DocField[];
  run(doc: Doc, ctx: Context): Doc;
}
