import type { Token } from "../doc.ts";
import type { Trigger } from "./triggers.ts";
import { isSubordinate } from "./clause.ts";
import { joinedIn } from "./happening.ts";
import { REPORTING, type Tree } from "./tree.ts";

/**
 * A sentence's main events: triggers that are neither subordinate (clause.ts) nor nominal, when there are any;
 * otherwise all of them. Reporting verbs and weak patterns are filtered later.
 */
export function preferMain(all: readonly Trigger[], tokens: readonly Token[], sentenceStart: number, tree: Tree | null = null): Trigger[] {
  // "in an unannounced visit", "during clashes": a noun inside a prepositional phrase is background when the
  // sentence has any other trigger (not what someone takes part in: "engaged in negotiations")
  const foreground = all.filter((t) => !backgrounded(tokens, t, sentenceStart) || (tree !== null && joinedIn(tree, tokens, t.head)));
  const triggers = foreground.length ? foreground : [...all];
  const content = (t: Trigger) => !t.pattern.flags.has("say") && !t.pattern.flags.has("weak");
  const main = triggers.filter((t) => content(t) && !t.pattern.flags.has("noun") && (!isSubordinate(tokens, t.head, sentenceStart) || (tree !== null && reported(tree, tokens, t.head))));
  if (main.length) return triggers.filter((t) => !content(t) || main.includes(t));
  const verbal = triggers.filter((t) => content(t) && !t.pattern.flags.has("noun"));
  if (verbal.length) return triggers.filter((t) => !content(t) || verbal.includes(t));
  return [...triggers];
}

const PREPOSITIONS = new Set(["in", "during", "after", "before", "amid", "since", "despite", "following", "of", "from", "over", "on"]);
const FILLERS = new Set(["DET", "ADJ", "NUM", "ADV", "PRON"]);

function backgrounded(tokens: readonly Token[], t: Trigger, sentenceStart: number): boolean {
  if (!t.pattern.flags.has("noun") || tokens[t.head]!.pos === "VERB") return false;
  for (let k = t.head - 1; k >= Math.max(sentenceStart, t.head - 4); k--) {
    const w = tokens[k]!;
    if (PREPOSITIONS.has(w.lower)) return true;
    if (!FILLERS.has(w.pos)) return false;
  }
  return false;
}

/**
 * "The center said that militants shelled the town": the clause a reporting verb reports is the news, whatever
 * the word order suggests (a verb after a noun, once the sentence has had one, reads as a reduced relative).
 */
function reported(tree: Tree, tokens: readonly Token[], head: number): boolean {
  const up = tree.head(head);
  return up >= 0 && tree.deprel(head) === "ccomp" && REPORTING.has(tree.lemma(up)) &&
    !tree.dependents(head, "mark").some((m) => tokens[m]!.lower !== "that");
}
