/**
 * The reader: raw input (plain text, Markdown-ish text or an HTML page) to a clean ArticleMeta whose `text`
 * is the body every later offset refers to. Bad input is returned as an issue, never thrown.
 */
import type { ArticleInput, ArticleMeta, Result } from "../types.ts";
import { dropBoilerplate } from "./boilerplate.ts";
import { checkHtml, checkRaw } from "./checks.ts";
import { judgeEnglish } from "./english.ts";
import { extractHtml } from "./html.ts";
import { readFailure } from "./issue.ts";
import { joinParagraphs } from "./normalize.ts";
import { normaliseDate } from "./published.ts";
import { extractText } from "./text.ts";

const HTML_START = /^\s*(?:<!doctype html|<html[\s>]|<\?xml[^>]*>\s*<html)/i;
const HTML_TAG = /<\/?(?:p|div|span|a|br|h[1-6]|li|ul|ol|article|section|body|head|table|tr|td|img|meta|script)\b[^<>]*>/gi;

/**
 * True when the text is an HTML page or fragment rather than text: it starts like a page, or has many tags.
 *
 * @example looksLikeHtml("<!DOCTYPE html><html>...") === true
 */
export function looksLikeHtml(raw: string): boolean {
  if (HTML_START.test(raw)) return true;
  const head = raw.slice(0, 20_000);
  return (head.match(HTML_TAG)?.length ?? 0) >= 5;
}

/** One-line, NFC, trimmed; null when empty. */
function clean(value: string | null | undefined): string | null {
  const text = value?.normalize("NFC").replace(/\s+/g, " ").trim() ?? "";
  return text === "" ? null : text;
}

/**
 * Reads one article.
 *
 * @example
 * const r = readArticle({ text: "Title: Truce\nPublished: 2020-01-13\n\nThe truce held." });
 * if (r.ok) r.value.text; // "The truce held."
 */
export function readArticle(input: ArticleInput): Result<ArticleMeta> {
  const raw = input.text;
  const bad = checkRaw(raw);
  if (bad !== null) return bad;
  const html = input.format === "html" || (input.format === undefined && looksLikeHtml(raw));
  if (html) {
    const deep = checkHtml(raw);
    if (deep !== null) return deep;
  }
  const found = html ? extractHtml(raw, input.url ?? null) : extractText(raw);
  const author = clean(found.author?.replace(/^by\s+/i, ""));
  const { kept } = dropBoilerplate(found.paragraphs, author);
  const text = joinParagraphs(kept.map((p) => p.normalize("NFC").replace(/\s+/g, " ").trim()));
  if (text === "") {
    return readFailure("empty", `no body text left after removing ${html ? "markup" : "headers"} and boilerplate`);
  }
  const verdict = judgeEnglish(text);
  if (!verdict.english) return readFailure("not_english", `text does not look English: ${verdict.detail}`);
  return {
    ok: true,
    value: {
      title: clean(input.title) ?? clean(found.title),
      author,
      source: clean(input.source) ?? clean(found.source),
      published: normaliseDate(input.date) ?? normaliseDate(found.published),
      url: clean(input.url) ?? clean(found.url),
      text,
    },
  };
}
