/**
 * The pattern language of PETRARCH verb dictionaries, one pattern line at a time: `- SAID $ * TO_ATTEND [082]`.
 * Items are separated by spaces (other words may come between) or `_` (adjacent). `*` is the verb, `$` the
 * source, `+` the target, `%` a compound actor that is both, `^` skips a phrase, `&NAME` a synonym set; `{…}`
 * and `(…)` (UniversalPetrarch's noun and prepositional phrases) only group words.
 */
import type { Result } from "../types.ts";

/** `np`: the item is inside UniversalPetrarch's `{…}` noun-phrase brackets */
export type PatItem =
  | { readonly kind: "word"; readonly word: string; readonly adjacent: boolean; readonly np?: boolean }
  | { readonly kind: "syn"; readonly name: string; readonly adjacent: boolean; readonly np?: boolean }
  | { readonly kind: "verb" | "source" | "target" | "compound" | "skip"; readonly adjacent: boolean };

export interface PatLine {
  readonly items: readonly PatItem[];
  /** the event code, e.g. "064"; "---" means "match, but code nothing" */
  readonly code: string;
  /** the second code of `[042:043]`: the event the target does to the source */
  readonly reverse?: string;
}

const SLOTS: Readonly<Record<string, PatItem["kind"]>> = { "*": "verb", $: "source", "+": "target", "%": "compound", "^": "skip" };

/** Splits a phrase into items; `adjacent` says the item is joined to the one before by `_`. */
export function patItems(phrase: string): PatItem[] {
  const items: PatItem[] = [];
  let depth = 0; // inside "{…}"
  for (const chunk of phrase.replace(/([{}])/g, " $1 ").replace(/[()]/g, " ").trim().split(/\s+/).filter(Boolean)) {
    if (chunk === "{" || chunk === "}") {
      depth = Math.max(0, depth + (chunk === "{" ? 1 : -1));
      continue;
    }
    const np = depth > 0 ? { np: true } : {};
    let adjacent = false;
    for (const piece of chunk.split("_")) {
      if (piece === "") continue; // a trailing "_" only asks for an exact word
      const slot = SLOTS[piece];
      if (slot) items.push({ kind: slot, adjacent } as PatItem);
      else if (piece.startsWith("&")) items.push({ kind: "syn", name: piece.slice(1).toUpperCase().replace(/_+$/, ""), adjacent, ...np });
      else items.push({ kind: "word", word: piece.toLowerCase(), adjacent, ...np });
      adjacent = true;
    }
  }
  return items;
}

/**
 * @example
 * parsePatLine("- $ * + [042:043]") // ok: items source, verb, target; code "042", reverse "043"
 */
export function parsePatLine(text: string): Result<PatLine> {
  const fail = (message: string): Result<PatLine> => ({ ok: false, error: { code: "bad_pattern", message } });
  const m = /^-\s*(.*?)\s*\[([^\]]*)\]\s*$/.exec(text);
  if (!m) return fail(`pattern "${text}" has no [code] at its end`);
  const items = patItems(m[1]!);
  const verbs = items.filter((i) => i.kind === "verb").length;
  if (verbs !== 1) return fail(`pattern "${m[1]}" must have exactly one * (the verb), found ${verbs}`);
  const [code = "", reverse, ...more] = m[2]!.trim().split(":").map((s) => s.trim());
  if (more.length || !code || /\s/.test(code)) return fail(`code "[${m[2]}]" is not CODE or CODE:CODE`);
  return { ok: true, value: { items, code, ...(reverse ? { reverse } : {}) } };
}
