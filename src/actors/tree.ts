/**
 * The few readings of the syntax stage's dependency tree the actors stage needs: whether a sentence has a tree at
 * all (the coder may run without parser weights), the head word of a phrase, and whether two phrases stand in
 * apposition ("Hamid Belo, the rebel commander"). The parser's LAS is about 0.78 on raw text, so the apposition
 * test also accepts the comma pattern that marks one in writing.
 */
import type { Sentence, Syntax, Token } from "../doc.ts";

/** true when the sentence was parsed (without weights every relation is "_") */
export function parsed(syntax: Syntax | undefined, s: Sentence): syntax is Syntax {
  if (!syntax || syntax.deprels.length < s.tokenEnd) return false;
  for (let i = s.tokenStart; i < s.tokenEnd; i++) if (syntax.deprels[i] !== "_") return true;
  return false;
}

/** the token of [start, end) whose head lies outside the phrase (the last token when the parse says none) */
export function headOf(syntax: Syntax, start: number, end: number): number {
  for (let i = end - 1; i >= start; i--) {
    const h = syntax.heads[i]!;
    if (h < start || h >= end) return i;
  }
  return end - 1;
}

const DETERMINERS = new Set(["the", "a", "an"]);

/**
 * "Hamid Belo, the rebel commander", "the rebel commander, Hamid Belo", "the Tarnovo Front, a Gondorian group":
 * phrase b is an apposition of phrase a (or a of b) — by the tree's `appos` between their heads, or by writing:
 * the two phrases next to each other with only a comma and a determiner between.
 */
export function apposed(
  syntax: Syntax, tokens: readonly Token[], a: { start: number; end: number }, b: { start: number; end: number },
): boolean {
  const ha = headOf(syntax, a.start, a.end);
  const hb = headOf(syntax, b.start, b.end);
  if ((syntax.heads[hb] === ha && syntax.deprels[hb] === "appos") || (syntax.heads[ha] === hb && syntax.deprels[ha] === "appos")) return true;
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  if (tokens[first.end]?.text !== ",") return false;
  const next = first.end + 1;
  const adjacent = second.start === next || (second.start === next + 1 && DETERMINERS.has(tokens[next]?.lower ?? ""));
  // the second phrase closes at a comma or the sentence's end, as an apposition does
  const after = tokens[second.end];
  return adjacent && (!after || after.text === "," || after.text === "." || after.sentence !== tokens[second.start]?.sentence);
}
