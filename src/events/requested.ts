/**
 * "called for a ceasefire", "demanded the release of the hostages", "pressed for pauses in the fighting": an act
 * named as what a request asks for is requested, not done. A general request (CAMEO 020, or the bare demand 100)
 * whose object or "for" phrase in the tree is another trigger becomes the appeal (02x) or demand (10x) CAMEO
 * defines for that act, and the act itself is no event of its own. So does a statement whose object is a noun of
 * necessity ("stressed the need for a ceasefire" → 0256).
 */
import type { Tree } from "./tree.ts";
import type { Trigger } from "./triggers.ts";
import { appealOf, demandOf, type IntentTable } from "./intent.ts";

/**
 * Nouns of necessity: "stressed the need to end the fighting", "underlined the importance of a ceasefire" — a
 * statement whose object says that an act must happen asks for it (the noun counterpart of "must").
 */
const NECESSITY = new Set(["need", "necessity", "importance", "urgency"]);

/** codes of requests that do not say what they ask for */
const GENERAL = new Set(["02", "020", "10", "100"]);

export function foldRequests(chosen: readonly Trigger[], found: readonly Trigger[], tree: Tree, intents: IntentTable): Trigger[] {
  let out = [...chosen];
  for (const a of chosen) {
    const need = a.pattern.flags.has("say") ? necessityOf(tree, a) : -1;
    if (need >= 0) {
      // the first act named under the noun is what is asked for; with none, a general appeal (020)
      const asked = found.find((b) => b !== a && !b.pattern.flags.has("say") && !/^(01|02|10)/.test(b.pattern.code) && tree.within(b.head, need));
      const code = (asked && appealOf(intents, asked.pattern.code)) ?? "020";
      const flags = new Set([...a.pattern.flags].filter((f) => f !== "say"));
      const folded: Trigger = { pattern: { ...a.pattern, code, flags }, head: a.head, end: Math.max(a.end, asked?.end ?? a.end) };
      out = out.filter((t) => t !== a && t !== asked);
      out.push(folded);
      continue;
    }
    if (!GENERAL.has(a.pattern.code)) continue;
    const asked = found.find((b) => b !== a && !b.pattern.flags.has("say") && !/^(01|02|10)/.test(b.pattern.code) && askedBy(tree, a, b));
    if (!asked) continue;
    const code = a.pattern.code.startsWith("02") ? appealOf(intents, asked.pattern.code) : demandOf(intents, asked.pattern.code);
    if (!code) continue;
    const folded: Trigger = { pattern: { ...a.pattern, code }, head: a.head, end: Math.max(a.end, asked.end) };
    out = out.filter((t) => t !== a && t !== asked);
    out.push(folded);
  }
  return out.sort((x, y) => x.head - y.head);
}

/** the noun of necessity that is the object of a reporting verb ("stressed the need …"), or -1 */
function necessityOf(tree: Tree, a: Trigger): number {
  return tree.dependents(a.head, "obj").find((n) => NECESSITY.has(tree.lemma(n))) ?? -1;
}

/** b's head is the object, or a "for"/"of" phrase, of a's words (or of that object: "the release of the hostages") */
function askedBy(tree: Tree, a: Trigger, b: Trigger): boolean {
  if (b.head < a.head) return false;
  const own = (i: number) => i >= a.head && i < a.end;
  const rel = (i: number) => tree.rel(i) === "obj" || tree.rel(i) === "obl" || tree.rel(i) === "xcomp";
  const up = tree.head(b.head);
  if (up >= 0 && own(up) && rel(b.head)) return true;
  // "called for an end to the fighting": the act is the noun's complement
  return up >= 0 && rel(up) && own(tree.head(up)) && (tree.rel(b.head) === "nmod" || tree.rel(b.head) === "compound");
}
