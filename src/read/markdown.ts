/**
 * Markdown markers stripped from one line of text: headings, bullets, quotes, emphasis, code, links, images.
 */

export interface StrippedLine {
  readonly text: string;
  /** share of the line's text that was link text */
  readonly linkShare: number;
}

const RULE_LINE = /^(?:[-*_]\s*){3,}$/;

/**
 * Strips Markdown from a line.
 *
 * @example stripMarkdown("- **Gen.** [Haftar](https://x.org) said").text === "Gen. Haftar said"
 */
export function stripMarkdown(line: string): StrippedLine {
  if (RULE_LINE.test(line)) return { text: "", linkShare: 0 };
  let linkChars = 0;
  const text = line
    .replace(/^#{1,6}\s+/, "")
    .replace(/\s+#+\s*$/, "")
    .replace(/^(?:>\s?)+/, "")
    .replace(/^(?:[-*+•]|\d{1,3}[.)])\s+/, "")
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/\[([^\]]+)\]\([^)\s]*(?:\s+"[^"]*")?\)|\[([^\]]+)\]\[[^\]]*\]/g, (_m, a?: string, b?: string) => {
      const label = a ?? b ?? "";
      linkChars += label.length;
      return label;
    })
    .replace(/<(https?:\/\/[^>\s]+)>/g, "$1")
    .replace(/`([^`]+)`/g, "$1")
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, "$2")
    .replace(/(^|[^\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?!\w)/g, "$1$2")
    .replace(/(^|[^\w])_(?=\S)([^_]+?)(?<=\S)_(?!\w)/g, "$1$2")
    .replace(/~~(.+?)~~/g, "$1")
    .trim();
  return { text, linkShare: text.length === 0 ? 0 : linkChars / text.length };
}
