/**
 * Reads the one article `parley code FILE` codes (and checks the file of `--batch`). What cannot be read is a
 * message that says what to do instead: a folder or a URL is for `parley ingest`, which reads folders, feeds and
 * pages.
 */
import { readFileSync, statSync } from "node:fs";
import { extname } from "node:path";
import type { ArticleInput } from "../types.ts";

/** the largest single file `parley code` will read; the reader applies its own, smaller, text limit */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export type ArticleFile = { readonly ok: true; readonly input: ArticleInput } | { readonly ok: false; readonly message: string };

const URL_MESSAGE = "is a URL: `parley code` reads a file or stdin; `parley ingest URL` fetches, codes and stores a page or feed (then `parley events`), or save the page and `parley code FILE.html`";
const FOLDER_MESSAGE = "is a folder: `parley code` codes one file; `parley ingest DIR` codes and stores every article in a folder";

/** Why a file could not be read, in words, from the system's error code. */
function reason(e: NodeJS.ErrnoException): string {
  switch (e.code) {
    case "ENOENT": return "no such file";
    case "EACCES": case "EPERM": return "permission denied";
    case "EISDIR": return FOLDER_MESSAGE;
    default: return e.message;
  }
}

/**
 * Why `file` cannot be read as one input file, or null when it can be tried (`-` is stdin).
 *
 * @example fileProblem("https://example.org/a") // "is a URL: … `parley ingest URL` …"
 */
export function fileProblem(file: string): string | null {
  if (/^https?:\/\//i.test(file)) return URL_MESSAGE;
  if (file === "-") return null;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) return FOLDER_MESSAGE;
    if (stat.size > MAX_FILE_BYTES) return `file is larger than ${MAX_FILE_BYTES} bytes`;
    return null;
  } catch (e) {
    return reason(e as NodeJS.ErrnoException);
  }
}

/** @example readArticleFile("examples/04-truce-announced.txt") // { ok: true, input: { text, format: "text" } } */
export function readArticleFile(file: string): ArticleFile {
  const problem = fileProblem(file);
  if (problem) return { ok: false, message: problem };
  try {
    const text = readFileSync(file === "-" ? 0 : file).toString("utf8");
    const ext = extname(file).toLowerCase();
    const format = ext === ".html" || ext === ".htm" ? "html" : ext === ".txt" || ext === ".md" ? "text" : undefined;
    return { ok: true, input: { text, ...(format ? { format } : {}) } };
  } catch (e) {
    return { ok: false, message: reason(e as NodeJS.ErrnoException) };
  }
}
