/**
 * Compound actors: mentions joined by "and", "&", "as well as" act together ("Erdoğan and Putin agreed"), and so
 * do lists closed by "and" ("Russia, Turkey and Iran").
 */
import type { ActorMention, Token } from "../doc.ts";

export interface Group {
  readonly members: readonly ActorMention[];
  readonly tokenStart: number;
  readonly tokenEnd: number;
}

const JOINERS = new Set(["and", "&", "as", "well", "along", "together", "with", ",", "the", "nor"]);

type Link = "and" | "comma" | null;

/** words that may precede a member of a list without breaking it: "Fornost and the evil, awful Gondor" */
const isModifier = (t: Token) => t.pos === "DET" || t.pos === "ADJ";

/** two mentions on the same words: several actors one phrase names ("lawmakers in Fornost and Gondor") */
const sameWords = (a: ActorMention, b: ActorMention) => a.tokenStart === b.tokenStart && a.tokenEnd === b.tokenEnd;

function linkBetween(tokens: readonly Token[], a: ActorMention, b: ActorMention): Link {
  if (sameWords(a, b)) return "and";
  const between = tokens.slice(a.tokenEnd, b.tokenStart);
  // modifiers of the next member (after the last joiner) are left out: "A, the awful B", "A and good B"
  let end = between.length;
  while (end > 0 && isModifier(between[end - 1]!) && !JOINERS.has(between[end - 1]!.lower)) end--;
  while (end > 0 && between[end - 1]!.lower === "the") end--;
  const gap = between.slice(0, end).map((t) => t.lower);
  // "lawmakers in Fornost and [lawmakers in] Gondor": the same agent placed in each country of a list
  if (a.via === "place" && b.via === "place" && (gap[0] === "in" || gap[0] === "of") &&
    (gap.at(-1) === "and" || gap.at(-1) === ",") && gap.length <= 8) return "and";
  if (gap.length === 1 && gap[0] === ",") return "comma";
  const joined = gap.length > 0 && gap.length <= 3 && gap.every((w) => JOINERS.has(w)) &&
    (gap.includes("and") || gap.includes("&") || gap.includes("nor") || gap.join(" ") === "as well as" || gap.join(" ") === "along with" || gap.join(" ") === "together with");
  return joined ? "and" : null;
}

export function groupMentions(mentions: readonly ActorMention[], tokens: readonly Token[]): Group[] {
  // drop a mention nested in the previous one (a pronoun inside a chunk); mentions on the same words are kept
  const list = mentions.filter((m, i) => i === 0 || m.tokenStart >= mentions[i - 1]!.tokenEnd || sameWords(m, mentions[i - 1]!));
  const links = list.slice(1).map((m, i) => linkBetween(tokens, list[i]!, m));
  // a comma joins only inside a list that an "and" closes: "A, B and C"
  for (let i = 0; i < links.length; i++) {
    if (links[i] !== "comma") continue;
    let j = i;
    while (links[j] === "comma") j++;
    if (links[j] !== "and") for (let k = i; k < j; k++) links[k] = null;
    i = j;
  }
  const groups: Group[] = [];
  list.forEach((m, i) => {
    const last = groups.at(-1);
    if (i > 0 && last && links[i - 1]) {
      groups[groups.length - 1] = { members: [...last.members, m], tokenStart: last.tokenStart, tokenEnd: m.tokenEnd };
    } else groups.push({ members: [m], tokenStart: m.tokenStart, tokenEnd: m.tokenEnd });
  });
  return groups;
}
