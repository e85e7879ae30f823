/**
 * Plain and Markdown-ish text, with character references such as "&amp;" decoded (entities.ts): optional header
 * lines at the top ("Title:", "# Heading", "By ...", "Source:", "Published:"/"Date:", "URL:", or a "---"
 * front-matter block), then the body.
 */
import type { Paragraph } from "./boilerplate.ts";
import { stripMarkdown } from "./markdown.ts";
import { toParagraphs } from "./normalize.ts";
import { decodeEntities } from "./entities.ts";

export interface Extracted {
  readonly title: string | null;
  readonly author: string | null;
  readonly source: string | null;
  /** the date as written; normalised later */
  readonly published: string | null;
  readonly url: string | null;
  readonly paragraphs: readonly Paragraph[];
}

type HeaderField = "title" | "author" | "source" | "published" | "url";

const HEADER_KEYS: Readonly<Record<string, HeaderField>> = {
  title: "title", headline: "title", author: "author", authors: "author", by: "author", byline: "author",
  source: "source", publisher: "source", site: "source", published: "published", date: "published",
  dated: "published", "publication date": "published", url: "url", link: "url",
};

const KEY_VALUE = /^([A-Za-z][A-Za-z ]{1,20}?)\s*:\s*(.+)$/;
const BYLINE = /^(?:by|By|BY)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|de|van|von|al|bin|el)){0,6})\s*$/u;
const HEADING = /^#{1,6}\s+(.+)$/;

function headerOf(line: string): [HeaderField, string] | null {
  const kv = KEY_VALUE.exec(line);
  const field = kv === null ? undefined : HEADER_KEYS[(kv[1] as string).trim().toLowerCase()];
  if (kv !== null && field !== undefined) return [field, (kv[2] as string).trim().replace(/^["']|["']$/g, "")];
  const by = BYLINE.exec(line);
  if (by !== null) return ["author", by[1] as string];
  const heading = HEADING.exec(line);
  if (heading !== null) return ["title", (heading[1] as string).replace(/\s+#+$/, "").trim()];
  return null;
}

/** Lines a front-matter block may span before its closing "---"; a longer one is no header block. */
const MAX_FRONT_MATTER_LINES = 60;
const YAML_LINE = /^(?:[\w][\w .-]*:(?:\s|$)|-\s|#|\s)/;

/**
 * True when line `at` opens a YAML front-matter block: "---", then key: value lines (or YAML list items,
 * comments, blanks), then a closing "---" within MAX_FRONT_MATTER_LINES. Without the closing line the text is
 * not front matter, and reading it as such would swallow the whole body.
 */
function isFrontMatter(lines: readonly string[], at: number): boolean {
  if ((lines[at] ?? "").trim() !== "---") return false;
  let keys = 0;
  for (let j = at + 1; j < lines.length && j <= at + MAX_FRONT_MATTER_LINES; j++) {
    const line = lines[j] as string;
    if (line.trim() === "---") return keys > 0;
    if (line.trim() === "") continue;
    if (!YAML_LINE.test(line)) return false;
    if (/^[\w]/.test(line)) keys++;
  }
  return false;
}

/**
 * Reads header lines and body paragraphs from plain or Markdown text.
 *
 * @example extractText("Title: Talks\nBy Jane Doe\n\nThe talks began.").title === "Talks"
 */
export function extractText(raw: string): Extracted {
  const lines = decodeEntities(raw.replace(/^\ufeff/, "")).split(/\r\n?|\n/);
  const header: Partial<Record<HeaderField, string>> = {};
  let i = 0;
  while (i < lines.length && (lines[i] as string).trim() === "") i++;
  const frontMatter = isFrontMatter(lines, i);
  // A "---" that opens no front-matter block is a rule (or a dash line) before the text: step over it.
  if (frontMatter || (lines[i] ?? "").trim() === "---") i++;
  for (; i < lines.length; i++) {
    const line = (lines[i] as string).trim();
    if (frontMatter && line === "---") { i++; break; }
    if (line === "") { if (frontMatter) continue; else if (Object.keys(header).length > 0) continue; else break; }
    const found = headerOf(line);
    // A heading only counts as the title once; a second heading is body.
    if (found === null || header[found[0]] !== undefined) {
      if (frontMatter) continue;
      break;
    }
    header[found[0]] = found[1];
  }
  const body = lines.slice(i).join("\n");
  const paragraphs: Paragraph[] = [];
  for (const p of toParagraphs(body)) {
    const stripped = stripMarkdown(p);
    if (stripped.text !== "") paragraphs.push({ text: stripped.text, linkShare: stripped.linkShare });
  }
  const title = header.title === undefined ? null : stripMarkdown(header.title).text;
  return {
    title, author: header.author ?? null, source: header.source ?? null,
    published: header.published ?? null, url: header.url ?? null, paragraphs,
  };
}
