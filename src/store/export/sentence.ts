/**
 * The whole sentence around an event's evidence span. Stored mentions keep only the span ("civilians have been
 * killed"); exports that show the report (ACLED's notes) or read it (the death count) want the sentence ("Three
 * civilians have been killed in the shelling, the ministry said."). Boundaries are found in the article text
 * itself: a line break, or . ! ? (and any closing quote) followed by a space and a capital, digit or quote, where
 * the word before the full stop is not a title or an abbreviation.
 */

const ABBREVIATION = /(?:^|[\s("'“‘])(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Cpt|Sgt|Brig|Adm|Cmdr|Gov|Sen|Rep|Pres|Prof|Rev|St|Jr|Sr|No|Nos|vs|etc|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[A-Z](?:\.[A-Z])*)$/;
const CLOSING = new Set(['"', "'", "”", "’", ")", "]"]);
const OPENING_OR_CAPITAL = /["'“‘(\[A-Z0-9]/;
/** a sentence longer than this on either side of the span is cut there (a text without punctuation) */
const MAX_REACH = 2000;

/** True when the terminator at `i` ends a sentence; returns where the next sentence may start, else -1. */
function boundaryAfter(text: string, i: number): number {
  const c = text[i];
  if (c !== "." && c !== "!" && c !== "?") return -1;
  let j = i + 1;
  while (j < text.length && CLOSING.has(text[j]!)) j++;
  if (j < text.length && !/\s/.test(text[j]!)) return -1;
  let k = j;
  while (k < text.length && /[ \t]/.test(text[k]!)) k++;
  if (k < text.length && text[k] !== "\n" && !OPENING_OR_CAPITAL.test(text[k]!)) return -1;
  if (c === "." && ABBREVIATION.test(text.slice(Math.max(0, i - 12), i))) return -1;
  return j;
}

/**
 * @example sentenceAround("Talks failed. Three civilians have been killed, medics said. Calm returned.", [20, 46])
 *   === "Three civilians have been killed, medics said."
 */
export function sentenceAround(text: string, span: readonly [number, number]): string {
  const [from, to] = [Math.max(0, Math.min(span[0], text.length)), Math.max(0, Math.min(span[1], text.length))];
  let start = Math.max(0, from - MAX_REACH);
  for (let i = from - 1; i >= start; i--) {
    if (text[i] === "\n") { start = i + 1; break; }
    const next = boundaryAfter(text, i);
    if (next !== -1 && next <= from) { start = next; break; }
  }
  let end = Math.min(text.length, to + MAX_REACH);
  for (let j = Math.max(from, to - 1); j < end; j++) {
    if (text[j] === "\n") { end = j; break; }
    const next = boundaryAfter(text, j);
    if (next !== -1) { end = next; break; }
  }
  return text.slice(start, end).trim();
}
