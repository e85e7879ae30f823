/**
 * Markdown markers stripped from one line of text: headings, bullets, quotes, emphasis, code, links, images.
 * The text that stays keeps its sources in the input (traced.ts).
 */
import { group, replaceTraced, traceInput, trimTraced, type Piece, type Traced } from "./traced.ts";

export interface StrippedLine {
  readonly text: string;
  /** share of the line's text that was link text */
  readonly linkShare: number;
}

export interface TracedLine {
  readonly line: Traced;
  readonly linkShare: number;
}

const RULE_LINE = /^(?:[-*_]\s*){3,}$/;
const DROP: Piece[] = [];

/** [pattern, the pieces a match becomes], in the order they apply; `d` patterns keep groups. */
const STEPS: ReadonlyArray<readonly [RegExp, (m: RegExpExecArray) => readonly Piece[]]> = [
  [/^#{1,6}\s+/g, () => DROP],
  [/\s+#+\s*$/g, () => DROP],
  [/^(?:>\s?)+/g, () => DROP],
  [/^(?:[-*+•]|\d{1,3}[.)])\s+/g, () => DROP],
  [/!\[[^\]]*\]\([^)]*\)/g, () => DROP],
];
const LINK = /\[([^\]]+)\]\([^)\s]*(?:\s+"[^"]*")?\)|\[([^\]]+)\]\[[^\]]*\]/dg;
const INLINE: ReadonlyArray<readonly [RegExp, (m: RegExpExecArray) => readonly Piece[]]> = [
  [/<(https?:\/\/[^>\s]+)>/dg, (m) => group(m, 1)],
  [/`([^`]+)`/dg, (m) => group(m, 1)],
  [/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/dg, (m) => group(m, 2)],
  [/(^|[^\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?!\w)/dg, (m) => [...group(m, 1), ...group(m, 2)]],
  [/(^|[^\w])_(?=\S)([^_]+?)(?<=\S)_(?!\w)/dg, (m) => [...group(m, 1), ...group(m, 2)]],
  [/~~(.+?)~~/dg, (m) => group(m, 1)],
];

/**
 * Strips Markdown from a traced line.
 *
 * @example stripTracedMarkdown(traceInput("**Truce** holds")).line.from[0] === 2
 */
export function stripTracedMarkdown(t: Traced): TracedLine {
  if (RULE_LINE.test(t.text)) return { line: replaceTraced(t, /[\s\S]+/g, () => DROP), linkShare: 0 };
  let line = t;
  for (const [pattern, pieces] of STEPS) line = replaceTraced(line, pattern, pieces);
  let linkChars = 0;
  line = replaceTraced(line, LINK, (m) => {
    const label = m[1] !== undefined ? group(m, 1) : group(m, 2);
    linkChars += (m[1] ?? m[2] ?? "").length;
    return label;
  });
  for (const [pattern, pieces] of INLINE) line = replaceTraced(line, pattern, pieces);
  line = trimTraced(line);
  return { line, linkShare: line.text.length === 0 ? 0 : linkChars / line.text.length };
}

/**
 * Strips Markdown from a line.
 *
 * @example stripMarkdown("- **Gen.** [Haftar](https://x.org) said").text === "Gen. Haftar said"
 */
export function stripMarkdown(line: string): StrippedLine {
  const { line: stripped, linkShare } = stripTracedMarkdown(traceInput(line));
  return { text: stripped.text, linkShare };
}
