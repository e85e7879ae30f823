/**
 * The tense around a date phrase: past ("the truce was signed on April 9"), future ("talks will resume in
 * January", "the sides agreed to meet in January") or unknown. The marker nearest to the phrase decides, first
 * within the phrase's own clause, then within the whole sentence ("On April 9, rebels shelled the port").
 */

export type Tense = "past" | "future" | "unknown";

const FUTURE_SOURCE = [
  String.raw`will|won['’]t|shall|['’]ll|would|is to|are to|going to|next|upcoming|coming`,
  String.raw`(?:is|are|was|were) due|due to|to be held|scheduled|expected|planned|slated|set to`,
  // a plan, promise or agreement looks ahead: "agreed to meet", "plans to hold", "vowed to retake"
  String.raw`(?:agree|plan|promise|pledge|vow|hope|aim|intend|want|decide|threaten|offer|propose|prepare|seek)(?:s|d|ed|ned)?\s+to`,
  String.raw`sought\s+to`,
].join("|");

const IRREGULAR_PAST = [
  "met", "began", "begun", "took", "taken", "held", "said", "told", "came", "went", "gone", "fought", "broke",
  "broken", "saw", "seen", "left", "struck", "won", "lost", "fell", "fallen", "rose", "sent", "spent", "brought",
  "thought", "gave", "given", "made", "found", "kept", "led", "fled", "shot", "stood", "spoke", "spoken", "wrote",
  "written", "drove", "flew", "ran", "sat", "got", "became", "chose", "withdrew", "withdrawn", "overran", "threw",
  "blew", "knew", "grew", "drew", "retook", "overtook", "undertook", "overcame", "arose", "bore", "swore", "tore",
  "shook", "swept", "sought", "caught", "taught", "bought", "built", "dealt", "dug", "fed", "felt", "heard",
  "laid", "lent", "meant", "paid", "sold", "stole", "stuck", "sank", "rang", "understood", "upheld", "withheld",
  "forbade", "forgave", "froze", "hid", "rode", "slept", "swam", "wore", "woke", "slew", "bled", "misled", "sped",
  "was", "were", "had", "did", "been", "ago", "yesterday", "last", "earlier", "previously",
].join("|");
/** A future marker takes in the participle of its verb group ("will be signed", "due to be held"). */
const PARTICIPLE = String.raw`(?:\s+(?:not|never|also|then|soon|be|have|been))*(?:\s+(?:\p{Ll}+ed|${IRREGULAR_PAST}))?`;
const FUTURE = new RegExp(String.raw`\b(?:${FUTURE_SOURCE})${PARTICIPLE}\b`, "giu");

/** Lower-case words in -ed that are not past forms; capitalised ones (names: Ahmed, Mohammed) never count. */
const NOT_PAST = new Set([
  "need", "feed", "speed", "seed", "bed", "red", "shed", "bleed", "breed", "proceed", "succeed", "exceed",
  "hundred", "indeed", "embed", "creed", "greed", "armed", "alleged", "advanced", "based", "concerned", "limited",
  "related", "so-called", "united", "detailed",
]);
const PAST = new RegExp(String.raw`\b(?:${IRREGULAR_PAST}|\p{Ll}[\p{Ll}-]+ed)\b`, "gu");

/** Clause boundaries: the marker should sit in the same clause as the date. */
const BOUNDARY_SOURCE = String.raw`[,;:()\u2014"“”]|\b(?:that|and|but|after|before|when|while|which)\b`;
const BOUNDARIES = new RegExp(BOUNDARY_SOURCE, "gi");

interface Marker {
  readonly start: number;
  readonly end: number;
  readonly tense: Exclude<Tense, "unknown">;
}

function markers(text: string): Marker[] {
  const future: Marker[] = [...text.matchAll(FUTURE)].map((m) => ({
    start: m.index, end: m.index + m[0].length, tense: "future" as const,
  }));
  const past: Marker[] = [...text.matchAll(PAST)]
    .filter((m) => !NOT_PAST.has(m[0]))
    .map((m) => ({ start: m.index, end: m.index + m[0].length, tense: "past" as const }))
    .filter((p) => !future.some((f) => f.start < p.end && p.start < f.end));
  return [...future, ...past];
}

/** The clause around [start, end): from after the last boundary before it to the first boundary after it. */
function clause(text: string, start: number, end: number): [number, number] {
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(BOUNDARIES)) {
    if (m.index + m[0].length <= start) from = m.index + m[0].length;
    else if (m.index >= end) {
      to = m.index;
      break;
    }
  }
  return [from, to];
}

function nearest(found: readonly Marker[], start: number, end: number): Marker | undefined {
  const distance = (m: Marker): number => (m.end <= start ? start - m.end : m.start >= end ? m.start - end : 0);
  return [...found].sort((a, b) => distance(a) - distance(b))[0];
}

/**
 * The tense of the clause around `text.slice(start, end)`, read from the nearest tense marker.
 *
 * @example clauseTense("Talks will resume in January.", 21, 28) === "future"
 * @example clauseTense("The truce was signed on April 9.", 21, 31) === "past"
 */
export function clauseTense(text: string, start: number, end: number): Tense {
  const all = markers(text).filter((m) => m.end <= start || m.start >= end);
  const [from, to] = clause(text, start, end);
  const inClause = all.filter((m) => m.start >= from && m.end <= to);
  return (nearest(inClause, start, end) ?? nearest(all, start, end))?.tense ?? "unknown";
}

/**
 * True when the clause around `text.slice(start, end)` is about the future.
 *
 * @example isFutureClause("Talks will resume on Friday.", 18, 27) === true
 */
export function isFutureClause(text: string, start: number, end: number): boolean {
  return clauseTense(text, start, end) === "future";
}
