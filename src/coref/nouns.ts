/**
 * The nouns that can act (data/coref/agentive-nouns.txt, written from WordNet by scripts/coref-nouns.ts), loaded
 * once with the coder's resources: "his group said" makes the owner an actor of the clause, "his visit comes" does not.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { SHELL_NOUNS } from "./words.ts";

const FILE = fileURLToPath(new URL("../../data/coref/agentive-nouns.txt", import.meta.url));

/** @example loadAgentiveNouns().has("militia") // true */
export function loadAgentiveNouns(file = FILE): ReadonlySet<string> {
  const words = new Set(readFileSync(file, "utf8").split("\n").map((w) => w.trim()).filter(Boolean));
  // the general nouns coreference reads as bodies ("the group", "the movement") act by definition
  for (const [w, cls] of SHELL_NOUNS) if (cls === "body") words.add(w);
  return words;
}
