/**
 * Speaker resolution: which ActorMention said a quote. A named mention inside the attribution clause wins (the one
 * nearest the speech verb); a pronoun ("he") or a title ("the general") points back to the latest person mention
 * before the quote, preferring one introduced with that title.
 */
import type { ActorMention } from "../doc.ts";
import type { MentionLookup, Speaker } from "./lookup.ts";
import { alternation, PERSON_PRONOUNS, TITLE_WORDS } from "./verbs.ts";

export type { Speaker } from "./lookup.ts";

/** A character range of the text holding the attribution and the offset of its speech verb. */
export interface Clause {
  readonly start: number;
  readonly end: number;
  readonly verbStart: number;
  readonly verbEnd: number;
}

const PRONOUN_RE = new RegExp(`\\b(${alternation(PERSON_PRONOUNS)})\\b`, "i");
const TITLE_RE = new RegExp(`\\bthe\\s+(?:[\\w-]+\\s+)?(${alternation(TITLE_WORDS)})\\b`, "i");

const ADDRESS_VERBS = new Set(["told", "tell", "tells", "telling", "informed", "assured", "briefed", "warned", "urged"]);

const toSpeaker = (m: ActorMention): Speaker => ({ key: m.key, name: m.name });

/** Distance in characters between a mention and the verb span (0 when they touch or overlap). */
function distance(m: ActorMention, clause: Clause): number {
  if (m.end <= clause.verbStart) return clause.verbStart - m.end;
  if (m.start >= clause.verbEnd) return m.start - clause.verbEnd;
  return 0;
}

/**
 * The speaker of an attribution clause, or null when none can be found.
 *
 * @example resolveSpeaker(text, mentionLookup(text, mentions), { start: 40, end: 58, verbStart: 52, verbEnd: 56 })
 */
export function resolveSpeaker(text: string, lookup: MentionLookup, clause: Clause): Speaker | null {
  // "told reporters", "briefed the council": the mention right after such a verb is who was spoken to
  const verb = text.slice(clause.verbStart, clause.verbEnd).toLowerCase();
  const addressee = (m: ActorMention) => ADDRESS_VERBS.has(verb) && m.start >= clause.verbEnd && /^\s*(?:the\s+)?$/i.test(text.slice(clause.verbEnd, m.start));
  const inside = lookup.within(clause.start, clause.end).filter((m) => !addressee(m));
  if (inside.length) {
    const best = [...inside].sort((a, b) => distance(a, clause) - distance(b, clause)
      || Number(b.kind === "person") - Number(a.kind === "person"))[0];
    if (best) return toSpeaker(best);
  }
  const words = text.slice(clause.start, clause.end);
  const title = words.match(TITLE_RE)?.[1];
  if (title) return lookup.latestPerson(clause.start, title.toLowerCase());
  if (PRONOUN_RE.test(words)) return lookup.latestPerson(clause.start, null);
  return null;
}
