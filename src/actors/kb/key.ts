/**
 * The one normal form used to look phrases up in every dictionary (actors, places, verb patterns):
 * lower case, diacritics removed, apostrophes and full stops dropped, other punctuation turned into spaces.
 *
 * @example phraseKey("Erdoğan") === "erdogan"; phraseKey("U.S.") === "us"; phraseKey("Al-Qaeda") === "al qaeda"
 */
export function phraseKey(text: string): string {
  // fast path: a plain ASCII word (most tokens) only needs lower-casing
  if (/^[A-Za-z0-9]+$/.test(text)) return text.toLowerCase();
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[.'’‘`]/g, "")
    .replace(/[^a-z0-9&]+/g, " ")
    .trim();
}
