/**
 * "called for a ceasefire", "demanded the release of the hostages", "pressed for pauses in the fighting": an act
 * named as what a request asks for is requested, not done. A general request (CAMEO 020, or the bare demand 100)
 * whose object or "for" phrase in the tree is another trigger becomes the appeal (02x) or demand (10x) CAMEO
 * defines for that act, and the act itself is no event of its own.
 */
import type { Tree } from "./tree.ts";
import type { Trigger } from "./triggers.ts";
import { appealOf, demandOf, type IntentTable } from "./intent.ts";

/** codes of requests that do not say what they ask for */
const GENERAL = new Set(["02", "020", "10", "100"]);

export function foldRequests(chosen: readonly Trigger[], found: readonly Trigger[], tree: Tree, intents: IntentTable): Trigger[] {
  let out = [...chosen];
  for (const a of chosen) {
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
