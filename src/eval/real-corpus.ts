/** The real-article corpus (`../shared/corpus/conflict.jsonl`: `{"id","title","date","source","text",…}` a line). */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Result } from "../types.ts";

export const DEFAULT_CORPUS = fileURLToPath(new URL("../../../shared/corpus/conflict.jsonl", import.meta.url));
export const DEFAULT_ANNOTATIONS = fileURLToPath(new URL("../../test/data/real-articles/annotations.jsonl", import.meta.url));

export interface CorpusRecord {
  readonly id: string;
  readonly text: string;
  readonly date: string | null;
  readonly title: string | null;
  readonly source: string | null;
}

const str = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v : null);

/** The records whose ids are wanted (all when `wanted` is omitted), so that no other article is read further. */
export function readCorpus(path: string, wanted?: ReadonlySet<string>): Result<Map<string, CorpusRecord>> {
  if (!existsSync(path)) return { ok: false, error: { code: "no_corpus", message: `no corpus file at ${path}` } };
  const out = new Map<string, CorpusRecord>();
  const lines = readFileSync(path, "utf8").split("\n");
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.trim()) continue;
    let rec: Record<string, unknown>;
    try {
      rec = JSON.parse(lines[i]!) as Record<string, unknown>;
    } catch {
      return { ok: false, error: { code: "bad_corpus", message: `${path}:${i + 1}: not JSON` } };
    }
    const id = rec["id"] === undefined ? null : String(rec["id"]);
    if (id === null || (wanted && !wanted.has(id))) continue;
    if (typeof rec["text"] !== "string") return { ok: false, error: { code: "bad_corpus", message: `${path}:${i + 1}: no text` } };
    out.set(id, { id, text: rec["text"], date: str(rec["date"]), title: str(rec["title"]), source: str(rec["source"]) });
  }
  return { ok: true, value: out };
}
