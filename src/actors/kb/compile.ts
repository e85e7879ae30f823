/**
 * Compiles checked records into the immutable KnowledgeBase: one Map from phraseKey() to entries, so a lookup is
 * O(1). Keys also remember whether every form behind them is an all-capitals acronym ("US", "WHO").
 */
import type { Country, KbEntry, KnowledgeBase } from "../../resources.ts";
import type { KbRecord } from "./rows.ts";
import { phraseKey } from "./key.ts";

export interface Compiled {
  readonly kb: KnowledgeBase;
  readonly problems: readonly string[];
}

/** An acronym form has at least two letters and no lower-case letter: "US", "U.S.", "WHO", "M23" */
const isAcronymForm = (form: string): boolean => !/[a-z]/.test(form) && /[A-Z].*[A-Z]/.test(form);

/**
 * @example
 * const { kb } = compileKnowledgeBase(countries, records);
 * kb.lookup("russian")?.[0]?.code // "RUS"
 */
export function compileKnowledgeBase(countries: readonly Country[], records: readonly KbRecord[]): Compiled {
  const index = new Map<string, KbEntry[]>();
  const mixedCase = new Set<string>();
  const acronyms = new Set<string>();
  const prefixes = new Set<string>();
  const problems: string[] = [];
  let maxPhraseWords = 1;

  const keyOf = new Map<string, string>(); // people repeat their names on every role line
  for (const { entry, forms, where } of records) {
    const frozen = Object.freeze(entry);
    for (const form of forms) {
      let key = keyOf.get(form);
      if (key === undefined) keyOf.set(form, (key = phraseKey(form)));
      if (key === "") {
        problems.push(`${where}: "${form}" has no letters or digits to look up`);
        continue;
      }
      if (isAcronymForm(form)) acronyms.add(key);
      else mixedCase.add(key);
      const list = index.get(key);
      if (!list) index.set(key, [frozen]);
      else if (!list.includes(frozen)) list.push(frozen);
      let words = 1;
      for (let i = key.indexOf(" "); i !== -1; i = key.indexOf(" ", i + 1)) {
        words++;
        prefixes.add(key.slice(0, i));
      }
      prefixes.add(key);
      if (words > maxPhraseWords) maxPhraseWords = words;
    }
  }
  for (const list of index.values()) Object.freeze(list);

  const byIso3 = new Map(countries.map((c) => [c.iso3, c] as const));
  const frozenCountries = Object.freeze([...countries]);
  const kb: KnowledgeBase = Object.freeze({
    lookup: (key: string) => index.get(key),
    maxPhraseWords,
    isAcronym: (key: string) => acronyms.has(key) && !mixedCase.has(key),
    isPrefix: (words: string) => prefixes.has(words),
    country: (iso3: string) => byIso3.get(iso3),
    countries: frozenCountries,
  });
  return { kb, problems };
}
