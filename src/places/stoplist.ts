/**
 * Word lists that keep the place matcher from reading ordinary words and names as places. Keys are phraseKey()s.
 */

/** Places whose names are also common English words: accepted only right after a locative preposition. */
export const COMMON_WORD_PLACES: ReadonlySet<string> = new Set([
  "nice", "split", "mobile", "reading", "bath", "sale", "bar", "male", "batman", "van", "hit", "tyre", "most",
  "gap", "orange", "hope", "victoria", "union", "independence", "salt", "sur", "muse", "deal", "march", "may",
  "police", "mary", "buffalo", "phoenix", "sandwich", "wells", "cork", "derby", "shire", "sake", "carrefour",
  "swat", "tartar", "rio", "sharm",
]);

/** Places that are also common given names: rejected when a capitalised word stands right before or after. */
export const PERSON_LIKE_PLACES: ReadonlySet<string> = new Set([
  "jordan", "chad", "georgia", "paris", "florence", "sydney", "austin", "houston", "dallas", "charlotte",
  "regina", "lincoln", "jackson", "hamilton", "washington", "kent", "denver", "madison", "aden", "sofia",
  "adelaide", "montgomery", "kingston", "santiago", "salvador", "natal", "lorraine", "jericho", "uri", "engels",
  "stanley", "ariel", "leon", "wellington", "medina", "samara",
]);

/** Prepositions after which even a COMMON_WORD_PLACES name is read as a place. */
export const LOCATIVES: ReadonlySet<string> = new Set([
  "in", "near", "at", "from", "outside", "around", "across", "into", "toward", "towards", "through",
]);

/** Words that, right after a place name, make it part of another name (a newspaper, an accord). */
export const BLOCKING_FOLLOWERS: ReadonlySet<string> = new Set([
  "post", "times", "herald", "journal", "tribune", "gazette", "telegraph", "independent", "chronicle",
  "accord", "accords", "agreement", "agreements", "convention", "conventions", "protocol", "protocols",
  "process", "format", "university", "fc", "united", "club", "syndrome", "workers", "party",
]);

/** Lower-case Arabic articles that may begin a place name ("al-Bab", "el-Fasher"). */
export const LOWER_ARTICLES: ReadonlySet<string> = new Set(["al", "el", "ad", "ar", "as", "ash", "az", "an", "at"]);

/** Words that often open a sentence before a place name ("In Jordan, ...", "Neighbouring Chad ..."). */
export const OPENERS: ReadonlySet<string> = new Set([
  ...LOCATIVES, "the", "and", "but", "to", "on", "for", "with", "by", "of", "as", "after", "while", "when", "if",
  "neighbouring", "neighboring", "both", "like", "unlike", "meanwhile", "then", "later", "since", "until", "over",
]);
