/**
 * The reader's expected failures, as values. Codes: empty, binary, encoding, too_large, too_deep, not_english.
 */
import type { ParleyIssue, Result } from "../types.ts";

export type ReadIssueCode = "empty" | "binary" | "encoding" | "too_large" | "too_deep" | "not_english";

/** Builds a failed read result with a one-line message. */
export function readFailure<T>(code: ReadIssueCode, message: string): Result<T> {
  const error: ParleyIssue = { code, message: message.replace(/\s+/g, " ").trim() };
  return { ok: false, error };
}
