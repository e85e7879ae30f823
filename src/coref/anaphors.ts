/**
 * The anaphors of a sentence: third-person pronouns ("he", "its", "they"), general nouns after "the" ("the group",
 * "the country") or naming two ("both sides", "the two countries"), and agent words the actors stage could not
 * place ("the rebels" coded ---REB). Pleonastic "it" ("it is clear that…", "it was reported that…") is none.
 */
import type { ActorMention } from "../doc.ts";
import type { SentenceView } from "./candidates.ts";
import { PAIR_WORDS, PRONOUNS, SHELL_NOUNS, type PronounInfo, type ShellClass, type Want } from "./words.ts";

export type Anaphor =
  /** `owner`: a possessive whose owner is not who acts ("his troops", "his visit"): resolved, not made a mention */
  | { readonly type: "pronoun"; readonly token: number; readonly info: PronounInfo; readonly quoted: boolean; readonly owner: boolean }
  | { readonly type: "shell"; readonly token: number; readonly start: number; readonly cls: ShellClass; readonly word: string; readonly quoted: boolean }
  | { readonly type: "agent"; readonly token: number; readonly mention: ActorMention; readonly word: string; readonly quoted: boolean }
  /** "the treaty", "the commander": a definite noun phrase, resolved only to an earlier phrase with the same head */
  | { readonly type: "definite"; readonly token: number; readonly start: number; readonly word: string; readonly quoted: boolean };

const INNER_RELATIONS = new Set(["compound", "flat", "fixed", "goeswith"]);

/** what an anaphor may refer to */
export function wantOf(a: Anaphor): Want | null {
  if (a.type === "pronoun") return a.info.want;
  if (a.type === "agent") return a.mention.kind === "person" ? "person" : null;
  return null;
}

/** the first token of an anaphor */
export const anaphorStart = (a: Anaphor): number =>
  a.type === "pronoun" ? a.token : a.type === "agent" ? a.mention.tokenStart : a.start;

/** "it is clear that…", "it was reported that…", and what the parser calls expletive */
function pleonastic(v: SentenceView, i: number, children: readonly number[][]): boolean {
  const rel = v.syntax.deprels[i]!;
  if (rel === "expl") return true;
  const h = v.syntax.heads[i]!;
  if (h < 0 || !rel.startsWith("nsubj")) return false;
  const clausal = (children[h - v.s.tokenStart] ?? []).some((k) => /^(ccomp|csubj|xcomp)/.test(v.syntax.deprels[k]!) && k > h);
  return clausal && (v.syntax.upos[h] === "ADJ" || rel === "nsubj:pass");
}

/** a possessive whose noun is a subject that names no person or group (WordNet, nouns.ts) */
function ownsInactiveSubject(v: SentenceView, i: number): boolean {
  const noun = v.syntax.heads[i]!;
  if (noun < 0 || !v.syntax.deprels[noun]!.startsWith("nsubj")) return false;
  const t = v.tokens[noun]!;
  return !v.agentive.has(t.lemma) && !v.agentive.has(t.lower);
}

/** The anaphors of one sentence, in text order. */
export function sentenceAnaphors(v: SentenceView): Anaphor[] {
  const { s, syntax, tokens } = v;
  const children: number[][] = [];
  for (let i = s.tokenStart; i < s.tokenEnd; i++) children.push([]);
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const h = syntax.heads[i]!;
    if (h >= s.tokenStart && h < s.tokenEnd) children[h - s.tokenStart]!.push(i);
  }
  const covered = new Uint8Array(s.tokenEnd - s.tokenStart);
  for (const m of v.mentions) for (let i = m.tokenStart; i < m.tokenEnd; i++) if (i >= s.tokenStart && i < s.tokenEnd) covered[i - s.tokenStart] = 1;
  const out: Anaphor[] = [];
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = tokens[i]!;
    const quoted = v.quoted[i] === 1;
    if (covered[i - s.tokenStart]) continue;
    const info = PRONOUNS.get(t.lower);
    if (info) {
      if (t.lower === "it" && pleonastic(v, i, children)) continue;
      // "his troops": the actors stage already made the troops his; "his visit comes…": before a subject that
      // cannot act, the owner is not who acts ("his group said" is)
      const owner = info.possessive && ((i + 1 < s.tokenEnd && covered[i + 1 - s.tokenStart] === 1) || ownsInactiveSubject(v, i));
      out.push({ type: "pronoun", token: i, info, quoted, owner });
      continue;
    }
    if (syntax.upos[i] !== "NOUN" || /^\p{Lu}/u.test(t.text)) continue;
    const cls = SHELL_NOUNS.get(t.lower);
    const deps = children[i - s.tokenStart] ?? [];
    // "the group of seven", "the country's army" (the owner is the anaphor there, not the army)
    if (deps.some((k) => syntax.deprels[k]!.startsWith("nmod") && k > i) || syntax.deprels[i] === "compound") continue;
    const words = deps.filter((k) => k < i).map((k) => tokens[k]!.lower);
    // without a tree, the word before stands in for the determiner
    if (!deps.length && i > s.tokenStart) words.push(tokens[i - 1]!.lower);
    // the phrase's own words: "both countries", "the armed group" (not the preposition before it)
    const start = Math.min(i, ...deps.filter((k) => k < i && !/^(case|punct|cc|mark)/.test(syntax.deprels[k]!)));
    const definite = words.includes("the") && !words.some((w) => w === "other" || w === "whole" || w === "same");
    if (cls && (cls === "pair" ? words.some((w) => PAIR_WORDS.has(w)) : definite)) out.push({ type: "shell", token: i, start, cls, word: t.lemma, quoted });
    else if (definite && !cls && !INNER_RELATIONS.has(syntax.deprels[i]!)) out.push({ type: "definite", token: i, start, word: t.lemma, quoted });
  }
  // "the rebels", "the president" that the actors stage left without a country
  for (const m of v.mentions) {
    const before = tokens[m.tokenStart - 1]?.lower;
    if (m.country === null && m.code.startsWith("---") && m.via === "agent" && before === "the") {
      out.push({ type: "agent", token: m.tokenEnd - 1, mention: m, word: tokens[m.tokenEnd - 1]!.lemma, quoted: v.quoted[m.tokenStart] === 1 });
    }
  }
  return out.sort((a, b) => anaphorStart(a) - anaphorStart(b));
}
