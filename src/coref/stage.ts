/**
 * Coreference stage: adds a mention for every anaphor that refers to an actor — "he", "its", "they", "the group",
 * "the country", "both sides" — with the anaphor's own offsets and the antecedent's code, country and kind, and
 * `antecedent` naming the mention it refers to. Agent words the actors stage left without a country ("the rebels"
 * coded ---REB) take the actor they refer to. Resolution: resolve.ts.
 */
import type { ActorMention } from "../doc.ts";
import type { Stage } from "../stage.ts";
import { resolveDocument } from "./resolve.ts";
import { WEIGHTS } from "./salience.ts";

export const corefStage: Stage = {
  name: "coref",
  reads: ["sentences", "tokens", "syntax", "dates", "mentions"],
  adds: ["mentions"],
  run(doc, ctx) {
    const links = resolveDocument(doc, WEIGHTS, ctx.agentiveNouns);
    const replaced = new Set<ActorMention>();
    const added: ActorMention[] = [];
    for (const link of links) {
      if (!link.mentions.length || (link.anaphor.type === "pronoun" && link.anaphor.owner)) continue;
      if (link.anaphor.type === "agent") replaced.add(link.anaphor.mention);
      added.push(...link.mentions);
    }
    if (!added.length) return doc;
    const mentions = [...(doc.mentions ?? []).filter((m) => !replaced.has(m)), ...added].sort((a, b) => a.start - b.start || a.end - b.end);
    return { ...doc, mentions };
  },
};
