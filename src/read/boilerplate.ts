/**
 * Drops paragraphs that are not article body, by the rules in boilerplate-rules.ts.
 */
import { AUTHOR_BIO, BOILERPLATE_RULES } from "./boilerplate-rules.ts";
import type { Traced } from "./traced.ts";

/** A paragraph with its share of link text (0 when unknown, e.g. plain text without links). */
export interface Paragraph {
  readonly text: string;
  readonly linkShare: number;
  /** the same text with its sources in the input, where the reader keeps them (plain text) */
  readonly traced?: Traced;
}

export interface Dropped {
  readonly text: string;
  readonly rule: string;
}

/** Paragraphs that are mostly link text are link lists or navigation. */
const LINK_LIST_SHARE = 0.7;
/** Author bios are short and sit at the very end. */
const BIO_MAX_LENGTH = 400;

/**
 * The id of the rule that marks `text` as boilerplate, or null when it is body.
 *
 * @example boilerplateRule("Share this article") === "share-article"
 */
export function boilerplateRule(text: string): string | null {
  for (const rule of BOILERPLATE_RULES) {
    if (text.length <= rule.maxLength && rule.pattern.test(text)) return rule.id;
  }
  return null;
}

function isAuthorBio(text: string, author: string | null): boolean {
  if (text.length > BIO_MAX_LENGTH) return false;
  if (author !== null) {
    const surname = author.trim().split(/\s+/).pop() ?? "";
    if (surname.length > 1 && (text.startsWith(author) || text.startsWith(surname)) && /\b(?:is|was|has|covers|reports|writes)\b/.test(text.slice(0, author.length + 20))) {
      return true;
    }
  }
  return AUTHOR_BIO.test(text);
}

/**
 * Splits paragraphs into body and dropped boilerplate (with the rule that dropped each).
 *
 * @example dropBoilerplate([{ text: "All rights reserved.", linkShare: 0 }], null).kept // []
 */
export function dropBoilerplate<P extends Paragraph>(
  paragraphs: readonly P[], author: string | null,
): { kept: string[]; keptParagraphs: P[]; dropped: Dropped[] } {
  const keptParagraphs: P[] = [];
  const dropped: Dropped[] = [];
  paragraphs.forEach((p, i) => {
    let rule = boilerplateRule(p.text);
    if (rule === null && p.linkShare >= LINK_LIST_SHARE) rule = "link-list";
    if (rule === null && i >= paragraphs.length - 2 && isAuthorBio(p.text, author)) rule = "author-bio";
    if (rule === null) keptParagraphs.push(p);
    else dropped.push({ text: p.text, rule });
  });
  return { kept: keptParagraphs.map((p) => p.text), keptParagraphs, dropped };
}
