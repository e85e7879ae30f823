/**
 * The quotes stage: direct speech (text between quote marks, with the speaker from the attribution around it)
 * and reported speech ("X said that …", "according to X, …"). Speakers are ActorMention keys; the assembler maps
 * keys to actor ids.
 */
import type { Doc } from "../doc.ts";
import type { Stage } from "../stage.ts";
import type { CodedQuote } from "../types.ts";
import { clauseAfter, clauseBefore } from "./attribution.ts";
import { findQuoteSpans, wordCount, type QuoteSpan } from "./marks.ts";
import { reportedInSentence } from "./reported.ts";
import { sentenceAt, spanIndex } from "./spans.ts";
import { resolveSpeaker, type Speaker } from "./speaker.ts";
import { mentionLookup, type MentionLookup } from "./lookup.ts";

/** Quotes without an attribution are kept only when this long (shorter ones are scare quotes or titles). */
const MIN_UNATTRIBUTED_WORDS = 6;
/** Quotes with an attribution need at least this many words ("“terrorists,” he said" is too short to keep). */
const MIN_ATTRIBUTED_WORDS = 2;
/** An unattributed quote inherits the previous quote's speaker when it starts within this many characters. */
const CONTINUATION_GAP = 400;

/** Direct quotes of a text, with speakers; `spans` are its quote marks' spans, when already found. */
export function directQuotes(text: string, lookup: MentionLookup, spans: readonly QuoteSpan[] = findQuoteSpans(text)): CodedQuote[] {
  const out: CodedQuote[] = [];
  let previous: { speaker: Speaker | null; close: number } | null = null;
  let floor = 0;
  for (const span of spans) {
    const clause = clauseAfter(text, span) ?? clauseBefore(text, span, floor);
    floor = span.close;
    const words = wordCount(span.text);
    let speaker: Speaker | null = null;
    if (clause) {
      if (words < MIN_ATTRIBUTED_WORDS) continue;
      speaker = resolveSpeaker(text, lookup, clause);
    } else {
      if (words < MIN_UNATTRIBUTED_WORDS) continue;
      speaker = previous && span.open - previous.close <= CONTINUATION_GAP ? previous.speaker : null;
    }
    out.push(toQuote(span, speaker));
    previous = { speaker, close: span.close };
  }
  return out;
}

function toQuote(span: QuoteSpan, speaker: Speaker | null): CodedQuote {
  return {
    speaker: speaker?.key ?? null,
    speaker_name: speaker?.name ?? null,
    text: span.text,
    start: span.start,
    end: span.end,
    direct: true,
  };
}

/** Adds `quotes`: direct and reported speech, in text order. */
export const quotesStage: Stage = {
  name: "quotes",
  reads: ["sentences", "tokens", "mentions"],
  adds: ["quotes"],
  run(doc: Doc): Doc {
    const text = doc.article.text;
    const mentions = doc.mentions ?? [];
    const lookup = mentionLookup(text, mentions);
    const sentences = doc.sentences ?? [];
    const spans = findQuoteSpans(text);
    const covered = spanIndex(spans.map((q) => [q.open, q.close] as const));
    const perSentence = sentences.map((s) => reportedInSentence(text, s, lookup.within(s.start, s.end).filter((m) => m.sentence === s.index), lookup, covered));
    const candidates = perSentence.flat();
    const holdsQuote = (r: CodedQuote): boolean => covered.overlaps(r.start, r.end);
    const direct = directQuotes(text, lookup, spans).map((q) => {
      if (q.speaker) return q;
      // a candidate lies inside one sentence, so one that holds the quote is in the sentence where the quote starts
      const at = sentenceAt(sentences, q.start);
      const around = at < 0 ? undefined : perSentence[at]?.find((r) => r.start <= q.start && q.end <= r.end);
      return around ? { ...q, speaker: around.speaker, speaker_name: around.speaker_name } : q;
    });
    const reported = dedupe(candidates.filter((r) => !holdsQuote(r)));
    const quotes = [...direct, ...reported].sort((a, b) => a.start - b.start);
    return { ...doc, quotes };
  },
};

function dedupe(quotes: readonly CodedQuote[]): CodedQuote[] {
  const seen = new Set<string>();
  return quotes.filter((q) => {
    const k = `${q.start}:${q.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
