/**
 * Turns `parley ingest PATH...` arguments into a stream of article inputs: files, folders (walked in name order),
 * JSONL batches, RSS/Atom feeds (files or URLs) and single pages by URL. `-` reads JSONL from stdin.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import { safeFetch, type FetchOptions } from "../fetch.ts";
import { looksLikeFeed, parseFeed } from "./feed.ts";
import { feedItem, type LandedPages } from "./feed-item.ts";
import { readJsonl } from "./jsonl.ts";
import { failed, type SourceItem } from "./item.ts";

export type { SourceItem } from "./item.ts";
export { feedItem } from "./feed-item.ts";

export interface SourceOptions {
  readonly fetch?: FetchOptions;
  readonly stdin?: NodeJS.ReadableStream;
}

export const JSONL = new Set([".jsonl", ".ndjson"]);
export const FEED = new Set([".xml", ".rss", ".atom"]);
export const HTML = new Set([".html", ".htm", ".xhtml"]);
export const TEXT = new Set([".txt", ".text", ".md", ".markdown"]);

export const isUrl = (s: string): boolean => /^https?:\/\//i.test(s);

/** Every input named by the arguments, in order; unreadable ones come as issue values. */
export async function* readSources(paths: readonly string[], options: SourceOptions = {}): AsyncGenerator<SourceItem> {
  for (const p of paths) {
    if (p === "-") yield* readJsonl("stdin", options.stdin ?? process.stdin);
    else if (isUrl(p)) yield* readUrl(p, options);
    else yield* readPath(p, options, true);
  }
}

async function* readPath(path: string, options: SourceOptions, explicit: boolean): AsyncGenerator<SourceItem> {
  let info;
  try { info = await stat(path); } catch (e) { yield failed("unreadable", `${path}: ${(e as Error).message}`, path); return; }
  if (info.isDirectory()) {
    const names = (await readdir(path)).filter((n) => !n.startsWith(".")).sort();
    for (const n of names) yield* readPath(join(path, n), options, false);
    return;
  }
  const ext = extname(path).toLowerCase();
  if (JSONL.has(ext)) { yield* readJsonl(path); return; }
  if (!explicit && !FEED.has(ext) && !HTML.has(ext) && !TEXT.has(ext)) return;
  let body: string;
  try { body = await readFile(path, "utf8"); } catch (e) { yield failed("unreadable", `${path}: ${(e as Error).message}`, path); return; }
  if (FEED.has(ext) || (!HTML.has(ext) && !TEXT.has(ext) && looksLikeFeed(body))) { yield* feedItems(body, path, options); return; }
  if (body.trim() === "") { yield failed("empty", `${path}: empty file`, path); return; }
  const html = HTML.has(ext) || (!TEXT.has(ext) && /^\s*<(!doctype|html|head|body|article|div|p)\b/i.test(body));
  yield { ok: true, input: { text: body, format: html ? "html" : "text" }, origin: path };
}

async function* readUrl(url: string, options: SourceOptions): AsyncGenerator<SourceItem> {
  const got = await safeFetch(url, options.fetch);
  if (!got.ok) { yield failed(got.error.code, got.error.message, url); return; }
  const { body, contentType } = got.value;
  if (/(rss|atom|xml)/i.test(contentType) && looksLikeFeed(body) || looksLikeFeed(body)) { yield* feedItems(body, url, options); return; }
  yield { ok: true, input: { id: got.value.url, text: body, format: "html", url: got.value.url }, origin: url };
}

async function* feedItems(xml: string, origin: string, options: SourceOptions): AsyncGenerator<SourceItem> {
  const parsed = parseFeed(xml);
  if (!parsed.ok) { yield failed(parsed.error.code, `${origin}: ${parsed.error.message}`, origin); return; }
  const landed: LandedPages = new Map();
  for (const item of parsed.value) yield await feedItem(item, origin, options, landed);
}
