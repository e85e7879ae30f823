/**
 * Reported speech inside one sentence: "X said (that) …", "X told reporters …", "X warned that …" and
 * "according to X, …". The quote's text is the reported clause; the speaker is the subject right before the verb
 * (a named mention, or a pronoun/title resolved backwards) or the name after "according to".
 */
import type { ActorMention, Sentence } from "../doc.ts";
import type { CodedQuote } from "../types.ts";
import { wordCount } from "./marks.ts";
import type { MentionLookup, Speaker } from "./lookup.ts";
import type { SpanIndex } from "./spans.ts";
import { alternation, BARE_REPORT_VERBS, PERSON_PRONOUNS, THAT_REPORT_VERBS, TITLE_WORDS } from "./verbs.ts";

const OBJECT = String.raw`(?:reporters|journalists|the\s+press|(?:the|a|an)\s+[\w-]+(?:\s+[\w-]+)?|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})`;
const ADJUNCT = String.raw`(?:\s+(?:on|in|at|by|via|over|late|early|during|after)\s+(?:an?\s+|the\s+)?[\w-]+(?:\s+[\w-]+)?|\s+(?:yesterday|today|tonight|earlier|later|overnight))*`;
const VERB_RE = new RegExp(
  String.raw`\b(?:((?:told|tells)\s+${OBJECT})|(${alternation(BARE_REPORT_VERBS)})|(${alternation(THAT_REPORT_VERBS)}))${ADJUNCT}\s*,?\s+(that\s+)?`,
  "g",
);
const SUBJECT_GAP = /^\s*(?:,[^,]{1,80},|,)?\s*(?:(?:also|later|again|previously|separately|has|had|have|on\s+\w+)\s+)*$/i;
const PRONOUN_BEFORE = new RegExp(String.raw`\b(${alternation(PERSON_PRONOUNS)})\s+(?:(?:also|later|again)\s+)?$`, "i");
const TITLE_BEFORE = new RegExp(String.raw`\bthe\s+(?:[\w-]+\s+)?(${alternation(TITLE_WORDS)})\s+(?:(?:also|later|again)\s+)?$`, "i");
const PASSIVE_BEFORE = /\b(?:is|was|were|are|been|being)\s+$/i;
/** how far before a verb the anchored patterns above look: their longest plausible match is far shorter */
const LOOK_BEFORE = 120;
const tail = (s: string, end: number): string => s.slice(Math.max(0, end - LOOK_BEFORE), end);
/** "…, he said." / "…, Haftar added." / "…, said Haftar." at the end of a sentence */
const TRAILING_RE = /,\s*((?:[\w'’.-]+\s+){0,5}?(?:said|says|added)(?:\s+[\w'’.-]+){0,5}?)\s*[.!?]?\s*$/;
const PRONOUN_ONLY = /^(?:he|she)\s+(?:said|says|added)$/i;
const ACCORDING_RE = /\baccording to\s+/gi;

/** Offsets of the direct quotes (marks included), which attribute nothing new when a verb follows them closely. */
export type Covered = SpanIndex;

/**
 * Reported-speech candidates in one sentence. A candidate may contain a direct quote ("X said that "…"");
 * the stage uses such candidates to name the speaker of the quote and then drops them. `mentions` are the
 * sentence's own; `lookup` finds people named before it.
 */
export function reportedInSentence(
  text: string, sentence: Sentence, mentions: readonly ActorMention[], lookup: MentionLookup, covered: Covered,
): CodedQuote[] {
  const out: CodedQuote[] = [];
  const s = sentence.text;
  for (const m of s.matchAll(VERB_RE)) {
    const isThatVerb = m[3] !== undefined;
    const hasThat = m[4] !== undefined;
    if (isThatVerb && !hasThat) continue;
    if (/^(?:told|tells)$/i.test(m[2] ?? "")) continue; // "told" needs someone told
    const verbAt = sentence.start + m.index;
    if (PASSIVE_BEFORE.test(tail(s, m.index))) continue;
    // `"…," Haftar told state television` — the verb attributes the quote before it, it reports nothing new
    if (covered.endsIn(verbAt - 79, verbAt).some(([qs]) => qs >= sentence.start)) continue;
    const speaker = subjectBefore(text, mentions, lookup, sentence.start, verbAt);
    if (!speaker) continue;
    const clauseStart = sentence.start + m.index + m[0].length;
    const quote = clause(text, clauseStart, sentence.end, speaker);
    if (quote) out.push(quote);
  }
  for (const m of s.matchAll(ACCORDING_RE)) {
    const nameAt = sentence.start + m.index + m[0].length;
    const named = mentions.find((x) => x.start >= nameAt && x.start <= nameAt + 4 && x.sentence === sentence.index);
    if (!named) continue;
    const speaker = { key: named.key, name: named.name };
    if (m.index < 3) {
      const comma = text.indexOf(",", named.end);
      if (comma < 0 || comma >= sentence.end) continue;
      const quote = clause(text, comma + 1, sentence.end, speaker);
      if (quote) out.push(quote);
    } else {
      const cut = s.slice(0, m.index).replace(/[\s,]+$/, "");
      const quote = clause(text, sentence.start, sentence.start + cut.length, speaker);
      if (quote) out.push(quote);
    }
  }
  const trailing = s.match(TRAILING_RE);
  if (trailing?.index !== undefined) {
    const tailStart = sentence.start + trailing.index;
    const named = mentions.find((x) => x.start >= tailStart && x.end <= sentence.end);
    const speaker = named ? { key: named.key, name: named.name }
      : PRONOUN_ONLY.test(trailing[1] ?? "") ? lookup.latestPerson(sentence.start, null) : null;
    const quote = speaker ? clause(text, sentence.start, tailStart, speaker) : null;
    if (quote) out.push(quote);
  }
  return out;
}

function subjectBefore(
  text: string, mentions: readonly ActorMention[], lookup: MentionLookup, sentenceStart: number, verbAt: number,
): Speaker | null {
  const candidates = mentions
    .filter((x) => x.end <= verbAt && x.start >= sentenceStart && SUBJECT_GAP.test(text.slice(x.end, verbAt)))
    .sort((a, b) => b.end - a.end);
  // in "X, the Y commander, said" the mention nearest the verb is the apposition; the subject is the first one
  const first = candidates.at(-1);
  const nearest = candidates[0];
  const pick = first && nearest && /^\s*,/.test(text.slice(first.end, verbAt)) ? first : nearest;
  if (pick) return { key: pick.key, name: pick.name };
  const lead = text.slice(Math.max(sentenceStart, verbAt - LOOK_BEFORE), verbAt);
  const title = lead.match(TITLE_BEFORE)?.[1];
  if (title) return lookup.latestPerson(sentenceStart, title.toLowerCase());
  if (PRONOUN_BEFORE.test(lead)) return lookup.latestPerson(sentenceStart, null);
  return null;
}

function clause(text: string, from: number, to: number, speaker: Speaker): CodedQuote | null {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(text[start] ?? "")) start++;
  while (end > start && /[\s.,;:!?]/.test(text[end - 1] ?? "")) end--;
  const body = text.slice(start, end);
  if (wordCount(body) < 3) return null;
  return { speaker: speaker.key, speaker_name: speaker.name, text: body, start, end, direct: false };
}
