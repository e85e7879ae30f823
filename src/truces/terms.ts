/**
 * The terms of a ceasefire as short clauses ("withdraw to the positions of April 2019", "exchange prisoners"):
 * a term verb that follows a cue ("under the deal", "calls for", "agreed to", "must") in a sentence about the truce.
 */
import type { Sentence } from "../doc.ts";
import { refersToTruce } from "./words.ts";

const CUE_RE =
  /\b(?:under|terms|calls?\s+for|provides?\s+for|requires?|stipulat\w*|commits?|committed|includ\w*|agreed\s+to|would|will|must|shall|obliges?|demand(?:s|ed)?)\b/gi;
const VERBS = String.raw`(?:withdraw|pull\s+back|pull\s+out|exchange|open|reopen|allow|halt|stop|freeze|lift|hand\s+over|return|disarm|demobili[sz]e|establish|form|set\s+up|monitor|release|resume\s+(?:talks|negotiations|oil\s+exports))`;
const TERM_RE = new RegExp(String.raw`\b${VERBS}\b[^.;:,]{3,90}?(?=\s+and\s+${VERBS}\b|[.;:,]|$)`, "gi");
const MAX_WORDS = 12;
const MAX_GAP = 40;

/** Short term clauses from the sentences about a truce, deduplicated, in text order. */
export function findTerms(sentences: readonly Sentence[], articleNamesTruce: boolean): string[] {
  const terms: string[] = [];
  for (const s of sentences) {
    if (!refersToTruce(s.text, articleNamesTruce)) continue;
    const cues = [...s.text.matchAll(CUE_RE)].map((m) => m.index + m[0].length);
    let lastEnd = -1;
    for (const m of s.text.matchAll(TERM_RE)) {
      const chained = lastEnd >= 0 && /^\s+and\s+$/.test(s.text.slice(lastEnd, m.index));
      if (!chained && !cues.some((c) => c <= m.index && m.index - c <= MAX_GAP)) continue;
      lastEnd = m.index + m[0].length;
      if (/\b(?:not|never|refus\w*|declin\w*)\s+(?:to\s+)?$/i.test(s.text.slice(Math.max(0, m.index - 20), m.index))) continue;
      if (/^open\s+fire\b/i.test(m[0])) continue;
      const term = trimTerm(m[0]);
      if (term && !terms.includes(term)) terms.push(term);
    }
  }
  return terms;
}

function trimTerm(raw: string): string {
  const cut = raw.split(/\s+(?:and|but|while|after|before|as|which|who|when)\s+(?=\w+\s)/i)[0] ?? raw;
  const words = cut.trim().split(/\s+/).slice(0, MAX_WORDS);
  return words.join(" ").replace(/[\s"”’)]+$/, "");
}
