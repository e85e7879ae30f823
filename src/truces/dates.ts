/**
 * When a ceasefire was declared and when it takes effect. The declared date comes from the truce or signing event,
 * else from a date in a sentence announcing the truce; the effective date is the date nearest after "takes effect",
 * "came into force", "from", "starting" in a sentence about the truce ("takes effect at midnight on Sunday").
 */
import type { Sentence } from "../doc.ts";
import type { CodedDate } from "../types.ts";
import type { SignalHit } from "./signals.ts";
import { namesTruce, refersToTruce } from "./words.ts";
import { bySentence, type BySentence } from "../events/by-sentence.ts";

const EFFECT_RE =
  /\b(?:takes?\s+effect|took\s+effect|taken\s+effect|comes?\s+into\s+(?:force|effect)|came\s+into\s+(?:force|effect)|go(?:es)?\s+into\s+effect|went\s+into\s+effect|effective|begins?|began|start(?:s|ed|ing)?|from|as\s+of)\b/i;

const TRUCE_SUBJECT = /\b(?:cease-?fire|truce|armistice|pause|cessation|agreement|deal|it)\b/i;
const OTHER_SUBJECT = /\b(?:war|fighting|conflict|attack|offensive|assault|violence|campaign)\b/i;

export interface TruceDates {
  readonly declared: string | null;
  readonly effective: string | null;
}

/** Declared and effective dates of a ceasefire. */
export function findDates(
  sentences: readonly Sentence[], dates: readonly CodedDate[], hits: readonly SignalHit[], articleNamesTruce: boolean,
): TruceDates {
  const isEffect = (d: CodedDate): boolean => {
    const s = sentences[d.sentence];
    if (!s) return false;
    const lead = s.text.slice(Math.max(0, d.start - s.start - 40), d.start - s.start);
    return EFFECT_RE.test(lead);
  };
  const declarable = bySentence(dates.filter((d) => !isEffect(d)));
  return { declared: declaredDate(declarable, hits), effective: effectiveDate(sentences, bySentence(dates), articleNamesTruce) };
}

function declaredDate(dates: BySentence<CodedDate>, hits: readonly SignalHit[]): string | null {
  const declaring = hits.filter((h) => h.signal === "declared").sort((a, b) => a.at - b.at);
  for (const h of declaring) if (h.event?.date && !h.event.negated) return h.event.date;
  for (const h of declaring) {
    const near = nearest(dates(h.sentence), h.at);
    if (near) return near.date;
  }
  return null;
}

function effectiveDate(
  sentences: readonly Sentence[], dates: BySentence<CodedDate>, articleNamesTruce: boolean,
): string | null {
  for (const [i, s] of sentences.entries()) {
    // "…announced the truce in Moscow. It took effect at 00:00 on November 17."
    const itIsTheTruce = /^\s*It\b/.test(s.text) && namesTruce(sentences[i - 1]?.text ?? "");
    if (!refersToTruce(s.text, articleNamesTruce) && !namesTruce(s.text) && !itIsTheTruce) continue;
    const m = EFFECT_RE.exec(s.text);
    if (!m) continue;
    // the cue must be about the truce ("the truce took effect at midnight"), not the war ("since the war began")
    const lead = s.text.slice(Math.max(0, m.index - 50), m.index);
    if (!TRUCE_SUBJECT.test(lead) || OTHER_SUBJECT.test(lead.slice(lead.search(TRUCE_SUBJECT)))) continue;
    const at = s.start + m.index;
    const after = dates(s.index).filter((d) => d.start >= at).sort((a, b) => a.start - b.start)[0];
    if (after) return after.date;
  }
  return null;
}

function nearest(dates: readonly CodedDate[], at: number): CodedDate | undefined {
  return [...dates].sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0];
}
