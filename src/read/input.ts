/**
 * The input record of `coder.code()`, checked before anything reads it: library callers (and JSON from outside)
 * may hand over any value, and a wrong type must come back as an issue naming the field, never as a TypeError.
 */
import { z } from "zod";
import type { ArticleInput, Result } from "../types.ts";

const optionalText = z.string().nullish();

const InputSchema = z.object({
  // numbers are accepted as ids, as the CLI's --batch reader does
  id: z.union([z.string(), z.number().finite()]).transform(String).optional(),
  text: z.string(),
  date: optionalText,
  title: optionalText,
  source: optionalText,
  url: optionalText,
  format: z.enum(["text", "html"]).optional(),
});

const describe = (value: unknown): string =>
  value === null ? "null" : Array.isArray(value) ? "an array" : typeof value;

/**
 * The record as an ArticleInput, or an `invalid_input` issue naming the first bad field.
 *
 * @example checkInput({ text: 42 }) // { ok: false, error: { code: "invalid_input", path: "text", ... } }
 */
export function checkInput(value: unknown): Result<ArticleInput> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { ok: false, error: { code: "invalid_input", message: `input record must be an object with a "text" string, not ${describe(value)}` } };
  }
  const parsed = InputSchema.safeParse(value);
  if (parsed.success) {
    const { id, format, ...rest } = parsed.data;
    return { ok: true, value: { ...rest, ...(id !== undefined ? { id } : {}), ...(format !== undefined ? { format } : {}) } };
  }
  const issue = parsed.error.issues[0];
  const path = issue?.path.join(".") ?? "";
  const field = path === "" ? "record" : `"${path}"`;
  const found = path === "" ? "" : ` (found ${describe((value as Record<string, unknown>)[path])})`;
  return {
    ok: false,
    error: { code: "invalid_input", message: `input record: ${field}: ${issue?.message ?? "invalid"}${found}`, ...(path ? { path } : {}) },
  };
}
