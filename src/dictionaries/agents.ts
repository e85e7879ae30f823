/**
 * PETRARCH agent dictionaries: `WORDS {PLURALS} [~CODE]` (code follows the country: USA + GOV) or `[CODE~]`
 * (code leads: NGO…). `!NAME! = A, B, C` defines a substitution set that `!NAME!` in later entries expands to
 * (`CONGRESS!PERSON!` → congressman, congresswoman, …). Without braces a plural is formed by English rules; `{}`
 * means no plural; `{A B}` lists the plurals.
 */
import { dictLines, phraseWords, where } from "./lines.ts";
import type { Parsed } from "./actors.ts";

export interface PetrAgent {
  /** every surface form, each as lower-case words */
  readonly forms: readonly (readonly string[])[];
  /** the agent code without the ~ marker, e.g. GOV, GOVMED */
  readonly code: string;
  /** true for `[CODE~]`: the code goes before the country code */
  readonly leading: boolean;
  readonly line: number;
}

/** English plural of the last word: minister → ministers, authority → authorities, press → presses */
export function pluralOf(words: readonly string[]): string[] {
  const last = words.at(-1) ?? "";
  let p: string;
  if (/(s|x|z|ch|sh)$/.test(last)) p = `${last}es`;
  else if (/[^aeiou]y$/.test(last)) p = `${last.slice(0, -1)}ies`;
  else if (/man$/.test(last)) p = `${last.slice(0, -3)}men`;
  else p = `${last}s`;
  return [...words.slice(0, -1), p];
}

/** Expands every !NAME! in a raw entry with each member of its set (cartesian over several markers). */
function expand(raw: string, sets: ReadonlyMap<string, readonly string[]>): string[] | string {
  const m = /!([A-Z0-9_]+)!/i.exec(raw);
  if (!m) return [raw];
  const members = sets.get(m[1]!.toUpperCase());
  if (!members) return `substitution set !${m[1]}! is not defined above`;
  const out: string[] = [];
  for (const member of members) {
    const next = expand(raw.slice(0, m.index) + member + raw.slice(m.index + m[0].length), sets);
    if (typeof next === "string") return next;
    out.push(...next);
  }
  return out;
}

/**
 * @example
 * parseAgents("a.txt", "TROOPS {} [~MIL]\n").items[0] // { forms: [["troops"]], code: "MIL", leading: false, line: 1 }
 */
export function parseAgents(file: string, text: string): Parsed<PetrAgent> {
  const out: Parsed<PetrAgent> = { items: [], problems: [] };
  const sets = new Map<string, string[]>();
  for (const { line, text: t } of dictLines(text)) {
    const set = /^!([A-Z0-9_]+)!\s*=\s*(.+)$/i.exec(t);
    if (set) {
      sets.set(set[1]!.toUpperCase(), set[2]!.split(",").map((s) => s.trim()).filter(Boolean));
      continue;
    }
    const m = /^([^{[]+?)\s*(?:\{([^}]*)\})?\s*\[\s*([^\]]*?)\s*\]\s*$/.exec(t);
    if (!m) {
      out.problems.push(where(file, line, `expected "WORDS {PLURALS} [~CODE]", found "${t}"`));
      continue;
    }
    const [, rawName = "", plurals, rawCode = ""] = m;
    const code = /^~([A-Z0-9]+)$/i.exec(rawCode)?.[1] ?? /^([A-Z0-9]+)~$/i.exec(rawCode)?.[1];
    if (!code) {
      out.problems.push(where(file, line, `agent code "[${rawCode}]" is not ~CODE or CODE~`));
      continue;
    }
    const names = expand(rawName, sets);
    if (typeof names === "string") {
      out.problems.push(where(file, line, names));
      continue;
    }
    const forms: string[][] = [];
    for (const name of names) {
      const words = phraseWords(name);
      if (!words.length) continue;
      forms.push(words);
      if (plurals === undefined) forms.push(pluralOf(words));
    }
    for (const p of (plurals ?? "").split(/\s+/).filter(Boolean)) forms.push(phraseWords(p));
    if (!forms.length) {
      out.problems.push(where(file, line, `agent "${t}" names nothing`));
      continue;
    }
    out.items.push({ forms, code: code.toUpperCase(), leading: rawCode.endsWith("~"), line });
  }
  return out;
}
