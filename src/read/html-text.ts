/**
 * HTML to paragraphs: block elements end a paragraph; media, forms, scripts and hidden elements are skipped;
 * each paragraph carries its share of link text so link lists can be dropped.
 */
import type { Paragraph } from "./boilerplate.ts";
import { normaliseLines } from "./normalize.ts";

const BLOCK = new Set([
  "address", "article", "blockquote", "body", "dd", "details", "div", "dl", "dt", "fieldset", "footer", "h1", "h2",
  "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "ol", "p", "pre", "section", "summary", "table", "tbody",
  "td", "th", "thead", "tr", "ul", "br",
]);

/** Never body text: media and their captions (image credits live there), forms, scripts. */
const ALWAYS_SKIPPED = new Set([
  "script", "style", "noscript", "template", "svg", "math", "figure", "figcaption", "picture", "img", "video",
  "audio", "canvas", "iframe", "object", "embed", "button", "form", "input", "select", "textarea", "head", "title",
]);

/** Page chrome, skipped too when we extract without defuddle. */
export const PAGE_CHROME = ["nav", "aside", "header", "footer", "menu", "dialog"] as const;

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

function isHidden(el: Element): boolean {
  return el.hasAttribute("hidden") || el.getAttribute("aria-hidden") === "true" ||
    /display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.getAttribute("style") ?? "");
}

/**
 * Paragraphs of the text under `root`.
 *
 * @example htmlParagraphs(body) // [{ text: "First paragraph.", linkShare: 0 }, ...]
 */
export function htmlParagraphs(root: Node, skip: ReadonlySet<string> = new Set()): Paragraph[] {
  const out: Paragraph[] = [];
  let parts: string[] = [];
  let linkChars = 0;
  const flush = (): void => {
    const text = normaliseLines(parts.join("")).join(" ").replace(/ {2,}/g, " ").trim();
    if (text !== "") out.push({ text, linkShare: Math.min(1, linkChars / text.length) });
    parts = [];
    linkChars = 0;
  };
  const walk = (node: Node, inLink: boolean): void => {
    for (let child = node.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        const text = child.nodeValue ?? "";
        parts.push(text);
        if (inLink) linkChars += text.replace(/\s+/g, " ").trim().length;
      } else if (child.nodeType === ELEMENT_NODE) {
        const el = child as Element;
        const tag = el.localName;
        if (ALWAYS_SKIPPED.has(tag) || skip.has(tag) || isHidden(el)) continue;
        const block = BLOCK.has(tag);
        if (block) flush();
        walk(el, inLink || tag === "a");
        if (block) flush();
      }
    }
  };
  walk(root, false);
  flush();
  return out;
}
