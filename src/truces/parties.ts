/**
 * Who is party to a ceasefire and who mediates it. Parties: the sides of truce, signing, rejection and violation
 * events, the sides of the fighting, and "a truce between X and Y". Mediators: the sources of appeals and
 * mediation events in truce sentences, "brokered/mediated by X", "X-brokered", "X brokered/hosted/proposed …",
 * and international organisations named in truce sentences. An actor that mediates is not also a party.
 */
import type { ActorMention, Sentence } from "../doc.ts";
import type { CodedEvent } from "../types.ts";
import { roleOf } from "./status-rules.ts";
import { namesTruce } from "./words.ts";
import { bySentence } from "../events/by-sentence.ts";

export interface Sides {
  readonly parties: readonly string[];
  readonly mediators: readonly string[];
}

const MEDIATOR_AFTER = /\b(?:brokered|mediated|hosted|sponsored|facilitated|guaranteed|proposed)\s+by\s+(?:the\s+)?(?:mediators?\s+)?$|\bmediators?\s+(?:the\s+)?$|\bmediation\s+(?:of|by)\s+(?:the\s+)?$|\b(?:under\s+the\s+auspices\s+of|with\s+the\s+help\s+of|at\s+the\s+invitation\s+of)\s+(?:the\s+)?$/i;
const MEDIATOR_BEFORE = /^(?:-|\s+-\s*)(?:brokered|mediated|sponsored|backed\s+talks)|^(?:,[^,]{1,60},|\s+and\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?(?:\s+on\s+\w+)?\s+(?:(?:has|had|have|also|jointly)\s+)*(?:brokered|mediated|hosted|proposed|called\s+(?:for|on)|urged|appealed|sponsored|invited|convened|guarantee[sd]?|is\s+mediating|offered\s+to\s+(?:mediate|host))\b/i;
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

const sideRoles = new Set(["truce", "sign", "reject", "violate", "intent"]);
const mediatorRoles = new Set(["appeal", "mediate"]);

/** Parties and mediators of a ceasefire, as mention keys in order of first mention. */
export function findSides(
  text: string, sentences: readonly Sentence[], mentions: readonly ActorMention[], events: readonly CodedEvent[],
): Sides {
  const truceSentences = new Set(sentences.filter((s) => namesTruce(s.text)).map((s) => s.index));
  const parties = new Set<string>();
  const mediators = new Set<string>();
  const named = new Set<string>();
  for (const e of events) {
    const role = roleOf(e.cameo);
    if (!role || e.modality === "hypothetical") continue;
    const inTruce = truceSentences.has(e.sentence);
    if (role === "attack" || role === "violate" || (inTruce && sideRoles.has(role))) {
      for (const r of [...e.source, ...e.target]) parties.add(r.actor);
    } else if (inTruce && mediatorRoles.has(role)) {
      for (const r of e.source) mediators.add(r.actor);
      if (role === "appeal") for (const r of e.target) parties.add(r.actor);
    }
  }
  const mentionsIn = bySentence(mentions);
  for (const s of sentences) {
    if (!truceSentences.has(s.index)) continue;
    const here = mentionsIn(s.index);
    for (const m of here) {
      const before = text.slice(Math.max(s.start, m.start - 50), m.start);
      const after = text.slice(m.end, Math.min(s.end, m.end + 70));
      if (MEDIATOR_AFTER.test(before) || MEDIATOR_BEFORE.test(after) || m.kind === "igo") mediators.add(m.key);
      else if (PARTY_BEFORE.test(after) || ACCUSED_OF.test(after)) parties.add(m.key);
      else if (ARMED_OR_RULING.has(m.kind)) named.add(m.key); // named in a sentence about the truce
    }
    for (const [i, m] of here.entries()) {
      const prev = here[i - 1];
      if (!prev || !AND_NEXT.test(text.slice(prev.end, m.start))) continue;
      const pair = [prev.key, m.key];
      if (pair.some((k) => mediators.has(k))) pair.forEach((k) => mediators.add(k));
      else if (pair.some((k) => parties.has(k))) pair.forEach((k) => parties.add(k));
    }
    const between = BETWEEN.exec(s.text);
    if (between) {
      const from = s.start + between.index;
      const to = from + between[0].length;
      for (const m of here) if (m.start >= from && m.end <= to) parties.add(m.key);
    }
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
  const mediatorCountries = new Set([...mediators].map((k) => kinds.get(k)?.country).filter((c): c is string => !!c));
  const side = (k: string) => !mediators.has(k) && fighter(k) && !mediatorCountries.has(kinds.get(k)?.country ?? "");
  for (const k of named) parties.add(k);
  return { parties: order([...parties].filter(side)), mediators: order(mediators) };
}
