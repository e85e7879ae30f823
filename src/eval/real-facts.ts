/**
 * What output of the coder counts as finding a fact a careful reader lists. Violence and talks are found in the
 * fact's own sentence (an event of the right CAMEO root, not negated; a count must be the one the ACLED export
 * reads from that sentence; a place must be the event's location). A truce's stage is found in the article's
 * ceasefire records: one that reached that stage, and for "not declared" (talks failed, a side refused, a call
 * not heeded) records that all stayed "proposed".
 */
import { deathCount } from "../store/export/fatalities.ts";
import type { CeasefireStatus, CodedArticle, CodedEvent } from "../types.ts";
import type { AnnotatedFact, FactKind } from "./real-annotations.ts";
import { inSentence } from "./real-match.ts";

export type PlacedFact = Omit<AnnotatedFact, "sentence"> & { readonly sentence: readonly [number, number] };

const VIOLENT_ROOTS = new Set(["18", "19", "20"]);

/** The ceasefire statuses that show a truce reached a stage (a collapsed truce was declared and violated). */
const REACHED: Readonly<Record<Exclude<FactKind, "killed" | "attack" | "talks_held" | "truce_not_declared">, readonly CeasefireStatus[]>> = {
  truce_proposed: ["proposed", "declared", "in_force", "violated", "collapsed", "ended"],
  truce_declared: ["declared", "in_force", "violated", "collapsed", "ended"],
  truce_in_force: ["in_force", "violated"],
  truce_violated: ["violated", "collapsed"],
  truce_collapsed: ["collapsed"],
  truce_ended: ["ended", "collapsed"],
};

const sameName = (a: string, b: string): boolean => {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x.includes(y) || y.includes(x);
};

export function factFound(fact: PlacedFact, article: CodedArticle): boolean {
  const here = (e: CodedEvent): boolean => inSentence(e, fact.sentence) && !e.negated;
  const root = (e: CodedEvent): string => e.cameo.slice(0, 2);
  switch (fact.kind) {
    case "attack":
      return article.events.some((e) => here(e) && VIOLENT_ROOTS.has(root(e)));
    case "killed": {
      if (!article.events.some((e) => here(e) && VIOLENT_ROOTS.has(root(e)))) return false;
      return fact.count === undefined || deathCount(article.article.text.slice(fact.sentence[0], fact.sentence[1])) === fact.count;
    }
    case "talks_held":
      return article.events.some((e) => here(e) && root(e) === "04" &&
        (!fact.place || (e.location !== null && sameName(e.location.name, fact.place.name))));
    case "truce_not_declared":
      return article.ceasefires.length > 0 && article.ceasefires.every((c) => c.status === "proposed");
    default:
      return article.ceasefires.some((c) => REACHED[fact.kind as keyof typeof REACHED].includes(c.status));
  }
}
