/** Small closed word classes the actor chunker needs; grammar, not dictionary data. */
import type { Token } from "../doc.ts";

/** modifiers that may sit inside an actor phrase without changing who it is: "senior", "former", "top" */
export const MODIFIERS = new Set([
  "senior", "top", "former", "deputy", "acting", "chief", "local", "interim", "new", "veteran", "powerful",
  "self-styled", "eastern", "western", "northern", "southern", "central", "national", "state", "federal", "regional",
  "provincial", "elected", "outgoing", "incoming", "then", "vice", "high-ranking", "leading", "main", "rebel",
  "opposition", "allied", "rival", "hardline", "radical", "moderate", "islamist", "armed", "militant", "breakaway",
  "renegade", "military", "two", "three", "several", "some", "many", "dozens", "hundreds", "thousands", "unidentified",
  "suspected", "pro-government", "anti-government", "government", "security", "defence", "defense", "foreign",
  "prime", "interior", "general", "special", "un", "u.n.", "senior-most",
]);

/** prepositions after which a country or capital is a place, not an actor: "talks in Moscow" */
export const LOCATIVE = new Set([
  "in", "near", "outside", "inside", "across", "throughout", "around", "within", "along",
]);

export const POSSESSIVES = new Set(["his", "her", "their", "its"]);

/** the capitalised word is a common sentence opener, not a name */
export const NOT_NAMES = new Set([
  "the", "a", "an", "in", "on", "at", "after", "before", "but", "and", "or", "as", "meanwhile", "however", "earlier",
  "later", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
  "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "today",
  "yesterday", "last", "this", "it", "they", "we", "he", "she", "i", "you", "there", "when", "while", "since",
  "although", "despite", "under", "with", "without", "for", "from", "by", "of", "to", "if", "mr", "mrs", "ms", "dr",
]);

/** a capitalised word that is no sentence opener: a word of a name ("Kivu", "Liberation", "Front") */
export const isName = (t: Token | undefined): t is Token => !!t && /^\p{Lu}/u.test(t.text) && !NOT_NAMES.has(t.lower);
