/**
 * Unicode and whitespace normal form of the clean text: NFC, one space between words, one "\n" between
 * paragraphs, hard-wrapped lines joined. Quotes and dashes are kept as written.
 */

// No-break and typographic spaces become plain spaces; zero-width characters and soft hyphens go.
const SPACES = /[\t\u000b\u000c\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g;
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const SENTENCE_END = /[.!?:;"”’)\]]$/;

/** Splits text into trimmed, non-empty lines after NFC and whitespace normalisation. */
export function normaliseLines(raw: string): string[] {
  return raw
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(INVISIBLE, "")
    .replace(SPACES, " ")
    .split("\n")
    .map((line) => line.replace(/ {2,}/g, " ").trim());
}

/**
 * Paragraphs of a plain text: blank lines separate paragraphs; a line that does not end a sentence and is
 * followed by one starting in lower case is a hard wrap and is joined to it.
 *
 * @example toParagraphs("One line\nwrapped here.\n\nNext.") // ["One line wrapped here.", "Next."]
 */
export function toParagraphs(raw: string): string[] {
  const paragraphs: string[] = [];
  let current = "";
  for (const line of normaliseLines(raw)) {
    if (line === "") {
      if (current !== "") paragraphs.push(current);
      current = "";
    } else if (current !== "" && !SENTENCE_END.test(current) && /^\p{Ll}/u.test(line)) {
      current = `${current} ${line}`;
    } else {
      if (current !== "") paragraphs.push(current);
      current = line;
    }
  }
  if (current !== "") paragraphs.push(current);
  return paragraphs;
}

/** Joins paragraphs into the clean text every offset refers to. */
export function joinParagraphs(paragraphs: readonly string[]): string {
  return paragraphs.filter((p) => p !== "").join("\n");
}
