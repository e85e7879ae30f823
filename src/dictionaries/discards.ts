/**
 * PETRARCH discard lists: a phrase on each line; `+PHRASE` discards the whole story, a bare phrase only the
 * sentence that contains it ("BASEBALL", "+WORLD_GOLF_CHAMPIONSHIPS"). Matching is on whole words, any case.
 */
import { dictLines, phraseWords, where } from "./lines.ts";
import type { Parsed } from "./actors.ts";
import { phraseKey } from "../actors/kb/key.ts";

export interface PetrDiscard {
  /** the phrase as a phraseKey() */
  readonly key: string;
  readonly story: boolean;
  readonly line: number;
}

/**
 * @example
 * parseDiscards("d.txt", "BASEBALL\n+TYPHOON\n").items // [{ key: "baseball", story: false, line: 1 }, { key: "typhoon", story: true, line: 2 }]
 */
export function parseDiscards(file: string, text: string): Parsed<PetrDiscard> {
  const out: Parsed<PetrDiscard> = { items: [], problems: [] };
  for (const { line, text: t } of dictLines(text)) {
    const story = t.startsWith("+");
    const key = phraseKey(phraseWords(story ? t.slice(1) : t).join(" "));
    if (!key) out.problems.push(where(file, line, `discard "${t}" has no words`));
    else out.items.push({ key, story, line });
  }
  return out;
}

/** discards by the first word of their key, built once per list */
const BY_FIRST = new WeakMap<readonly PetrDiscard[], Map<string, PetrDiscard[]>>();

/** The discard phrases found in a text (sentence or story), as whole words. */
export function discardsIn(text: string, discards: readonly PetrDiscard[]): PetrDiscard[] {
  if (!discards.length) return [];
  let index = BY_FIRST.get(discards);
  if (!index) {
    index = new Map();
    for (const d of discards) {
      const first = d.key.split(" ", 1)[0]!;
      const list = index.get(first);
      if (list) list.push(d);
      else index.set(first, [d]);
    }
    BY_FIRST.set(discards, index);
  }
  const key = phraseKey(text);
  const padded = ` ${key} `;
  const found = new Set<PetrDiscard>();
  for (const word of new Set(key.split(" "))) {
    for (const d of index.get(word) ?? []) if (padded.includes(` ${d.key} `)) found.add(d);
  }
  return discards.filter((d) => found.has(d));
}
