/**
 * The compiled, immutable codebook: an index by code plus `resolve`, which falls back to the nearest known parent.
 */
import type { Codebook, CodebookEntry } from "../resources.ts";

/** A Codebook that can also resolve unknown sub-codes to their nearest known parent. */
export interface CompiledCodebook extends Codebook {
  /** the entry for `code`, else for its nearest known parent ("0879" → "087" → "08"), else undefined */
  resolve(code: string): CodebookEntry | undefined;
  /** the entries whose code starts with `root` (two digits), in file order */
  byRoot(root: string): readonly CodebookEntry[];
}

/**
 * Walks up from `code` to the nearest code the codebook knows; works with any Codebook.
 * Returns undefined for strings that are not a code of 2–4 characters or whose root is unknown.
 * @example resolveCode(codebook, "0879")?.code // "087"
 * @example resolveCode(codebook, "19")?.code   // "19"
 */
export function resolveCode(codebook: Codebook, code: string): CodebookEntry | undefined {
  // a code the codebook knows as written (imported dictionaries have "075A" or pairs such as "042:043")
  const exact = codebook.get(code);
  if (exact) return exact;
  if (!/^\d{2,4}$/.test(code)) return undefined;
  for (let c = code; c.length >= 2; c = c.slice(0, -1)) {
    const entry = codebook.get(c);
    if (entry) return entry;
  }
  return undefined;
}

/**
 * Freezes validated entries into a CompiledCodebook. Entries must already be valid (see parseCodebook);
 * a duplicate code here is a bug and throws.
 */
export function compileCodebook(entries: readonly CodebookEntry[]): CompiledCodebook {
  const byCode = new Map<string, CodebookEntry>();
  const roots = new Map<string, CodebookEntry[]>();
  for (const entry of entries) {
    if (byCode.has(entry.code)) throw new Error(`compileCodebook: duplicate CAMEO code ${entry.code}`);
    const frozen = Object.freeze({ ...entry });
    byCode.set(entry.code, frozen);
    const list = roots.get(entry.root) ?? [];
    list.push(frozen);
    roots.set(entry.root, list);
  }
  const all = Object.freeze([...byCode.values()]);
  const codebook: CompiledCodebook = Object.freeze({
    entries: all,
    get: (code: string) => byCode.get(code),
    resolve: (code: string) => resolveCode(codebook, code),
    byRoot: (root: string) => roots.get(root) ?? [],
  });
  for (const list of roots.values()) Object.freeze(list);
  return codebook;
}
