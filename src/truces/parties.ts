/**
 * Who is party to a ceasefire and who mediates it. Each actor gets votes: mediator (the subject or passive agent of
 * brokering, mediating, hosting or guaranteeing, a "mediator X", "under the auspices of X"; see roles.ts for the
 * tree and the patterns below for text the parser misreads), appealer (who called for, urged or proposed a truce),
 * side (who signed, agreed, refused, walked out, violated or fought, and "a truce between X and Y"), and named
 * (an army, armed group or ruler named in a sentence about the truce). A mediator vote wins; then a side vote;
 * then an appealer is a mediator ("Russia and Turkey called for a ceasefire", when they do not fight); the named
 * are parties. An actor that mediates is not also a party, nor is another actor of a mediator's country.
 */
import type { ActorMention, Doc, Sentence } from "../doc.ts";
import type { CodedEvent } from "../types.ts";
import { roleOf } from "./status-rules.ts";
import { namesTruce, refersToTruce } from "./words.ts";
import { bySentence } from "../events/by-sentence.ts";
import { BARE_NOUN, emptyVotes, readRoles, type RoleVotes } from "./roles.ts";
import { treeOf } from "./tree.ts";

export interface Sides {
  readonly parties: readonly string[];
  readonly mediators: readonly string[];
}

const MEDIATOR_AFTER = /\b(?:brokered|mediated|hosted|sponsored|facilitated|guaranteed)\s+by\s+(?:the\s+)?(?:mediators?\s+)?$|\bmediators?\s+(?:the\s+)?$|\bmediation\s+(?:of|by)\s+(?:the\s+)?$|\b(?:under\s+the\s+auspices\s+of|with\s+the\s+help\s+of|at\s+the\s+invitation\s+of)\s+(?:the\s+)?$/i;
const APPEALER_AFTER = /\bproposed\s+by\s+(?:the\s+)?$/i;
const LEAD = String.raw`^(?:,[^,]{1,60},|\s+and\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?(?:\s+on\s+\w+)?\s+(?:(?:has|had|have|also|jointly)\s+)*`;
const MEDIATOR_BEFORE = new RegExp(String.raw`^(?:-|\s+-\s*)(?:brokered|mediated|sponsored|backed\s+talks)|${LEAD}(?:brokered|mediated|hosted|sponsored|invited|convened|guarantee[sd]?|is\s+mediating|offered\s+to\s+(?:mediate|host))\b(?!\s+by\b)`, "i");
const APPEALER_BEFORE = new RegExp(String.raw`${LEAD}(?:proposed|called\s+(?:for|on)|urged|appealed)\b(?!\s+by\b)`, "i");
/** a mention whose own words call it a mediator: "mediator Qatar", "Egyptian mediators" */
const MEDIATOR_NAME = /\b(?:mediators?|brokers?|guarantors?|intermediar(?:y|ies))\b/i;
/** a party acting on the truce: "Sarraj signed", "Haftar declined to sign", "X accused Y of violating" */
const PARTY_BEFORE = /^(?:,[^,]{1,60},)?(?:\s+on\s+\w+)?\s+(?:(?:has|had|have|also|then|later)\s+)*(?:signed|agreed|accepted|declined|refused|rejected|violated|breached|did\s+not\s+sign|left\s+[\w\s]{1,30}?\s*without\s+signing|accused)\b/i;
const ACCUSED_OF = /^\s+of\s+(?:violating|breaching|breaking)\b/i;
/** "Russia and Turkey brokered": the second of two coordinated names shares the first one's role */
const AND_NEXT = /^\s+and\s+(?:the\s+)?$/i;
const BETWEEN = /\bbetween\s+([^.;]{3,120}?)(?:[.;,]|$)/i;

/** agents that are never a side of a ceasefire: civilians, refugees, medics, media, clergy, students, business */
const NOT_A_SIDE = new Set(["CVL", "REF", "HLH", "MED", "REL", "EDU", "BUS", "LAB", "NGO", "IGO"]);

/** actors that can be a side of a truce when a sentence about it names them: armies, armed groups, rulers */
const ARMED_OR_RULING = new Set(["military", "rebel", "government", "person"]);

const sideRoles = new Set(["truce", "sign"]);
const appealRoles = new Set(["appeal", "mediate"]);

/** Parties and mediators of a ceasefire, as mention keys in order of first mention. */
export function findSides(
  doc: Doc, sentences: readonly Sentence[], mentions: readonly ActorMention[], events: readonly CodedEvent[],
): Sides {
  const text = doc.article.text;
  const articleNamesTruce = sentences.some((s) => namesTruce(s.text));
  const truceSentences = new Set(sentences.filter((s) => namesTruce(s.text)).map((s) => s.index));
  const votes = emptyVotes();
  const named = new Set<string>();
  for (const e of events) {
    const role = roleOf(e.cameo);
    if (!role || e.modality === "hypothetical") continue;
    const inTruce = truceSentences.has(e.sentence);
    if (role === "attack" || role === "violate" || (inTruce && role === "reject")) {
      for (const r of [...e.source, ...e.target]) votes.side.add(r.actor);
    } else if (inTruce && (sideRoles.has(role) || role === "intent")) {
      for (const r of [...e.source, ...e.target]) named.add(r.actor);
    } else if (inTruce && appealRoles.has(role)) {
      for (const r of e.source) votes.appealer.add(r.actor);
      if (role === "appeal") for (const r of e.target) named.add(r.actor);
    }
  }
  const mentionsIn = bySentence(mentions);
  const mentionAt = new Map<number, ActorMention>();
  for (const m of mentions) for (let i = m.tokenStart; i < m.tokenEnd; i++) mentionAt.set(i, m);
  for (const s of sentences) {
    if (!refersToTruce(s.text, articleNamesTruce)) continue;
    const tree = treeOf(doc.syntax, doc.tokens ?? [], s.tokenStart, s.tokenEnd);
    if (tree) readRoles(tree, mentionAt, votes);
    if (truceSentences.has(s.index)) readText(text, s, mentionsIn(s.index), votes, named);
  }
  const first = new Map<string, number>();
  for (const m of mentions) if (!first.has(m.key)) first.set(m.key, m.start);
  const firstAt = (key: string): number => first.get(key) ?? Number.MAX_SAFE_INTEGER;
  const order = (keys: Iterable<string>): string[] => [...keys].sort((a, b) => firstAt(a) - firstAt(b));
  const kinds = new Map(mentions.map((m) => [m.key, m] as const));
  const fighter = (key: string) => {
    const m = kinds.get(key);
    return !!m && m.country !== null && !NOT_A_SIDE.has(m.code.slice(3, 6)) && m.kind !== "igo" && m.kind !== "ngo";
  };
  const countryOf = (k: string): string | null => kinds.get(k)?.country ?? null;
  const sideCountries = new Set([...votes.side].filter((k) => !votes.mediator.has(k)).map(countryOf).filter((c): c is string => c !== null));
  // an appeal makes a mediator of whoever does not fight, nor has compatriots who do
  const appealers = [...votes.appealer].filter((k) => !votes.side.has(k) && !sideCountries.has(countryOf(k) ?? ""));
  const mediators = new Set([...votes.mediator, ...appealers]);
  const mediatorCountries = new Set([...votes.mediator].map(countryOf).filter((c): c is string => !!c));
  const side = (k: string) => !mediators.has(k) && fighter(k) && !mediatorCountries.has(kinds.get(k)?.country ?? "");
  // a truce has two sides at least: actors only named near it fill in when the acts name fewer
  const acting = [...votes.side].filter(side);
  const parties = acting.length >= 2 ? acting : [...acting, ...[...named].filter(side)];
  return { parties: order(new Set(parties)), mediators: order(mediators) };
}

/** The patterns over the words around each mention of a sentence that names the truce. */
function readText(text: string, s: Sentence, here: readonly ActorMention[], votes: RoleVotes, named: Set<string>): void {
  const fired = new Map<string, "after" | "before">();
  const vote = (set: Set<string>, m: ActorMention, where: "after" | "before") => { set.add(m.key); fired.set(m.key, where); };
  for (const m of here) {
    const before = text.slice(Math.max(s.start, m.start - 50), m.start);
    const after = text.slice(m.end, Math.min(s.end, m.end + 70));
    if (MEDIATOR_AFTER.test(before)) vote(votes.mediator, m, "after");
    else if (MEDIATOR_BEFORE.test(after) || (MEDIATOR_NAME.test(m.text) && !BARE_NOUN.test(m.text))) vote(votes.mediator, m, "before");
    else if (APPEALER_AFTER.test(before)) vote(votes.appealer, m, "after");
    else if (APPEALER_BEFORE.test(after)) vote(votes.appealer, m, "before");
    else if (m.kind === "igo") votes.appealer.add(m.key);
    else if (PARTY_BEFORE.test(after) || ACCUSED_OF.test(after)) vote(votes.side, m, "before");
    else if (ARMED_OR_RULING.has(m.kind)) named.add(m.key); // named in a sentence about the truce
  }
  // "brokered by Egypt and the US": the second name shares the role read before the first; "Israel and Hamas
  // agreed": the first shares the role read after the second
  for (const [i, m] of here.entries()) {
    const prev = here[i - 1];
    if (!prev || !AND_NEXT.test(text.slice(prev.end, m.start))) continue;
    for (const set of [votes.mediator, votes.appealer, votes.side]) {
      if (fired.get(prev.key) === "after" && set.has(prev.key) && !fired.has(m.key)) set.add(m.key);
      if (fired.get(m.key) === "before" && set.has(m.key) && !fired.has(prev.key)) set.add(prev.key);
    }
  }
  const between = BETWEEN.exec(s.text);
  if (between) {
    const from = s.start + between.index;
    const to = from + between[0].length;
    for (const m of here) if (m.start >= from && m.end <= to) votes.side.add(m.key);
  }
}
