/**
 * One line of the verb-pattern dictionary: `CODE<TAB>PATTERN[<TAB>FLAGS]`, e.g.
 * `0871	declare|announce * ceasefire|truce	` (see data/verbs/README.md).
 */
import type { Result } from "../types.ts";

export type PatternElement =
  | { readonly kind: "word"; readonly words: ReadonlySet<string>; readonly optional: boolean }
  | { readonly kind: "gap"; readonly max: number };

export const PATTERN_FLAGS = [
  "noun", // the head may be a noun ("clashes", "talks")
  "recip", // compound subject acts on each other: "A and B met" → A→B and B→A
  "say", // a reporting verb: its own event only when the sentence has no other
  "notarget", // the event has no target actor
  "intent", // modality: intended ("pledged to")
  "request", // modality: requested ("called for")
  "hypo", // modality: hypothetical ("could", "threatened")
  "passive", // the pattern itself is passive: the grammatical subject is the target ("came under fire")
  "weak", // low confidence: only coded when the sentence has no stronger event
  "needtarget", // coded only with a target actor ("released the mayor", not "released figures")
] as const;
export type PatternFlag = (typeof PATTERN_FLAGS)[number];

export interface VerbPattern {
  readonly code: string;
  readonly source: string;
  /** words that may start the pattern (its first element) */
  readonly heads: readonly string[];
  readonly elements: readonly PatternElement[];
  readonly flags: ReadonlySet<PatternFlag>;
  /** longer, more specific patterns are tried first */
  readonly specificity: number;
  /**
   * words that must come somewhere before the head in the sentence, as elements (words and gaps) of their own
   * (imported PETRARCH patterns such as "- NEITHER * [081]" or "- DEATH_TOTAL * [224]", whose words before
   * the verb belong to its subject)
   */
  readonly before?: readonly PatternElement[];
  /** actor phrases between the end of the match and the target (PETRARCH's "- * AT ^ + [162]": one) */
  readonly targetSkips?: number;
  /**
   * the pattern wants a compound subject (PETRARCH's "- % * [030:030]"): with a single actor as the subject, the
   * verb's own code applies instead, this one
   */
  readonly soloCode?: string;
  /**
   * the target is the verb's own subject and the source the subject before it (PETRARCH's "- NOTED + * [115]":
   * "X noted that Y regretted…" is X→Y)
   */
  readonly targetFirst?: boolean;
  /** where a pattern not written by hand came from: a word of the WordNet vocabulary (data/vocabulary/) */
  readonly vocabulary?: PatternOrigin;
}

export interface PatternOrigin {
  readonly lexicon: "wordnet";
  /** the seed word the pattern's word was reached from, and how ("synonym", "troponym", "derivation", …) */
  readonly seed: string;
  readonly relation: string;
  /** the word's part of speech in WordNet: the pattern fires only on a token tagged so (VERB, NOUN) */
  readonly pos: "n" | "v";
}

const CODE = /^\d{2,4}$/;
const WORD = /^[a-z][a-z'-]*$/;

export function parsePatternLine(line: string): Result<VerbPattern> {
  const fail = (message: string): Result<VerbPattern> => ({ ok: false, error: { code: "bad_pattern", message } });
  const [code = "", pattern = "", flagText = "", ...rest] = line.split("\t");
  if (rest.length) return fail(`expected at most 3 tab-separated columns, found ${3 + rest.length}`);
  if (!CODE.test(code.trim())) return fail(`code "${code}" is not a CAMEO code (2 to 4 digits)`);
  const elements: PatternElement[] = [];
  for (const item of pattern.trim().split(/\s+/)) {
    if (item === "*") {
      elements.push({ kind: "gap", max: 3 });
      continue;
    }
    if (/^\*\d$/.test(item)) {
      elements.push({ kind: "gap", max: Number(item.slice(1)) });
      continue;
    }
    const optional = item.startsWith("(") && item.endsWith(")");
    const body = optional ? item.slice(1, -1) : item;
    const words = body.split("|");
    const bad = words.find((w) => !WORD.test(w));
    if (bad !== undefined) return fail(`"${bad}" in pattern "${pattern}" is not a lower-case word`);
    elements.push({ kind: "word", words: new Set(words), optional });
  }
  const first = elements[0];
  if (!first || first.kind !== "word" || first.optional) return fail(`pattern "${pattern}" must start with a word`);
  if (elements.at(-1)?.kind === "gap") return fail(`pattern "${pattern}" must not end with a gap`);
  const flags = new Set<PatternFlag>();
  for (const f of flagText.split(/[,\s]+/).filter(Boolean)) {
    if (!(PATTERN_FLAGS as readonly string[]).includes(f)) return fail(`unknown flag "${f}"`);
    flags.add(f as PatternFlag);
  }
  const required = elements.filter((e) => e.kind === "word" && !e.optional).length;
  return {
    ok: true,
    value: {
      code: code.trim(), source: pattern.trim(), heads: [...first.words], elements, flags,
      specificity: required * 10 + elements.length,
    },
  };
}

/**
 * Matches a pattern against words starting at `at` (the head). `words[i]` lists the forms a token may match
 * (lemma and lower case); `stop[i]` marks tokens a gap may not cross (clause punctuation).
 * Returns the index one past the last matched token, or -1.
 */
export function matchPattern(
  p: VerbPattern, words: readonly (readonly string[])[], stop: readonly boolean[], at: number,
): number {
  return matchElements(p.elements, words, stop, at);
}

/** matchPattern for a bare list of elements */
export function matchElements(
  elements: readonly PatternElement[], words: readonly (readonly string[])[], stop: readonly boolean[], at: number,
): number {
  const go = (e: number, i: number): number => {
    if (e === elements.length) return i;
    const el = elements[e]!;
    if (el.kind === "gap") {
      for (let k = 0; k <= el.max && i + k <= words.length; k++) {
        if (k > 0 && stop[i + k - 1]) break;
        const r = go(e + 1, i + k);
        if (r >= 0) return r;
      }
      return -1;
    }
    const forms = words[i];
    if (forms && forms.some((f) => el.words.has(f))) {
      const r = go(e + 1, i + 1);
      if (r >= 0) return r;
    }
    return el.optional ? go(e + 1, i) : -1;
  };
  return go(0, at);
}
