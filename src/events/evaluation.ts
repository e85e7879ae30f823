/**
 * What a statement says of someone: a speaker's reported or quoted clause whose predicate is a word of judgement
 * ("said the resolution was meaningless", "'This is a disgrace,' he added", "said the US was disappointed by the
 * decision", "said the seizure was a flagrant violation of international law") is the speaker's denunciation (111)
 * or accusation (112) of the one the clause is about, not a bare statement (010); one that hopes or despairs ("said
 * he hoped the truce would hold", "the outlook was bleak") is an optimistic (013) or pessimistic (012) comment. The words are data
 * (data/verbs/evaluation.tsv); the construction is read from the tree: the reporting verb's clausal complement (or
 * the quoted clause hanging from it), a predicate adjective or noun with its copula — or the participle of a verb
 * of feeling with "be" — and the clause's subject, or a "by" agent, as the one judged.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Token } from "../doc.ts";
import type { Tree } from "./tree.ts";
import type { Trigger } from "./triggers.ts";

/** word of judgement (lemma or form, lower case) → CAMEO code */
export type EvaluationTable = ReadonlyMap<string, string>;

const DEFAULT_FILE = fileURLToPath(new URL("../../data/verbs/evaluation.tsv", import.meta.url));

/** Pure: the table from the file's text; a bad line is a bug in the data and throws with FILE:LINE. */
export function parseEvaluationTable(text: string, file = "evaluation.tsv"): EvaluationTable {
  const table = new Map<string, string>();
  text.split("\n").forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith("#")) return;
    const [word, code, ...rest] = line.split("\t");
    if (!word || !code || rest.length || !/^[a-z]+$/.test(word) || !/^(012|013|111|112)$/.test(code)) {
      throw new Error(`${file}:${i + 1}: expected LEMMA<TAB>CODE with a lower-case word and 012, 013, 111 or 112, found "${line}"`);
    }
    if (table.has(word)) throw new Error(`${file}:${i + 1}: "${word}" is listed twice`);
    table.set(word, code);
  });
  return table;
}

export function loadEvaluationTable(file: string = DEFAULT_FILE): EvaluationTable {
  return parseEvaluationTable(readFileSync(file, "utf8"), file);
}

export interface Evaluation {
  readonly code: string;
  /** the predicate word */
  readonly predicate: number;
  /** the token naming what is judged (the clause's subject, or the "by" agent of a feeling), or -1 */
  readonly about: number;
}

/** relations by which a reported or quoted clause hangs from its reporting verb */
const COMPLEMENTS = new Set(["ccomp", "parataxis"]);

/** The judgement in the clause a reporting verb reports, or null where its complement judges no one. */
export function evaluationOf(tree: Tree, tokens: readonly Token[], verb: number, table: EvaluationTable): Evaluation | null {
  if (!table.size) return null;
  for (const c of tree.children(verb)) {
    if (!COMPLEMENTS.has(tree.rel(c))) continue;
    // "…is disconnected from reality and is meaningless": conjoined predicates judge the same subject
    for (const p of [c, ...tree.dependents(c, "conj")]) {
      // (a conjoined predicate shares the first one's copula: "was false and irresponsible")
      const code = judgement(tree, tokens, p, table, tree.dependents(p, "cop").length > 0 || tree.dependents(c, "cop").length > 0);
      if (code) return { code, predicate: p, about: judged(tree, tokens, c, p) };
    }
  }
  return null;
}

/** the code of a predicate that judges: a word of the table, or a noun with one as its "of" phrase ("an act of terrorism") */
function judgement(tree: Tree, tokens: readonly Token[], p: number, table: EvaluationTable, copular: boolean): string | undefined {
  const upos = tree.upos(p);
  const be = tree.dependents(p, "aux:pass", "cop").some((k) => tree.lemma(k) === "be");
  const word = (i: number) => table.get(tokens[i]!.lower) ?? table.get(tree.lemma(i));
  if ((upos === "ADJ" || upos === "NOUN") && copular) {
    const own = word(p);
    if (own) return own;
    if (upos === "NOUN") {
      const of = tree.dependents(p, "nmod").find((k) => tree.dependents(k, "case").some((x) => tokens[x]!.lower === "of") && tree.upos(k) === "NOUN");
      return of !== undefined ? word(of) : undefined;
    }
    return undefined;
  }
  // "the US was disappointed by the decision": the participle of a verb of feeling, written as used
  if (upos === "VERB" && tree.xpos(p) === "VBN" && be) return table.get(tokens[p]!.lower);
  // "said he hoped the truce would hold", "'We are hoping to see it yield,' he said": a verb of feeling itself
  if (upos === "VERB" && !tree.dependents(p, "advmod", "aux").some((k) => /^(not|n't|never)$/.test(tokens[k]!.lower))) {
    const code = table.get(tree.lemma(p));
    return code && /^01/.test(code) ? code : undefined;
  }
  return undefined;
}

/** the one judged: a feeling's "by" agent, else the clause's subject (or the subject of its first predicate) */
function judged(tree: Tree, tokens: readonly Token[], clause: number, p: number): number {
  const by = tree.dependents(p, "obl", "obl:agent").find((k) => tree.dependents(k, "case").some((x) => tokens[x]!.lower === "by"));
  if (by !== undefined) return by;
  return tree.dependents(p, "nsubj", "nsubj:pass")[0] ?? tree.dependents(clause, "nsubj", "nsubj:pass")[0] ?? -1;
}

/**
 * "Kirby said the resolution was meaningless": a reporting verb whose clause judges someone is the judgement
 * (`evaluationOf`), no bare statement; `about` records, per new trigger, the token of the one judged.
 */
export function foldEvaluations(chosen: readonly Trigger[], tree: Tree, tokens: readonly Token[], table: EvaluationTable | undefined, about: Map<Trigger, number>): Trigger[] {
  if (!table?.size) return [...chosen];
  return chosen.map((t) => {
    if (!t.pattern.flags.has("say")) return t;
    const e = evaluationOf(tree, tokens, t.head, table);
    if (!e) return t;
    const flags = new Set([...t.pattern.flags].filter((f) => f !== "say" && f !== "notarget" && f !== "weak"));
    const judged: Trigger = { pattern: { ...t.pattern, code: e.code, flags }, head: t.head, end: t.end };
    about.set(judged, e.about);
    return judged;
  });
}
