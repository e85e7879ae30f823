/**
 * The ceasefire tracker: a pure function from the stored per-article ceasefire mentions and the stored fighting
 * events to one record per ceasefire, with its status timeline and violations. Recomputed whenever asked, so a
 * new article changes the records without any stored state to repair.
 */
import type { CeasefireStatus } from "../../types.ts";
import type { PartyRef, StoredCeasefireMention, StoredEvent } from "../../store/types.ts";
import { dayNumber, dayToIso, isFighting } from "../../store/event-key.ts";
import { anchorDate, groupMentions, GROUP_WINDOW_DAYS, partyId } from "./group.ts";
import { STATUS_RANK, type CeasefireRecord, type TimelineEntry, type TimelineEvidence } from "./record.ts";

export type FightingEvent = Pick<StoredEvent, "id" | "cameo" | "acled" | "source" | "target" | "location" | "negated" | "modality" | "date">
  & { readonly articles?: readonly string[] };

/**
 * The date a mention's status applies from. A violation or collapse reported by an undated article has no date:
 * the truce's declared or effective date is when it began, not when it broke down.
 */
function statusDate(m: StoredCeasefireMention): string | null {
  if (m.status === "declared") return m.declared ?? m.published;
  if (m.status === "in_force") return m.effective ?? m.published;
  if (m.status === "proposed") return m.published ?? anchorDate(m);
  return m.published;
}

/** stated dates further than this from the article's own date are taken as misread or as another truce's */
const PLAUSIBLE_DAYS = 45;

/** The date most mentions state (earliest on a tie), ignoring dates far from their article's publication. */
function statedDate(group: readonly StoredCeasefireMention[], pick: (m: StoredCeasefireMention) => string | null): string | null {
  const votes = new Map<string, number>();
  for (const m of group) {
    const d = pick(m);
    const day = dayNumber(d);
    const pub = dayNumber(m.published);
    if (!d || day === null || (pub !== null && Math.abs(day - pub) > PLAUSIBLE_DAYS)) continue;
    votes.set(d, (votes.get(d) ?? 0) + 1);
  }
  return [...votes.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
}

/**
 * Civilians are never a party to a truce, nor is an unattributed "---" actor (rebels, media); in larger groups keep
 * the parties that several articles name.
 */
function mainParties(group: readonly StoredCeasefireMention[], parties: readonly PartyRef[]): PartyRef[] {
  const named = (p: PartyRef): number => group.filter((m) => m.parties.some((q) => q.key === p.key)).length;
  // a state that articles call a mediator about as often as they make it (or its officials) a party mediates:
  // "Russia" hosting the talks, and Russia's foreign minister with it
  const asMediator = (iso: string) => group.filter((m) => m.mediators.some((q) => q.code === iso)).length;
  const asParty = (iso: string) => group.filter((m) => m.parties.some((q) => q.code.startsWith(iso))).length;
  // (mediation is named less often than taking part, so one article calling a state a mediator weighs as two)
  const mediatingState = (p: PartyRef) => { const iso = p.code.slice(0, 3); return asMediator(iso) > 0 && 2 * asMediator(iso) >= asParty(iso); };
  const mediating = (p: PartyRef): number => group.filter((m) => m.mediators.some((q) => q.key === p.key)).length;
  const need = group.length >= 3 ? 2 : 1;
  return parties.filter((p) => !/^...(CVL|REF)/.test(p.code) && !p.code.startsWith("---") && named(p) >= need && named(p) > mediating(p) && !mediatingState(p));
}

/** State agents: a state's government or forces fold into the state when both are named. */
const STATE_AGENT = /^(GOV|MIL|COP|SPY|LEG|JUD)/;

/** Parties named anywhere in the group, once each; "ISRGOV" folds into "ISR" when both are named. */
function union(lists: readonly (readonly PartyRef[])[], exclude: ReadonlySet<string> = new Set()): PartyRef[] {
  const out = new Map<string, PartyRef>();
  for (const list of lists) for (const p of list) if (!exclude.has(p.key) && !out.has(p.key)) out.set(p.key, p);
  return foldStates([...out.values()]);
}

function foldStates(all: readonly PartyRef[]): PartyRef[] {
  // a civil war — every party of one country, two sides of it (LBYMIL, LBYGOV) — keeps the sides and drops the bare
  // state (LBY); between states, a state's government or forces fold into the state (ISRGOV into ISR)
  const countries = new Set(all.map((p) => p.code.slice(0, 3)).filter((c) => c !== "---"));
  const sidesOf = (iso: string) => countries.size > 1 ? 0 : new Set(all.filter((p) => p.code.startsWith(iso) && p.code.length > 3).map((p) => p.code.slice(3, 6))).size;
  return all.filter((p) => {
    if (p.code.length === 3 && sidesOf(p.code) >= 2) return false;
    return !all.some((q) => q !== p && q.code && q.code.length === 3 && sidesOf(q.code) < 2 && p.code.startsWith(q.code) && STATE_AGENT.test(p.code.slice(3)));
  });
}

function evidenceOf(m: StoredCeasefireMention): TimelineEvidence {
  return { article: m.article, events: m.evidence, text: m.evidence_text[0] ?? m.title };
}

/**
 * Status changes in date order, undated ones last; a later report of an earlier stage (a restated proposal)
 * changes nothing.
 */
function timelineOf(mentions: readonly StoredCeasefireMention[]): TimelineEntry[] {
  const ordered = [...mentions].sort((a, b) =>
    (statusDate(a) ?? "9999").localeCompare(statusDate(b) ?? "9999") || STATUS_RANK[a.status] - STATUS_RANK[b.status]);
  const out: { date: string | null; status: CeasefireStatus; evidence: TimelineEvidence[] }[] = [];
  for (const m of ordered) {
    const last = out[out.length - 1];
    if (last && last.status === m.status) { last.evidence.push(evidenceOf(m)); continue; }
    const forward = !last || STATUS_RANK[m.status] > STATUS_RANK[last.status] || (m.status === "in_force" && last.status === "violated");
    if (forward) out.push({ date: statusDate(m), status: m.status, evidence: [evidenceOf(m)] });
  }
  return out;
}

function mostCommon(xs: readonly (string | null)[]): string | null {
  const n = new Map<string, number>();
  for (const x of xs) if (x) n.set(x, (n.get(x) ?? 0) + 1);
  return [...n.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

const sortTimeline = (t: TimelineEntry[]): TimelineEntry[] =>
  t.sort((a, b) => (a.date ?? "").localeCompare(b.date ?? "") || STATUS_RANK[a.status] - STATUS_RANK[b.status]);

function between(e: FightingEvent, parties: ReadonlySet<string>, country: string | null): boolean {
  const side = (refs: FightingEvent["source"]): boolean => refs.some((r) => parties.has(r.code ? r.code.slice(0, 3) : r.name));
  if (side(e.source) && side(e.target)) return true;
  return country !== null && e.location?.country === country;
}

/**
 * @example trackCeasefires(await store.ceasefireMentions(), await store.events({ fighting: true }))
 */
export function trackCeasefires(mentions: readonly StoredCeasefireMention[], events: readonly FightingEvent[]): CeasefireRecord[] {
  return groupMentions(mentions).map((group): CeasefireRecord => {
    const first = group[0]!;
    const named = new Map<string, PartyRef>();
    for (const m of group) for (const p of m.parties) if (!named.has(p.key)) named.set(p.key, p);
    const parties = foldStates(mainParties(group, [...named.values()]));
    const partyIds = new Set(parties.map(partyId));
    const partyKeys = new Set(parties.map((p) => p.key));
    const country = mostCommon(group.map((m) => m.country));
    let timeline = timelineOf(group);
    const stated = group.find((m) => m.effective);
    if (stated?.effective && !timeline.some((t) => t.status === "in_force") && timeline.some((t) => t.status === "declared")) {
      timeline = sortTimeline([...timeline, { date: stated.effective, status: "in_force", evidence: [evidenceOf(stated)] }]);
    }
    const declared = statedDate(group, (m) => m.declared) ?? timeline.find((t) => t.status === "declared")?.date ?? null;
    const effective = statedDate(group, (m) => m.effective) ?? timeline.find((t) => t.status === "in_force")?.date ?? null;
    const endEntry = timeline.find((t) => t.status === "collapsed" || t.status === "ended");
    const ended = endEntry?.date ?? null;
    const start = dayNumber(effective ?? declared);
    const lastSeen = Math.max(...group.map((m) => dayNumber(m.published) ?? dayNumber(anchorDate(m)) ?? 0));
    const stop = dayNumber(ended) ?? lastSeen + GROUP_WINDOW_DAYS;
    const perDay = new Map<number, string[]>();
    const articleOf = new Map<string, string>();
    if (start !== null) {
      for (const e of events) {
        const day = dayNumber(e.date);
        if (day === null || day <= start || day >= stop || e.negated || !isFighting(e)) continue;
        if (e.modality !== "asserted" && e.modality !== "reported") continue;
        if (!between(e, partyIds, country)) continue;
        perDay.set(day, [...(perDay.get(day) ?? []), e.id]);
        articleOf.set(e.id, e.articles?.[0] ?? "");
      }
    }
    const violations = [...perDay.entries()].sort((a, b) => a[0] - b[0]).map(([d, ids]) => ({ date: dayToIso(d), count: ids.length }));
    const firstViolation = [...perDay.entries()].sort((a, b) => a[0] - b[0])[0];
    if (firstViolation && !timeline.some((t) => t.status === "violated" && (dayNumber(t.date) ?? Infinity) <= firstViolation[0])) {
      const entry: TimelineEntry = { date: dayToIso(firstViolation[0]), status: "violated",
        evidence: [{ article: articleOf.get(firstViolation[1][0]!) ?? "", events: firstViolation[1], text: null }] };
      timeline = sortTimeline([...timeline, entry]);
    }
    return {
      id: `cf:${country ?? "XXX"}:${anchorDate(first) ?? "undated"}:${partyId(parties[0] ?? { key: "-", name: "", code: "", country: null })}`,
      country, parties, mediators: union(group.map((m) => m.mediators), partyKeys), declared, effective, ended,
      status: timeline[timeline.length - 1]?.status ?? first.status,
      terms: [...new Set(group.flatMap((m) => m.terms))], timeline, violations,
      articles: [...new Set(group.map((m) => m.article))],
    };
  });
}
