/**
 * The mention lookups of the quotes stage, built once per article so that each quote costs a binary search
 * rather than a pass over every mention: the mentions inside a span, and the latest person before an offset.
 */
import type { ActorMention } from "../doc.ts";

export interface Speaker {
  readonly key: string;
  readonly name: string;
}

export interface MentionLookup {
  /** mentions with start >= `start` and end <= `end`, by start */
  within(start: number, end: number): ActorMention[];
  /**
   * The latest person mention ending by `before`; with a title ("the general"), the latest of the nearest
   * TITLE_LOOKBACK people introduced with it, if any.
   */
  latestPerson(before: number, title: string | null): Speaker | null;
}

/** People searched backwards for one introduced with a title; a speaker is named well within this. */
export const TITLE_LOOKBACK = 200;

const byStart = (a: ActorMention, b: ActorMention): number => a.start - b.start;

/** Index of the first mention with start >= at (mentions sorted by start). */
function lowerBound(sorted: readonly ActorMention[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as ActorMention).start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const toSpeaker = (m: ActorMention): Speaker => ({ key: m.key, name: m.name });

/**
 * Builds the lookups over an article's mentions.
 *
 * @example mentionLookup(text, doc.mentions).within(clause.start, clause.end)
 */
export function mentionLookup(text: string, mentions: readonly ActorMention[]): MentionLookup {
  const sorted = [...mentions].sort(byStart);
  const people = sorted.filter((m) => m.kind === "person");
  const introducedWith = (m: ActorMention, title: string): boolean => {
    const before = text.slice(Math.max(0, m.start - 50), m.start).split(/[.;]\s/).pop() ?? "";
    const apposition = text.slice(m.end, m.end + 60).match(/^,\s[^,.;]*/)?.[0] ?? "";
    return `${before} ${m.text} ${apposition}`.toLowerCase().includes(title);
  };
  return {
    within(start, end) {
      const out: ActorMention[] = [];
      for (let i = lowerBound(sorted, start); i < sorted.length && (sorted[i] as ActorMention).start < end; i++) {
        const m = sorted[i] as ActorMention;
        if (m.end <= end) out.push(m);
      }
      return out;
    },
    latestPerson(before, title) {
      // people ending by `before`, latest start first (equal starts in text order, as a stable sort gives)
      let latest: ActorMention | undefined;
      let seen = 0;
      for (let i = lowerBound(people, before) - 1; i >= 0 && seen < TITLE_LOOKBACK;) {
        let g = i;
        while (g > 0 && (people[g - 1] as ActorMention).start === (people[i] as ActorMention).start) g--;
        for (let k = g; k <= i; k++) {
          const m = people[k] as ActorMention;
          if (m.end > before) continue;
          latest ??= m;
          if (title === null) return toSpeaker(m);
          if (introducedWith(m, title)) return toSpeaker(m);
          seen++;
        }
        i = g - 1;
      }
      return latest ? toSpeaker(latest) : null;
    },
  };
}
