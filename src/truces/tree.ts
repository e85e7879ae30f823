/**
 * Reading the dependency tree for the truces stage: who is the subject or agent of a predicate, the noun phrase a
 * token heads, and whether a predicate is negated or governed by a verb of refusal, failure or wish. Relations are
 * UD's; the parser is right about three times in four, so every reader here looks only one or two arcs away.
 */
import type { Syntax, Token } from "../doc.ts";

/** A sentence's tree: its tokens' heads and relations, with each token's dependents. */
export interface Tree {
  readonly syntax: Syntax;
  readonly tokens: readonly Token[];
  /** document token indexes of the sentence, [start, end) */
  readonly start: number;
  readonly end: number;
  children(i: number): readonly number[];
}

/** The tree of the sentence spanning tokens [start, end), or null when the document was not parsed. */
export function treeOf(syntax: Syntax | undefined, tokens: readonly Token[], start: number, end: number): Tree | null {
  if (!syntax || end <= start || !syntax.deprels.slice(start, end).some((d) => d !== "_")) return null;
  const kids = new Map<number, number[]>();
  for (let i = start; i < end; i++) {
    const h = syntax.heads[i] ?? -1;
    if (h < start || h >= end) continue;
    const list = kids.get(h) ?? [];
    list.push(i);
    kids.set(h, list);
  }
  return { syntax, tokens, start, end, children: (i) => kids.get(i) ?? [] };
}

export const rel = (t: Tree, i: number): string => t.syntax.deprels[i] ?? "_";
export const lemma = (t: Tree, i: number): string => t.tokens[i]?.lemma ?? "";
export const head = (t: Tree, i: number): number => t.syntax.heads[i] ?? -1;
const base = (r: string): string => r.split(":")[0] ?? r;

/** relations inside a noun phrase: "Egypt and the United States", "Egypt's mediators", "UN auspices" */
const NOMINAL = new Set(["compound", "amod", "nmod", "flat", "appos", "conj", "cc", "det", "case", "punct", "nummod", "fixed"]);

/** The tokens of the noun phrase headed by `i`, without its clauses (relative clauses, participles). */
export function phrase(t: Tree, i: number): number[] {
  const out = [i];
  for (let k = 0; k < out.length; k++) {
    for (const c of t.children(out[k] as number)) if (NOMINAL.has(base(rel(t, c)))) out.push(c);
  }
  return out;
}

/** a relative pronoun standing for the noun its clause modifies: "Egypt, which brokered the truce" */
const RELATIVE = new Set(["which", "who", "that", "whom"]);

/**
 * The heads of whoever performs predicate `i`: its active subject, a passive agent ("brokered by Egypt"), or, for
 * a relative clause with a relative-pronoun subject, the noun the clause modifies. A verb conjoined to another
 * without a subject of its own shares that verb's ("refused to sign and walked out").
 */
export function agents(t: Tree, i: number): number[] {
  const out: number[] = [];
  // a "passive" subject of a verb without a passive auxiliary is the parser's slip ("Sarraj had signed it")
  const passive = t.children(i).some((c) => rel(t, c) === "aux:pass");
  for (const c of t.children(i)) {
    const r = rel(t, c);
    if (r === "nsubj" || r === "csubj" || (r === "nsubj:pass" && !passive)) {
      if (RELATIVE.has(t.tokens[c]?.lower ?? "") && /relcl/.test(rel(t, i))) out.push(head(t, i));
      else out.push(c);
    } else if (r === "obl:agent" || (base(r) === "obl" && t.children(c).some((k) => t.tokens[k]?.lower === "by" && rel(t, k) === "case")
      && t.syntax.xpos[i] === "VBN")) {
      out.push(c);
    }
  }
  if (out.length === 0 && rel(t, i) === "conj") {
    const h = head(t, i);
    if (h >= t.start) return agents(t, h);
  }
  // "Haftar refused to sign", "left without signing": an open complement's or a non-finite adverbial's subject is
  // its governor's
  if (out.length === 0 && (rel(t, i) === "xcomp" || (rel(t, i) === "advcl" && nonFinite(t, i)))) {
    const h = head(t, i);
    if (h >= t.start) return agents(t, h);
  }
  return out.filter((x) => x >= t.start && x < t.end);
}

/** A verb without a tense of its own: "signing", "to sign", not "had signed" */
function nonFinite(t: Tree, i: number): boolean {
  const xpos = t.syntax.xpos[i] ?? "";
  return (xpos === "VBG" || xpos === "VB") && !t.children(i).some((c) => rel(t, c).startsWith("aux") && t.tokens[c]?.lower !== "to");
}

/** The objects of predicate `i`, and its obliques introduced by one of `preps` ("fought with", "agreed with"). */
export function objects(t: Tree, i: number, preps: ReadonlySet<string>): number[] {
  const out: number[] = [];
  for (const c of t.children(i)) {
    const r = rel(t, c);
    if (r === "obj" || r === "iobj") out.push(c);
    else if (base(r) === "obl" && t.children(c).some((k) => preps.has(t.tokens[k]?.lower ?? "") && rel(t, k) === "case")) out.push(c);
  }
  return out;
}

const NEGATORS = new Set(["not", "n't", "never", "no"]);

/** True when predicate `i` carries a negation of its own ("did not sign", "never agreed"). */
export function negated(t: Tree, i: number): boolean {
  return t.children(i).some((c) => base(rel(t, c)) === "advmod" && NEGATORS.has(t.tokens[c]?.lower ?? ""));
}

/**
 * The lemma of the verb that governs predicate `i` as its open or clausal complement, "without", or "instead of"
 * ("refused to sign" → refuse, "failed to reach" → fail, "left without signing" → without), or null.
 */
export function governor(t: Tree, i: number): string | null {
  const mark = t.children(i).find((c) => rel(t, c) === "mark" && t.tokens[c]?.lower === "without");
  if (mark !== undefined) return "without";
  const r = rel(t, i);
  if (r !== "xcomp" && r !== "ccomp") return null;
  const h = head(t, i);
  return h >= t.start ? lemma(t, h) : null;
}

/** The token of the sentence that covers character offset `at`, or -1. */
export function tokenAt(t: Tree, at: number): number {
  for (let i = t.start; i < t.end; i++) {
    const tok = t.tokens[i];
    if (tok && at >= tok.start && at < tok.end) return i;
  }
  return -1;
}
