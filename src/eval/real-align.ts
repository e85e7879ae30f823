/**
 * Maps offsets in a corpus record's text to offsets in the coder's clean body (`article.text`), which may differ
 * from it in whitespace only (blank lines and tabs collapsed, the end trimmed). Every other character must be
 * the same, in the same order; otherwise the offsets cannot be carried over and the article is reported.
 */
import type { Result } from "../types.ts";

export type SpanMap = (span: readonly [number, number]) => [number, number];

const isSpace = (c: string): boolean => /\s/.test(c);

/**
 * @example spanMapper("a  b\n\nc", "a b\nc") maps [3, 4] ("b") to [2, 3] and [0, 7] to [0, 5]
 */
export function spanMapper(raw: string, clean: string): Result<SpanMap> {
  const cleanAt: number[] = [];
  for (let j = 0; j < clean.length; j++) if (!isSpace(clean[j]!)) cleanAt.push(j);
  // rawBefore[p]: how many non-space characters of raw come before offset p
  const rawBefore = new Int32Array(raw.length + 1);
  let k = 0;
  for (let i = 0; i < raw.length; i++) {
    if (!isSpace(raw[i]!)) {
      if (raw[i] !== clean[cleanAt[k] ?? -1]) {
        return { ok: false, error: { code: "text_differs", message: `the clean body differs from the record's text beyond whitespace at offset ${i}` } };
      }
      k++;
    }
    rawBefore[i + 1] = k;
  }
  if (k !== cleanAt.length) return { ok: false, error: { code: "text_differs", message: "the clean body has text the record lacks" } };
  return {
    ok: true,
    value: ([start, end]) => {
      const s = rawBefore[Math.min(start, raw.length)]!;
      const e = rawBefore[Math.min(end, raw.length)]!;
      const from = s < cleanAt.length ? cleanAt[s]! : clean.length;
      const to = e > 0 ? cleanAt[e - 1]! + 1 : 0;
      return [from, Math.max(from, to)];
    },
  };
}
