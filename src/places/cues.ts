/**
 * What the text around a name says about it being a place: a locative phrase before it ("in", "near the town of",
 * "north of"), a division word after it ("Sindh province"), a country or region after a comma ("Tripoli,
 * Lebanon"), and what it cannot be (a closed-class word, part of a date, part of a person's or group's name).
 * The world gazetteer's places need such evidence; our own table's places mostly do not (see match.ts).
 */
import type { Doc, Token } from "../doc.ts";
import type { Gazetteer } from "../resources.ts";
import { LOCATIVES } from "./stoplist.ts";
import { bySentence } from "../events/by-sentence.ts";

/** Nouns for a place that take "of" before its name: "the town of", "the outskirts of", "north of". */
export const PLACE_NOUNS: ReadonlySet<string> = new Set([
  "city", "town", "village", "hamlet", "district", "province", "region", "governorate", "state", "county",
  "municipality", "oblast", "department", "prefecture", "area", "outskirts", "suburb", "suburbs", "port", "capital",
  "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
]);

/** Words for a settlement: a name after "the town of" is a town, not the province of the same name. */
const SETTLEMENTS: ReadonlySet<string> = new Set(["city", "town", "village", "hamlet", "port"]);

/** Words after a name that make it a first-level division: "Sindh province", "Kidal region". */
export const DIVISION_WORDS: ReadonlySet<string> = new Set([
  "province", "region", "state", "governorate", "oblast", "district", "county", "department", "prefecture",
  "division", "territory", "krai", "raion", "wilaya", "emirate",
]);

/** Universal POS tags of words that are never place names, whatever their spelling ("Of", "May"). */
const CLOSED_CLASS: ReadonlySet<string> = new Set(["ADP", "DET", "PRON", "CCONJ", "SCONJ", "AUX", "PART", "NUM", "INTJ"]);

/**
 * How actor mentions that are places were found (a country, a capital, a demonym, an agent of a place); any other
 * mention is a name the knowledge base or the text gives a person, group or institution ("Obama", "the White
 * House"), which no town of the world gazetteer overrides.
 */
const PLACE_VIAS: ReadonlySet<string> = new Set(["country", "capital", "demonym", "place"]);

export interface Cues {
  /** a locative phrase ends right before the name */
  readonly locative: boolean;
  /** a word for a settlement stands before the name: "the town of", "the village" */
  readonly settlement: boolean;
  /** a division word follows the name */
  readonly division: boolean;
  /** a country or region named right after ", " or "in" */
  readonly qualified: boolean;
  /** its first word has a closed-class tag, or a date covers part of it */
  readonly excluded: boolean;
  /** an actor's name that is not a place (a person, group or institution) covers part of the name */
  readonly actor: boolean;
}

const wordOf = (t: Token | undefined): string | undefined => (t && t.key !== "" ? t.text.toLowerCase() : undefined);

/** Reads the cues of a name on tokens `i`..`j` (inclusive) of sentence `sentence`, tokens `first`..`end` - 1. */
export type CueReader = (i: number, j: number, first: number, end: number, sentence: number) => Cues;

/**
 * A cue reader for `doc`; `hand` (our own table) tells which words after a comma are countries or regions.
 *
 * @example cueReader(doc, hand)(5, 5, 0, 7, 0) // "Gunmen attacked a village near Kidal ." → { locative: true, ... }
 */
export function cueReader(doc: Doc, hand: Gazetteer): CueReader {
  const tokens = doc.tokens ?? [];
  const datesIn = bySentence(doc.dates ?? []);
  const mentionsIn = bySentence((doc.mentions ?? []).filter((m) => !PLACE_VIAS.has(m.via)));
  const peopleIn = bySentence((doc.syntax?.entities ?? []).filter((e) => e.type === "PER"));
  const upos = doc.syntax?.upos;
  return (i, j, first, end, sentence) => {
    const at = (k: number): Token | undefined => (k >= first && k < end ? tokens[k] : undefined);
    const b1 = wordOf(at(i - 1));
    const b2 = wordOf(at(i - 2));
    const b3 = wordOf(at(i - 3));
    const settlement = (b1 === "of" && b2 !== undefined && SETTLEMENTS.has(b2)) || (b1 !== undefined && SETTLEMENTS.has(b1)) ||
      appositive(at, j);
    const locative = settlement || (b1 !== undefined && LOCATIVES.has(b1)) ||
      (b1 === "the" && b2 !== undefined && LOCATIVES.has(b2)) ||
      (b1 === "of" && b2 !== undefined && PLACE_NOUNS.has(b2)) ||
      (b1 === "of" && b2 !== undefined && /ern$/.test(b2) && b3 !== undefined && PLACE_NOUNS.has(b3));
    const a1 = wordOf(at(j + 1));
    const division = a1 !== undefined && DIVISION_WORDS.has(a1);
    const sep = at(j + 1);
    const qualified = sep !== undefined && (sep.text === "," || sep.lower === "in") && qualifierAt(tokens, hand, j + 2, end);
    // the first word, where both taggers read it as a closed-class word (one of them alone errs: ours tags
    // "province" in "Aleppo province according to" as SCONJ); "the town of Of" outweighs them both
    const closed = (k: number): boolean => CLOSED_CLASS.has(tokens[k]?.pos ?? "") && (upos === undefined || CLOSED_CLASS.has(upos[k] ?? ""));
    let excluded = !settlement && closed(i);
    const start = tokens[i]?.start ?? 0;
    const stop = tokens[j]?.end ?? 0;
    const overlaps = (m: { start: number; end: number }): boolean => m.start < stop && m.end > start;
    excluded ||= datesIn(sentence).some(overlaps);
    const actor = mentionsIn(sentence).some(overlaps) || peopleIn(sentence).some(overlaps);
    return { locative, settlement, division, qualified, excluded, actor };
  };
}

/** ", a town", ", a small village", ", the provincial capital" right after the name on tokens ..`j`. */
function appositive(at: (k: number) => Token | undefined, j: number): boolean {
  if (at(j + 1)?.text !== ",") return false;
  const article = wordOf(at(j + 2));
  if (article !== "a" && article !== "an" && article !== "the") return false;
  for (let k = j + 3; k <= j + 5; k++) {
    const w = wordOf(at(k));
    if (w === undefined) return false;
    if (SETTLEMENTS.has(w) || w === "capital") return true;
  }
  return false;
}

/** True when a country, admin1 or region of our table starts at token `k` (one to three words). */
function qualifierAt(tokens: readonly Token[], hand: Gazetteer, k: number, end: number): boolean {
  let key = "";
  for (let n = 0; n < 3 && k + n < end; n++) {
    const t = tokens[k + n] as Token;
    if (t.key === "" || !/^\p{Lu}/u.test(t.text)) break;
    key = key ? `${key} ${t.key}` : t.key;
    if (hand.lookup(key)?.some((e) => e.kind !== "city")) return true;
  }
  return false;
}
