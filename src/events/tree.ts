/**
 * The dependency tree of the syntax stage, read as the events stage needs it: a token's head, relation and
 * children, and the small facts of a clause (its voice, its subject) that the roles and the mood are read from.
 */
import type { Syntax, Token } from "../doc.ts";

/** verbs whose clausal complement is what was said ("said the army must withdraw") */
export const REPORTING = new Set(["say", "announce", "tell", "state", "add", "claim", "report", "warn", "confirm", "declare", "insist", "assert", "note", "explain"]);

export interface Tree {
  head(i: number): number;
  /** the relation without its subtype: "nsubj:pass" → "nsubj" */
  rel(i: number): string;
  /** the full UD relation */
  deprel(i: number): string;
  children(i: number): readonly number[];
  /** children with one of these (full or base) relations */
  dependents(i: number, ...rels: string[]): number[];
  /** the lemma of a token, lower case */
  lemma(i: number): string;
  upos(i: number): string;
  xpos(i: number): string;
  /** whether `i` is in the subtree of `root` (itself included) */
  within(i: number, root: number): boolean;
  /** a clause in the passive voice: a passive subject or auxiliary, or a "by" agent of a past participle, or a participle conjoined to a passive */
  passive(i: number): boolean;
}

export function treeOf(syntax: Syntax, tokens: readonly Token[]): Tree {
  const n = tokens.length;
  const kids: number[][] = Array.from({ length: n }, () => []);
  for (let i = 0; i < n; i++) {
    const h = syntax.heads[i]!;
    if (h >= 0 && h < n) kids[h]!.push(i);
  }
  const deprel = (i: number) => syntax.deprels[i] ?? "dep";
  // each token's base relation, split once: the roles and the mood ask for it many times a trigger
  const rels = syntax.deprels.map((d) => d.split(":")[0]!);
  const rel = (i: number) => rels[i] ?? "dep";
  const tree: Tree = {
    head: (i) => syntax.heads[i] ?? -1,
    rel,
    deprel,
    children: (i) => kids[i] ?? [],
    dependents: (i, ...rels) => (kids[i] ?? []).filter((k) => rels.includes(deprel(k)) || rels.includes(rel(k))),
    lemma: (i) => tokens[i]?.lemma.toLowerCase() ?? "",
    upos: (i) => syntax.upos[i] ?? tokens[i]?.pos ?? "X",
    xpos: (i) => syntax.xpos[i] ?? "",
    within(i, root) {
      for (let k = i, guard = 0; k >= 0 && guard < 256; k = syntax.heads[k]!, guard++) if (k === root) return true;
      return false;
    },
    passive(i) {
      // (a passive subject under "had" is the parser's slip: "ISIL had attacked Iraq" is active)
      const ds = kids[i] ?? [];
      if (ds.some((k) => deprel(k) === "aux:pass")) return true;
      // "ten were killed and 30 others wounded": a participle conjoined to a passive, with no auxiliary of its
      // own, shares its voice (the passive auxiliary is gapped)
      const up = syntax.heads[i] ?? -1;
      if (deprel(i) === "conj" && syntax.xpos[i] === "VBN" && up >= 0 && !ds.some((k) => rel(k) === "aux") && tree.passive(up)) return true;
      const perfect = ds.some((k) => deprel(k) === "aux" && tokens[k]?.lemma.toLowerCase() === "have");
      if (perfect || syntax.xpos[i] !== "VBN") return false;
      return ds.some((k) => deprel(k) === "nsubj:pass" || deprel(k) === "csubj:pass" || deprel(k) === "obl:agent");
    },
  };
  return tree;
}
