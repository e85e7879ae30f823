/**
 * Folding text for wink-nlp: wink splits words at letters outside Latin-1 ("Erdoğan" → "Erdo" "ğ" "an"), so the
 * tokenizer reads a copy with diacritics stripped, and offsets found in the copy are mapped back to the original.
 */

/** Letters with no canonical decomposition that wink would still split on, folded to a Latin base letter. */
const NO_DECOMPOSITION: Readonly<Record<string, string>> = {
  "Ł": "L", "ł": "l", "Đ": "D", "đ": "d", "ı": "i", "Ħ": "H", "ħ": "h", "Ŧ": "T", "ŧ": "t",
  "ʿ": "", "ʾ": "", "ʻ": "",
};

const MARKS = /\p{M}/gu;

export interface FoldedText {
  /** the text wink reads */
  readonly text: string;
  /**
   * `toOriginal[i]` is the index in the original text of folded char i; `toOriginal[text.length]` is the original
   * length. Null when folding kept every offset (the common case), so offsets are the same in both.
   */
  readonly toOriginal: Int32Array | null;
}

/** Folds one char (UTF-16 unit) to "" (dropped), one char, or itself when the fold would not be one char. */
function foldChar(ch: string): string {
  const fixed = NO_DECOMPOSITION[ch];
  if (fixed !== undefined) return fixed;
  const stripped = ch.normalize("NFD").replace(MARKS, "");
  return stripped.length <= 1 ? stripped : ch;
}

/**
 * Strips diacritics and combining marks, keeping a map back to the original offsets.
 *
 * @example foldText("Erdoğan").text === "Erdogan"
 */
export function foldText(original: string): FoldedText {
  let changed = false;
  let sameLength = true;
  const parts: string[] = [];
  let runStart = 0;
  for (let i = 0; i < original.length; i++) {
    const code = original.charCodeAt(i);
    // ASCII and surrogate halves (emoji etc.) pass through untouched.
    if (code < 0xc0 || (code >= 0xd800 && code <= 0xdfff)) continue;
    const ch = original[i] as string;
    const folded = foldChar(ch);
    if (folded === ch) continue;
    changed = true;
    if (folded.length !== 1) sameLength = false;
    parts.push(original.slice(runStart, i), folded);
    runStart = i + 1;
  }
  if (!changed) return { text: original, toOriginal: null };
  parts.push(original.slice(runStart));
  const text = parts.join("");
  if (sameLength) return { text, toOriginal: null };
  const toOriginal = new Int32Array(text.length + 1);
  let j = 0;
  for (let i = 0; i < original.length; i++) {
    const code = original.charCodeAt(i);
    const keep = code < 0xc0 || (code >= 0xd800 && code <= 0xdfff);
    const width = keep ? 1 : foldChar(original[i] as string).length;
    for (let k = 0; k < width; k++) toOriginal[j++] = i;
  }
  toOriginal[j] = original.length;
  return { text, toOriginal };
}

/** Maps a [start, end) span of the folded text back to the original text. */
export function toOriginalSpan(folded: FoldedText, start: number, end: number): readonly [number, number] {
  const map = folded.toOriginal;
  if (map === null) return [start, end];
  return [map[start] ?? start, map[end] ?? end];
}
