/**
 * A definite event noun names an act the article has already reported: "Israeli warplanes struck Rafah on Monday.
 * The raids killed nine" — "the raids" are the strikes, and their doer is the strikes' doer. An event with no source
 * whose trigger is such a noun ("the raids", "these attacks"), or a verb whose subject is one ("the strikes hit the
 * town"), takes the source of the last event of the same CAMEO root in that sentence or the few before it.
 */
import type { Token } from "../doc.ts";
import type { EventParts } from "./build.ts";
import type { Tree } from "./tree.ts";

/** how many sentences back an act may have been reported */
const REACH = 3;
const DEFINITE = new Set(["the", "this", "these", "those"]);

/** the trigger is a definite event noun, or a verb whose subject is a definite noun that names no actor */
export function definiteAct(tree: Tree, tokens: readonly Token[], head: number): boolean {
  const definite = (n: number) => tree.dependents(n, "det").some((d) => DEFINITE.has(tokens[d]!.lower));
  if (tree.upos(head) === "NOUN") return definite(head);
  if (tree.upos(head) !== "VERB") return false;
  return tree.dependents(head, "nsubj").some((n) => tree.upos(n) === "NOUN" && definite(n));
}

export interface ActsSoFar {
  /** the events of a sentence, in order: a sourceless definite act takes an earlier act's source */
  resolve(parts: readonly EventParts[], tree: Tree, tokens: readonly Token[]): EventParts[];
}

export function actsSoFar(): ActsSoFar {
  const seen: EventParts[] = [];
  return {
    resolve(parts, tree, tokens) {
      const out: EventParts[] = [];
      for (const p of parts) {
        let q = p;
        if (!p.source.length && definiteAct(tree, tokens, p.trigger.head)) {
          const root = p.code.slice(0, 2);
          for (let i = seen.length - 1; i >= 0; i--) {
            const e = seen[i]!;
            if (p.sentence - e.sentence > REACH) break;
            if (e.code.slice(0, 2) === root && e.source.length) {
              q = { ...p, source: e.source, target: p.target.filter((t) => !e.source.some((s) => s.key === t.key)) };
              break;
            }
          }
        }
        out.push(q);
      }
      seen.push(...out);
      return out;
    },
  };
}
