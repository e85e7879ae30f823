/**
 * Cheap checks on raw input before any parsing: size, binary content, mis-decoded text, and (for HTML) nesting.
 */
import type { Result } from "../types.ts";
import { readFailure } from "./issue.ts";
import { htmlDepth } from "./depth.ts";

export { htmlDepth } from "./depth.ts";

/** Largest input read, in UTF-16 code units (about 5 MB of text). */
export const MAX_CHARS = 5 * 1024 * 1024;
/** Deepest HTML nesting read; linkedom and defuddle recurse, and real pages stay far below this. */
export const MAX_HTML_DEPTH = 500;

// Control characters other than tab, newline, form feed and carriage return.
const CONTROL = /[\u0001-\u0008\u000b\u000e-\u001f\u007f]/g;
const REPLACEMENT = /\ufffd/g;

const count = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0;

/** Checks raw text of any format; returns null when it may be read. */
export function checkRaw(raw: string): Result<never> | null {
  if (raw.length > MAX_CHARS) {
    return readFailure("too_large", `input is ${raw.length} characters; the limit is ${MAX_CHARS}`);
  }
  if (raw.trim() === "") return readFailure("empty", "input is empty or only whitespace");
  const nul = raw.indexOf("\u0000");
  if (nul >= 0) return readFailure("binary", `input holds a NUL byte at offset ${nul}; binary data is not text`);
  const controls = count(raw, CONTROL);
  const replacements = count(raw, REPLACEMENT);
  if ((controls + replacements) / raw.length > 0.1) {
    return readFailure("binary", `${controls} control and ${replacements} replacement characters in ${raw.length}; binary data is not text`);
  }
  if (replacements >= 3 && replacements / raw.length > 0.001) {
    return readFailure("encoding", `${replacements} U+FFFD replacement characters: the input was not decoded as UTF-8`);
  }
  return null;
}

/** Checks HTML nesting; returns null when it may be parsed. */
export function checkHtml(html: string): Result<never> | null {
  const depth = htmlDepth(html, MAX_HTML_DEPTH);
  if (depth > MAX_HTML_DEPTH) {
    return readFailure("too_deep", `HTML is nested more than ${MAX_HTML_DEPTH} elements deep (end tags the HTML standard implies are applied)`);
  }
  return null;
}
