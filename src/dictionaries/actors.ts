/**
 * PETRARCH/TABARI actor dictionaries: an actor is one or more name lines (`GONDOR`, `+MINAS_TIRITH` synonyms,
 * or several plain names before an indented code) followed by its codes, on the same line (`GONDOR [GON]`) or on
 * lines of their own, each maybe date-restricted (`[HOBGOV 19950601-19990815]`, `[HOB <950601]`).
 */
import { dictLines, phraseWords, where } from "./lines.ts";
import { parseDatedCode, type DatedCode } from "./dates.ts";

export interface PetrActor {
  /** each name as lower-case words: [["minas", "tirith"], ...]; the first is the display name */
  readonly names: readonly (readonly string[])[];
  /** codes in file order; the undated one is the default */
  readonly codes: readonly DatedCode[];
  readonly line: number;
}

export interface Parsed<T> {
  readonly items: T[];
  readonly problems: string[];
}

const BRACKETS = /\[([^\]]*)\]/g;

/**
 * @example
 * parseActors("x.txt", "GONDOR [GON]\n+ANORIEN\n").items[0] // { names: [["gondor"], ["anorien"]], codes: [{ code: "GON" }], line: 1 }
 */
export function parseActors(file: string, text: string): Parsed<PetrActor> {
  const out: Parsed<PetrActor> = { items: [], problems: [] };
  let names: string[][] = [];
  let codes: DatedCode[] = [];
  let start = 0;
  let open = false; // codes seen: the next plain name starts a new actor
  const flush = () => {
    if (names.length && codes.length) out.items.push({ names, codes, line: start });
    else if (names.length) out.problems.push(where(file, start, `actor "${names[0]!.join(" ")}" has no code`));
    names = [];
    codes = [];
    open = false;
  };
  for (const { line, text: t } of dictLines(text)) {
    const codeText = [...t.matchAll(BRACKETS)].map((m) => m[1] ?? "");
    const name = t.replace(BRACKETS, "").trim();
    if (/[[\]]/.test(name)) {
      out.problems.push(where(file, line, `unbalanced brackets in "${t}"`));
      continue;
    }
    const synonym = name.startsWith("+");
    if (name && !synonym && (open || codeText.length)) flush();
    if (name) {
      const words = phraseWords(synonym ? name.slice(1) : name);
      if (!words.length) out.problems.push(where(file, line, `"${name}" names nothing`));
      else if (synonym && !names.length) out.problems.push(where(file, line, `synonym "${name}" follows no actor`));
      else {
        if (!names.length) start = line;
        names.push(words);
      }
    }
    for (const inner of codeText) {
      if (!names.length) {
        out.problems.push(where(file, line, `code [${inner}] follows no actor name`));
        continue;
      }
      const parsed = parseDatedCode(inner);
      if (!parsed.ok) out.problems.push(where(file, line, parsed.error.message));
      else codes.push(parsed.value);
      open = true;
    }
  }
  flush();
  return out;
}
