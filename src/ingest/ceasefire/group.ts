/**
 * Which per-article ceasefire mentions speak of the same ceasefire: same country (or overlapping parties when the
 * countries differ or one is unknown), dates within a window of the group's last mention, and not a fresh
 * proposal after the group's ceasefire already ended.
 */
import type { PartyRef, StoredCeasefireMention } from "../../store/types.ts";
import { dayNumber } from "../../store/event-key.ts";
import { STATUS_RANK } from "./record.ts";

/** days between a group's latest mention and the next one that may still join it */
export const GROUP_WINDOW_DAYS = 30;

/** A party's identity across articles: its country-or-IGO prefix when it has a code, else its name key. */
export const partyId = (p: PartyRef): string => (p.code ? p.code.slice(0, 3) : p.key);

/**
 * The date that places a mention in time: the day the article was published (a stated date can be misread or
 * refer back to an older truce), else the declared or effective date.
 */
export const anchorDate = (m: StoredCeasefireMention): string | null => m.published ?? m.declared ?? m.effective;

function overlap(a: readonly PartyRef[], b: readonly PartyRef[]): number {
  const ids = new Set(a.map(partyId));
  return new Set(b.map(partyId).filter((x) => ids.has(x))).size;
}

interface Group {
  readonly mentions: StoredCeasefireMention[];
  country: string | null;
  parties: PartyRef[];
  mediators: PartyRef[];
  lastDay: number | null;
  endedDay: number | null;
}

function compatible(g: Group, m: StoredCeasefireMention, day: number | null): boolean {
  if (day !== null && g.lastDay !== null && day - g.lastDay > GROUP_WINDOW_DAYS) return false;
  if (g.endedDay !== null && day !== null && day > g.endedDay && STATUS_RANK[m.status] <= STATUS_RANK.declared) return false;
  const shared = overlap(g.parties, m.parties);
  const eitherEmpty = g.parties.length === 0 || m.parties.length === 0;
  // a report from elsewhere ("the envoy in Berlin") with the same mediators, naming no parties or the truce's
  // country, is about the same truce
  const namesCountry = !!g.country && [...m.parties, ...m.mediators].some((p) => p.code.startsWith(g.country!));
  if (overlap(g.mediators, m.mediators) >= 1 && (m.parties.length === 0 || namesCountry)) return true;
  if (g.country && m.country && g.country === m.country) return shared >= 1 || eitherEmpty;
  if (!g.country || !m.country) return shared >= 1;
  return shared >= 2;
}

/** Groups mentions (any order) into per-ceasefire lists, each in date order. */
export function groupMentions(mentions: readonly StoredCeasefireMention[]): StoredCeasefireMention[][] {
  const sorted = [...mentions].sort((a, b) =>
    (anchorDate(a) ?? "9999").localeCompare(anchorDate(b) ?? "9999") || a.article.localeCompare(b.article) || a.index - b.index);
  const groups: Group[] = [];
  for (const m of sorted) {
    const day = dayNumber(anchorDate(m));
    let g = [...groups].reverse().find((x) => compatible(x, m, day));
    if (!g) { g = { mentions: [], country: m.country, parties: [], mediators: [], lastDay: day, endedDay: null }; groups.push(g); }
    g.mentions.push(m);
    g.country ??= m.country;
    const ids = new Set(g.parties.map(partyId));
    for (const p of m.parties) if (!ids.has(partyId(p))) { g.parties.push(p); ids.add(partyId(p)); }
    const mids = new Set(g.mediators.map(partyId));
    for (const p of m.mediators) if (!mids.has(partyId(p))) { g.mediators.push(p); mids.add(partyId(p)); }
    if (day !== null && (g.lastDay === null || day > g.lastDay)) g.lastDay = day;
    if (m.status === "collapsed" || m.status === "ended") {
      const end = dayNumber(m.published) ?? day;
      if (end !== null && (g.endedDay === null || end < g.endedDay)) g.endedDay = end;
    }
  }
  return groups.map((g) => g.mentions);
}
