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

/** The discard phrases found in a text (sentence or story), as whole words. */
export function discardsIn(text: string, discards: readonly PetrDiscard[]): PetrDiscard[] {
  const padded = ` ${phraseKey(text)} `;
  return discards.filter((d) => padded.includes(` ${d.key} `));
}
