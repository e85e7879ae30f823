/**
 * How many inputs `readSources` will yield for the same arguments, counted without coding them, so that a
 * progress bar can show a total: one per text or HTML file, one per non-blank line of a JSONL batch, one per
 * `<item>` or `<entry>` of a feed file, one per path that cannot be read. Stdin and URLs cannot be counted
 * without reading them, so the total is then null (unknown).
 */
import { open, readdir, readFile, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import { FEED, HTML, JSONL, TEXT, isUrl } from "./index.ts";
import { looksLikeFeed } from "./feed.ts";

/** Counts the non-blank lines of a file, reading it in chunks (a 50 MB batch is never held whole). */
export async function countNonBlankLines(path: string): Promise<number> {
  const file = await open(path, "r");
  try {
    const buffer = Buffer.alloc(1 << 20);
    let lines = 0;
    let content = false;
    for (;;) {
      const { bytesRead } = await file.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      for (let i = 0; i < bytesRead; i++) {
        const b = buffer[i]!;
        if (b === 10) { if (content) lines++; content = false; }
        else if (b !== 32 && b !== 9 && b !== 13) content = true;
      }
    }
    return content ? lines + 1 : lines;
  } finally {
    await file.close();
  }
}

/** The items of a feed document, as the feed reader will see them. */
export function countFeedItems(xml: string): number {
  return (xml.match(/<(?:item|entry)[\s>]/gi) ?? []).length;
}

async function countPath(path: string, explicit: boolean): Promise<number> {
  let info;
  try { info = await stat(path); } catch { return 1; }
  if (info.isDirectory()) {
    const names = (await readdir(path)).filter((n) => !n.startsWith(".")).sort();
    let n = 0;
    for (const name of names) n += await countPath(join(path, name), false);
    return n;
  }
  const ext = extname(path).toLowerCase();
  try {
    if (JSONL.has(ext)) return await countNonBlankLines(path);
    if (!explicit && !FEED.has(ext) && !HTML.has(ext) && !TEXT.has(ext)) return 0;
    if (HTML.has(ext) || TEXT.has(ext)) return 1;
    const body = await readFile(path, "utf8");
    if (FEED.has(ext) || looksLikeFeed(body)) return countFeedItems(body);
    return 1;
  } catch {
    return 1;
  }
}

/**
 * @example await countSources(["examples/"]) === 15; await countSources(["-"]) === null
 */
export async function countSources(paths: readonly string[]): Promise<number | null> {
  let n = 0;
  for (const p of paths) {
    if (p === "-" || isUrl(p)) return null;
    n += await countPath(p, true);
  }
  return n;
}
