/**
 * Finds the event triggers of one sentence: every verb pattern that matches, most specific first, with no two
 * triggers sharing a token.
 */
import type { Token } from "../doc.ts";
import type { VerbLexicon } from "./lexicon.ts";
import { matchElements, matchPattern, type PatternElement, type VerbPattern } from "./pattern.ts";

export interface Trigger {
  readonly pattern: VerbPattern;
  /** token indexes (document-wide) of the head and one past the last matched token */
  readonly head: number;
  readonly end: number;
}

/** heads with more patterns than this are prefiltered by the sentence's words (imported dictionaries) */
const PREFILTER_AT = 16;
const STOP = new Set([".", ";", ":", "(", ")", "\"", "“", "”", "!", "?", ","]);
const NOMINAL = new Set(["NOUN", "PROPN", "NUM"]);
const POSSESSIVE = new Set(["his", "her", "its", "their", "our", "my", "your"]);

/** the elements match somewhere in the sentence, ending before token i; `open` marks no token as a stop */
function precededBy(words: readonly (readonly string[])[], open: readonly boolean[], i: number, before: readonly PatternElement[]): boolean {
  const first = before[0];
  if (first?.kind !== "word") return false;
  let prefix: readonly (readonly string[])[] | null = null;
  for (let s = 0; s < i; s++) {
    if (!words[s]!.some((w) => first.words.has(w))) continue;
    prefix ??= words.slice(0, i);
    if (matchElements(before, prefix, open, s) > s) return true;
  }
  return false;
}

export function findTriggers(tokens: readonly Token[], from: number, to: number, verbs: VerbLexicon): Trigger[] {
  const slice = tokens.slice(from, to);
  const words = slice.map((t) => (t.lemma === t.lower ? [t.lower] : [t.lemma, t.lower]));
  const stop = slice.map((t) => STOP.has(t.text));
  const open = slice.map(() => false);
  const found: Trigger[] = [];
  // whether some word of the sentence is in a pattern element's set, computed once per set: a pattern whose
  // required words are not all in the sentence is not tried (large imported dictionaries have hundreds per verb)
  let vocabulary: Set<string> | null = null;
  const inSentence = new Map<ReadonlySet<string>, boolean>();
  const present = (set: ReadonlySet<string>): boolean => {
    vocabulary ??= new Set(words.flat());
    if (set.size <= 4) {
      for (const w of set) if (vocabulary.has(w)) return true;
      return false;
    }
    let yes = inSentence.get(set);
    if (yes === undefined) {
      yes = false;
      for (const w of vocabulary) if (set.has(w)) { yes = true; break; }
      inSentence.set(set, yes);
    }
    return yes;
  };
  const possible = (p: VerbPattern): boolean => p.elements.every((e, k) => k === 0 || e.kind !== "word" || e.optional || present(e.words));
  for (let i = 0; i < slice.length; i++) {
    const t = slice[i]!;
    if (t.lower === "according") continue; // "according to": attribution, never an accord
    const next = slice[i + 1];
    // "an alleged plot", "the besieged town": a participle used as an adjective names no event
    if (t.pos === "ADJ" && /ed$/.test(t.lower) && next && (next.pos === "NOUN" || next.pos === "PROPN" || next.pos === "ADJ")) continue;
    // "March 21", "May 4": a month
    if (/^(March|May)$/.test(t.text) && next?.pos === "NUM") continue;
    if (t.lower === "hailing" && next?.lower === "from") continue;
    const prev = slice[i - 1];
    if (prev && /^[-–]$/.test(prev.text) && prev.end === t.start) continue; // "Israeli-occupied": an adjective
    const forms = words[i]!;
    const seen = forms.length > 1 ? new Set<VerbPattern>() : null;
    for (const form of forms) {
      const list = verbs.byHead(form) ?? [];
      const many = list.length > PREFILTER_AT;
      for (const p of list) {
        if (seen) {
          if (seen.has(p)) continue;
          seen.add(p);
        }
        if (many && p.elements.length > 1 && !possible(p)) continue;
        // a WordNet word is read in its own part of speech: "still" the verb is not "still" the adverb (wink-nlp
        // tags a past form it does not know, "liberated", as an adjective; one before a noun was skipped above)
        if (p.vocabulary && !(p.vocabulary.pos === "v" ? t.pos === "VERB" || (t.pos === "ADJ" && /(ed|ing)$/.test(t.lower)) : t.pos === "NOUN")) continue;
        const singleWord = p.elements.length === 1 && !p.before?.length;
        if (!p.flags.has("noun") && singleWord && NOMINAL.has(t.pos)) continue;
        if (!p.flags.has("noun") && !p.before && t.pos === "NOUN" && next?.lower === "for" && prev && (prev.pos === "DET" || /^['’]s$/.test(prev.text) || POSSESSIVE.has(prev.lower))) continue;
        if (p.flags.has("noun") && singleWord && t.pos === "VERB" && !t.lower.endsWith("ing")) continue;
        const end = matchPattern(p, words, stop, i);
        if (end > i && (!p.before || precededBy(words, open, i, p.before))) found.push({ pattern: p, head: from + i, end: from + end });
      }
    }
  }
  // most specific first; a token belongs to one trigger
  found.sort((a, b) => b.pattern.specificity - a.pattern.specificity || a.head - b.head);
  const used = new Set<number>();
  const chosen: Trigger[] = [];
  for (const tr of found) {
    let free = true;
    for (let k = tr.head; k < tr.end && free; k++) if (used.has(k)) free = false;
    if (!free) continue;
    for (let k = tr.head; k < tr.end; k++) used.add(k);
    chosen.push(tr);
  }
  return chosen.sort((a, b) => a.head - b.head);
}
