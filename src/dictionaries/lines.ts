/**
 * The common layer of every PETRARCH/TABARI dictionary file: `<!-- … -->` comments (over several lines),
 * `#` comments to the end of a line (a `#` inside brackets, as in the discard code `[###]`, is kept), and TABARI's `; …` trailing notes are removed; blank lines are dropped.
 * What is left comes back with its 1-based line number, for "FILE:LINE: message" problems.
 */

export interface DictLine {
  /** 1-based line number in the file */
  readonly line: number;
  /** the line without comments, trimmed; never empty */
  readonly text: string;
  /** true when the line started with white space (TABARI code lines are indented) */
  readonly indented: boolean;
}

/**
 * @example
 * dictLines("A [X] # note\n<!-- x\ny -->\n  [B]").map((l) => l.text) // ["A [X]", "[B]"]
 */
export function dictLines(text: string): DictLine[] {
  const out: DictLine[] = [];
  let inComment = false;
  const lines = text.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    let raw = lines[n]!;
    let kept = "";
    // strip <!-- … --> (and the malformed "<! --" some files use), possibly spanning lines
    while (raw.length) {
      if (inComment) {
        const end = raw.indexOf("-->");
        if (end === -1) { raw = ""; break; }
        raw = raw.slice(end + 3);
        inComment = false;
        continue;
      }
      const start = raw.search(/<!\s*--/);
      if (start === -1) { kept += raw; break; }
      kept += raw.slice(0, start);
      raw = raw.slice(start + raw.slice(start).indexOf("--") + 2);
      inComment = true;
    }
    // a "#" starts a comment, except inside brackets: "[###]" is the discard code
    const hash = commentStart(kept);
    if (hash !== -1) kept = kept.slice(0, hash);
    const semi = kept.search(/[\s}\]];/);
    if (semi !== -1) kept = kept.slice(0, semi + 1);
    const trimmed = kept.trim();
    if (trimmed) out.push({ line: n + 1, text: trimmed, indented: /^\s/.test(kept) });
  }
  return out;
}

/** where a `#` comment starts on a line, skipping any `#` inside `[…]`; -1 for none */
function commentStart(line: string): number {
  let depth = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === "[") depth++;
    else if (c === "]") depth = Math.max(0, depth - 1);
    else if (c === "#" && depth === 0) return i;
  }
  return -1;
}

/** A dictionary phrase ("PRIME_MINISTER", "U.N._", "HAMAS WING") as the words it is written with, in lower case. */
export function phraseWords(phrase: string): string[] {
  return phrase.replace(/_/g, " ").trim().toLowerCase().split(/\s+/).filter(Boolean);
}

/** "FILE:LINE: message" */
export const where = (file: string, line: number, message: string): string => `${file}:${line}: ${message}`;
