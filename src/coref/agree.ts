/**
 * Agreement between an anaphor and a candidate antecedent: person or not, singular or plural, and for general nouns
 * the kind of actor ("the country" a state, "the group" an organised body). A candidate that names no actor agrees
 * with a pronoun of its number ("the deal … it") and with a general noun of the same word ("a group of gunmen …
 * the group"), so that the anaphor takes it and stays unresolved rather than reaching past it to an actor. A
 * definite noun phrase ("the treaty") takes only an earlier phrase with the same head word.
 */
import type { ActorKind } from "../types.ts";
import type { Anaphor } from "./anaphors.ts";
import type { Candidate } from "./candidates.ts";

/** bodies that may be an "it" or a "they" ("the army said it…", "Hamas said they…") */
const COLLECTIVE = new Set<ActorKind>(["government", "military", "rebel", "party", "igo", "ngo", "group"]);
const BODIES = new Set<ActorKind>(["military", "rebel", "party", "igo", "ngo", "group"]);

export function agrees(a: Anaphor, c: Candidate): boolean {
  const kind = c.mentions.length === 1 ? c.mentions[0]!.kind : null;
  if (a.type === "pronoun") {
    if (a.info.want === "person") return c.person && !c.plural;
    if (a.info.want === "single") return !c.person && !c.plural;
    return c.plural || (kind !== null && COLLECTIVE.has(kind));
  }
  if (a.type === "shell") {
    if (!c.mentions.length) return c.lemma === a.word;
    if (a.cls === "state") return c.mentions.every((m) => m.country !== null && (m.kind === "state" || m.kind === "government"));
    if (a.cls === "body") return kind !== null && BODIES.has(kind) && !c.plural;
    return false; // pairs are chosen apart (resolve.ts)
  }
  if (a.type === "definite") return c.lemma === a.word;
  const m = a.mention;
  if (!c.mentions.length) return c.lemma === a.word;
  // an actor that is placed (a country) or international ("ISIL fighters … the militants"), not another bare agent
  if (kind !== m.kind || c.mentions[0]!.code.startsWith("---")) return false;
  // "the president" is a person with the same agent code; "the rebels" any rebel body
  return m.kind !== "person" || c.mentions[0]!.code.slice(3, 6) === m.code.slice(3, 6);
}
