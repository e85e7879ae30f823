/** What every source yields: an article input with where it came from, or a reason it could not be read. */
import type { ArticleInput, ParleyIssue } from "../../types.ts";

export type SourceItem =
  | { readonly ok: true; readonly input: ArticleInput; readonly origin: string }
  | { readonly ok: false; readonly error: ParleyIssue };

export function failed(code: string, message: string, path?: string): SourceItem {
  return { ok: false, error: path === undefined ? { code, message } : { code, message, path } };
}
