/**
 * The reader: raw input (plain text, Markdown-ish text or an HTML page) to a clean ArticleMeta whose `text`
 * is the body every later offset refers to. Bad input is returned as an issue, never thrown.
 */
import type { ArticleInput, ArticleMeta, InputRun, Mention, Result } from "../types.ts";
import { dropBoilerplate, type Paragraph } from "./boilerplate.ts";
import { checkHtml, checkRaw } from "./checks.ts";
import { judgeEnglish } from "./english.ts";
import { extractHtml } from "./html.ts";
import { readFailure } from "./issue.ts";
import { inputMap } from "./input-map.ts";
import { joinParagraphs, joinTracedParagraphs } from "./normalize.ts";
import { normaliseDate } from "./published.ts";
import { extractText } from "./text.ts";
import { nfcTraced, replaceTraced, trimTraced, type Traced } from "./traced.ts";

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
  const found = html ? extractHtml(raw, input.url ?? null) : extractText(raw, clean(input.title));
  const author = clean(found.author?.replace(/^by\s+/i, ""));
  const { keptParagraphs } = dropBoilerplate(found.paragraphs, author);
  const body = bodyOf(keptParagraphs);
  const text = body.text;
  if (text === "") {
    return readFailure("empty", `no body text left after removing ${html ? "markup" : "headers"} and boilerplate`);
  }
  const verdict = judgeEnglish(text);
  if (!verdict.english) return readFailure("not_english", `text does not look English: ${verdict.detail}`);
  const title = clean(input.title) ?? clean(found.title);
  const source = clean(input.source) ?? clean(found.source);
  const published = normaliseDate(input.date) ?? normaliseDate(found.published);
  return {
    ok: true,
    value: {
      title, author, source, published,
      url: clean(input.url) ?? clean(found.url),
      text,
      ...(found.spans === undefined ? {} : {
        header: {
          title: clean(input.title) === null ? mention(raw, found.spans.title) : null,
          author: author === null ? null : mention(raw, found.spans.author),
          source: clean(input.source) === null ? mention(raw, found.spans.source) : null,
          published: normaliseDate(input.date) === null && published !== null ? mention(raw, found.spans.published) : null,
        },
      }),
      input_map: body.map,
    },
  };
}

/** The input's characters a header field was read from; null when it was not read there. */
function mention(raw: string, span: readonly [number, number] | undefined): Mention | null {
  return span === undefined ? null : { start: span[0], end: span[1], text: raw.slice(span[0], span[1]) };
}

/**
 * The clean body of the kept paragraphs, with its map back to the input when every paragraph kept its sources
 * (plain text); HTML paragraphs have none.
 */
function bodyOf(paragraphs: readonly Paragraph[]): { text: string; map: InputRun[] | null } {
  const traced = paragraphs.map((p) => p.traced);
  if (paragraphs.length > 0 && traced.every((t) => t !== undefined)) {
    const cleaned = (traced as Traced[]).map((t) => trimTraced(replaceTraced(nfcTraced(t), /\s{2,}|[^\S ]/g, () => [" "])));
    const body = joinTracedParagraphs(cleaned);
    return { text: body.text, map: inputMap(body) };
  }
  return { text: joinParagraphs(paragraphs.map((p) => p.text.normalize("NFC").replace(/\s+/g, " ").trim())), map: null };
}
