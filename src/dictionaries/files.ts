/**
 * Which dictionary a file holds, from its name as the PETRARCH and Phoenix distributions name them
 * (`PETR.Validate.actors.txt`, `Phoenix.agents.txt`, `CAMEO.verbpatterns.txt`, `Phoenix.discards.txt`).
 */
export type DictKind = "actors" | "agents" | "verbs" | "discards";

/** The kind of a dictionary file, or null for files we do not read (issues, ontologies, READMEs). */
export function kindOfFile(name: string): DictKind | null {
  const n = name.toLowerCase();
  if (!n.endsWith(".txt")) return null;
  if (n.includes("verb")) return "verbs";
  if (n.includes("agent")) return "agents";
  if (n.includes("discard")) return "discards";
  if (n.includes("actor")) return "actors";
  return null;
}
