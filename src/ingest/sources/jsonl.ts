/** JSONL batches: one `{"id","text","date"?,"title"?,"source"?,"url"?}` record per line. */
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import type { ArticleInput } from "../../types.ts";
import { failed, type SourceItem } from "./item.ts";

const optional = (v: unknown): string | null => (typeof v === "string" && v.trim() !== "" ? v : null);

/**
 * Checks one line; a bad line is an issue value naming the file and line number.
 *
 * @example parseRecord('{"id":"a","text":"Talks resumed."}', "in.jsonl:1")
 */
export function parseRecord(line: string, where: string): SourceItem {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (e) {
    return failed("bad_json", `${where}: not JSON (${(e as Error).message})`, where);
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return failed("bad_record", `${where}: not an object`, where);
  const r = raw as Record<string, unknown>;
  if (typeof r["text"] !== "string" || r["text"].trim() === "") return failed("bad_record", `${where}: no "text"`, where);
  const id = typeof r["id"] === "string" || typeof r["id"] === "number" ? String(r["id"]) : undefined;
  const input: ArticleInput = {
    ...(id !== undefined ? { id } : {}),
    text: r["text"], date: optional(r["date"]), title: optional(r["title"]),
    source: optional(r["source"]), url: optional(r["url"]),
  };
  return { ok: true, input, origin: where };
}

/** Streams the records of a JSONL file (or stdin when `stream` is given). */
export async function* readJsonl(path: string, stream?: NodeJS.ReadableStream): AsyncGenerator<SourceItem> {
  const lines = createInterface({ input: stream ?? createReadStream(path, { encoding: "utf8" }), crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const line of lines) {
      n++;
      if (line.trim() === "") continue;
      yield parseRecord(line, `${path}:${n}`);
    }
  } catch (e) {
    yield failed("unreadable", `${path}: ${(e as Error).message}`, path);
  }
}
