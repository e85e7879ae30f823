/**
 * The run order of the coder, in one place. Each stage declares what it reads and adds; `buildPipeline` checks the
 * order when the pipeline is built, so a misordered list fails at startup rather than mid-corpus.
 */
import type { Doc, DocField } from "./doc.ts";
import type { Context, Stage } from "./stage.ts";
import { languageStage } from "./language/stage.ts";
import { datesStage } from "./language/dates-stage.ts";
import { syntaxStage } from "./syntax/stage.ts";
import { actorsStage } from "./actors/stage.ts";
import { corefStage } from "./coref/stage.ts";
import { issuerStage } from "./coref/issuer.ts";
import { focusStage } from "./actors/focus.ts";
import { forceOwnerStage } from "./actors/force-owner.ts";
import { placesStage } from "./places/stage.ts";
import { eventsStage } from "./events/stage.ts";
import { quotesStage } from "./quotes/stage.ts";
import { firstPersonStage } from "./coref/first-person.ts";
import { trucesStage } from "./truces/stage.ts";

export const STAGES: readonly Stage[] = [
  languageStage, // + sentences, tokens
  syntaxStage, // + syntax (tags, dependency trees, named entities)
  datesStage, // + dates
  actorsStage, // + mentions
  corefStage, // + mentions of anaphors ("he", "the group", "both sides")
  issuerStage, // + mentions of documents that speak for their issuer ("the resolution calls for")
  quotesStage, // + quotes
  firstPersonStage, // + mentions of "I", "we", "our" inside a quote: its speaker
  placesStage, // + places
  focusStage, // the article's country for agents named without one ("police", "the regime")
  forceOwnerStage, // a government owning an act of military force ("regime air raids") is its military
  eventsStage, // + events
  trucesStage, // + ceasefires
];

/** Checks that every stage's inputs are added by an earlier stage; throws on a misordered list (a bug). */
export function buildPipeline(stages: readonly Stage[] = STAGES): readonly Stage[] {
  const have = new Set<DocField>();
  for (const stage of stages) {
    const missing = stage.reads.filter((f) => !have.has(f));
    if (missing.length) {
      throw new Error(`pipeline: stage "${stage.name}" reads ${missing.join(", ")} before any stage adds it`);
    }
    for (const f of stage.adds) have.add(f);
  }
  return stages;
}

/** Runs the stages in order over a document. */
export function runPipeline(doc: Doc, ctx: Context, stages: readonly Stage[]): Doc {
  let current = doc;
  for (const stage of stages) {
    current = stage.run(current, ctx);
    ctx.debug?.(() => `stage ${stage.name} done`);
  }
  return current;
}
