/**
 * Reads `--batch` JSONL records one line at a time (so a 50 MB file never sits in memory twice) and validates each
 * with zod; a bad line is a value carrying its line number, never a throw.
 */
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { z } from "zod";
import type { ArticleInput } from "../types.ts";

const Record = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  text: z.string(),
  date: z.string().nullish(),
  title: z.string().nullish(),
  source: z.string().nullish(),
  url: z.string().nullish(),
});

export type RecordLine =
  | { readonly ok: true; readonly line: number; readonly input: ArticleInput & { id: string } }
  | { readonly ok: false; readonly line: number; readonly id: string | null; readonly message: string };

export const MAX_LINE_BYTES = 64 * 1024 * 1024;

export async function* readRecords(path: string): AsyncGenerator<RecordLine> {
  const stream = path === "-" ? process.stdin : createReadStream(path);
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  for await (const raw of lines) {
    n++;
    if (!raw.trim()) continue;
    if (raw.length > MAX_LINE_BYTES) {
      yield { ok: false, line: n, id: null, message: `record is ${raw.length} bytes, over the ${MAX_LINE_BYTES}-byte limit` };
      continue;
    }
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (e) {
      yield { ok: false, line: n, id: null, message: `not valid JSON (${(e as Error).message})` };
      continue;
    }
    const parsed = Record.safeParse(json);
    if (!parsed.success) {
      const id = typeof (json as { id?: unknown })?.id === "string" ? (json as { id: string }).id : null;
      const issue = parsed.error.issues[0];
      yield { ok: false, line: n, id, message: `bad record: ${issue?.path.join(".") || "record"}: ${issue?.message ?? "invalid"}` };
      continue;
    }
    const r = parsed.data;
    yield { ok: true, line: n, input: { id: r.id, text: r.text, date: r.date ?? null, title: r.title ?? null, source: r.source ?? null, url: r.url ?? null } };
  }
}
