/**
 * First person in direct speech: inside a quote, "I", "we", "my", "our", "us" are its speaker (`"We will extend
 * the truce," the official said` — the official's side extends it). The quotes stage has found each quote's
 * speaker from its attribution, also where the quote runs over several sentences and the attribution stands in
 * only one of them; this stage adds, for every first-person pronoun inside a quote with a speaker, a mention of
 * that speaker with the pronoun's own offsets (via "coref", `antecedent` the speaker's mention in the attribution).
 */
import type { ActorMention, Doc, Token } from "../doc.ts";
import type { Stage } from "../stage.ts";
import type { CodedQuote } from "../types.ts";

/**
 * The first-person forms, as written: "I" only upper case, the others lower case or capitalised ("We"), so that
 * "US" (the United States) is never "us".
 */
const FIRST_PERSON = new Set(["I", "me", "my", "myself", "mine", "we", "us", "our", "ours", "ourselves", "We", "Us", "Our", "My", "Me"]);

export function isFirstPerson(token: Token): boolean {
  return FIRST_PERSON.has(token.text);
}

/** the speaker's mention nearest to the quote: the one in its attribution */
function speakerMention(quote: CodedQuote, mentions: readonly ActorMention[]): ActorMention | null {
  let best: ActorMention | null = null;
  let bestGap = Infinity;
  for (const m of mentions) {
    if (m.key !== quote.speaker || (m.start >= quote.start && m.end <= quote.end)) continue;
    const gap = m.end <= quote.start ? quote.start - m.end : m.start - quote.end;
    if (gap >= 0 && gap < bestGap) {
      best = m;
      bestGap = gap;
    }
  }
  return best;
}

/** The mentions of first-person pronouns inside the direct quotes of a document whose speaker is an actor. */
export function firstPersonMentions(doc: Doc): ActorMention[] {
  const tokens = doc.tokens ?? [];
  const mentions = doc.mentions ?? [];
  const sentences = doc.sentences ?? [];
  const text = doc.article.text;
  const taken = new Set(mentions.map((m) => m.start));
  const out: ActorMention[] = [];
  for (const q of doc.quotes ?? []) {
    if (!q.direct || !q.speaker) continue;
    const speaker = speakerMention(q, mentions);
    if (!speaker) continue;
    for (const s of sentences) {
      if (s.end <= q.start || s.start >= q.end) continue;
      for (let i = s.tokenStart; i < s.tokenEnd; i++) {
        const t = tokens[i]!;
        if (t.start < q.start || t.end > q.end || !isFirstPerson(t) || taken.has(t.start)) continue;
        taken.add(t.start);
        out.push({
          ...speaker, via: "coref", sentence: s.index, tokenStart: i, tokenEnd: i + 1, start: t.start, end: t.end, text: text.slice(t.start, t.end),
          antecedent: { start: speaker.start, end: speaker.end, text: speaker.text },
        });
      }
    }
  }
  return out;
}

export const firstPersonStage: Stage = {
  name: "first-person",
  reads: ["sentences", "tokens", "mentions", "quotes"],
  adds: ["mentions"],
  run(doc) {
    const added = firstPersonMentions(doc);
    if (!added.length) return doc;
    const mentions = [...(doc.mentions ?? []), ...added].sort((a, b) => a.start - b.start || a.end - b.end);
    return { ...doc, mentions };
  },
};
