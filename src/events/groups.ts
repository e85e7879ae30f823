/**
 * Compound actors: mentions joined by "and", "&" or "as well as" act together ("Erdoğan and Putin agreed").
 */
import type { ActorMention, Token } from "../doc.ts";

export interface Group {
  readonly members: readonly ActorMention[];
  readonly tokenStart: number;
  readonly tokenEnd: number;
}

const JOINERS = new Set(["and", "&", "as", "well", "along", "together", "with", ","]);

export function groupMentions(mentions: readonly ActorMention[], tokens: readonly Token[]): Group[] {
  const groups: Group[] = [];
  for (const m of mentions) {
    const last = groups.at(-1);
    if (last) {
      const gap = tokens.slice(last.tokenEnd, m.tokenStart).map((t) => t.lower);
      const joined = gap.length > 0 && gap.length <= 3 && gap.every((w) => JOINERS.has(w)) &&
        (gap.includes("and") || gap.includes("&") || gap.join(" ") === "as well as" || gap.join(" ") === "along with" || gap.join(" ") === "together with");
      if (gap.length === 0 && m.tokenStart < last.tokenEnd) continue; // overlapping mention (pronoun inside a chunk)
      if (joined) {
        groups[groups.length - 1] = { members: [...last.members, m], tokenStart: last.tokenStart, tokenEnd: m.tokenEnd };
        continue;
      }
    }
    groups.push({ members: [m], tokenStart: m.tokenStart, tokenEnd: m.tokenEnd });
  }
  return groups;
}
