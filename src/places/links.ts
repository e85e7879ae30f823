/**
 * How the words between two place names link them: "Tripoli, Lebanon" (the second qualifies the first) and
 * "Tessalit, a town near Kidal" (the first lies near the second).
 */
import type { Candidate } from "./match.ts";
import type { ActorMention } from "../doc.ts";
import type { GazetteerEntry } from "../resources.ts";

/** ", " or " in " (", in the", " in northern ") between a name and the country or region that qualifies it. */
const QUALIFIES = /^\s*(,|in)\s*((the\s+)?(north|south|east|west|central)(ern|-?(east|west)(ern)?)?\s+)?$/i;
/** ", a village near", " near", ", 20 km north of", " on the outskirts of" between a place and its anchor. */
const NEAR = /^\s*,?\s*((an?|the|some)\s+)?([\w-]+\s+){0,3}(near|outside|close\s+to|next\s+to|outskirts\s+of|(north|south|east|west)(-?(east|west))?\s+of)\s+(the\s+(city|town|village)\s+of\s+)?$/i;
/** The entries a candidate most plausibly means: our own table's when it lists the name, else the world's. */
export const strongEntries = (c: Candidate): readonly GazetteerEntry[] => {
  const ours = c.entries.filter((e) => e.layer !== "world");
  return ours.length ? ours : c.entries;
};

/** Words between two names are read only when this short. */
const MAX_GAP = 60;

const gap = (text: string, a: Candidate, b: Candidate): string | null =>
  b.start - a.end <= MAX_GAP && b.start >= a.end ? text.slice(a.end, b.start) : null;

/**
 * The countries of the country or region named right after candidate `k`, or undefined.
 *
 * @example qualifierOf(candidates, 0, "Clashes in Tripoli, Lebanon.") // → Set { "LBN" }
 */
export function qualifierOf(candidates: readonly Candidate[], k: number, text: string): ReadonlySet<string> | undefined {
  const c = candidates[k];
  const d = candidates[k + 1];
  if (!c || !d || c.sentence !== d.sentence) return undefined;
  const between = gap(text, c, d);
  if (between === null || !QUALIFIES.test(between)) return undefined;
  const regions = strongEntries(d).filter((e) => e.kind !== "city");
  return regions.length ? new Set(regions.map((e) => e.country)) : undefined;
}

/**
 * The index of the candidate that candidate `k` is said to lie near, or null.
 *
 * @example anchorOf(candidates, 0, "Gunmen raided Intahaka, a village near Gao.") // → 1
 */
export function anchorOf(candidates: readonly Candidate[], k: number, text: string): number | null {
  const c = candidates[k];
  const d = candidates[k + 1];
  if (!c || !d || c.sentence !== d.sentence) return null;
  const between = gap(text, c, d);
  return between !== null && NEAR.test(between) ? k + 1 : null;
}

/** "Jordanian city of", "Syrian town of the": between a demonym and the place it qualifies. */
const DEMONYM_OF = /^\s+(city|town|village|hamlet|capital|port|province|region|district|governorate|state)\s+of\s+(the\s+)?$/i;

/**
 * The country of a demonym that qualifies candidate `c` ("the Jordanian city of Karak" → "JOR"), or null.
 * `mentions` are the actor mentions of the candidate's sentence.
 *
 * @example demonymOf(karak, mentionsOfSentence, "Gunmen struck the Jordanian city of Karak.") === "JOR"
 */
export function demonymOf(c: Candidate, mentions: readonly ActorMention[], text: string): string | null {
  for (const m of mentions) {
    if (m.via !== "demonym" || !m.country || m.end > c.start || c.start - m.end > MAX_GAP) continue;
    if (DEMONYM_OF.test(text.slice(m.end, c.start))) return m.country;
  }
  return null;
}
