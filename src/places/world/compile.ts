/**
 * The world gazetteer over the derived file's text as it is: an array of line offsets, and lookups that
 * binary-search the key-sorted lines and build their (frozen) entries on demand. Nothing else is kept, so loading
 * is one read and one scan, and the loaded gazetteer costs about the file's size.
 */
import type { Gazetteer, GazetteerEntry } from "../../resources.ts";
import { HEADER, parseLine, versionLine } from "./format.ts";

const keyAt = (text: string, start: number): string => text.slice(start, text.indexOf("\t", start));

const TAB = 9;

/**
 * Answers remembered per gazetteer: isPrefix's, and the keys lookup found nothing for (an article asks about the
 * same phrases over and over, each a binary search or two). The text never changes, so a remembered answer is
 * the answer; past this many the memory starts again empty.
 */
const REMEMBERED = 50_000;

/**
 * The sign of comparing the key of the line at `start` (up to its tab) with `key`, as `<` compares strings (by
 * UTF-16 code units, a prefix first), read in place: a binary search then slices no string per step.
 */
function compareKeyAt(text: string, start: number, key: string): number {
  for (let i = 0; ; i++) {
    const a = text.charCodeAt(start + i);
    const lineEnded = a === TAB || Number.isNaN(a);
    if (i === key.length) return lineEnded ? 0 : 1;
    if (lineEnded) return -1;
    const b = key.charCodeAt(i);
    if (a !== b) return a < b ? -1 : 1;
  }
}

/**
 * The world gazetteer over `text` (the file format of format.ts, derived from `sources`); `countries` answers
 * `country()` (our own table's country rows). A wrong version line or header is an error value; a malformed line
 * found later throws (the file is derived by a script, so that is a bug), naming the line.
 *
 * @example const w = compileWorld(formatWorld(rows, "v"), "v", hand); w.ok && w.value.lookup("of")?.[0]?.country === "TUR"
 */
export function compileWorld(text: string, sources: string, countries: Pick<Gazetteer, "country">): { ok: true; value: Gazetteer } | { ok: false; message: string } {
  const first = text.indexOf("\n");
  const second = text.indexOf("\n", first + 1);
  if (text.slice(0, first) !== versionLine(sources)) return { ok: false, message: `line 1 is not "${versionLine(sources)}"` };
  if (text.slice(first + 1, second) !== HEADER) return { ok: false, message: "line 2 is not the header" };
  const starts: number[] = [];
  for (let at = second + 1; at < text.length; at = text.indexOf("\n", at) + 1 || text.length) starts.push(at);
  const offsets = Int32Array.from(starts);
  const n = offsets.length;
  let maxPhraseWords = 1;
  for (let i = 0; i < n; i++) {
    const key = keyAt(text, offsets[i] as number);
    let words = 1;
    for (let k = key.indexOf(" "); k >= 0; k = key.indexOf(" ", k + 1)) words++;
    if (words > maxPhraseWords) maxPhraseWords = words;
  }
  /** the first line whose key is >= `key` */
  const lowerBound = (key: string): number => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compareKeyAt(text, offsets[mid] as number, key) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const entry = (i: number): GazetteerEntry => {
    const start = offsets[i] as number;
    const end = i + 1 < n ? (offsets[i + 1] as number) - 1 : text.length - (text.endsWith("\n") ? 1 : 0);
    const r = parseLine(text.slice(start, end));
    if (typeof r === "string") throw new Error(`world gazetteer line ${i + 3}: ${r}`);
    return Object.freeze({
      name: r.name, kind: r.kind, country: r.country,
      // admin1 rows name themselves; a city whose division is unknown has none
      admin1: r.kind === "admin1" ? r.name : (r.admin1 || null),
      lat: r.lat, lon: r.lon, population: r.population, layer: "world", ...(r.common ? { common: true } : {}),
    });
  };
  const isPrefix = (words: string): boolean => {
    const i = lowerBound(words);
    if (i >= n) return false;
    if (compareKeyAt(text, offsets[i] as number, words) === 0) return true;
    // the next key after "khan" that extends it is "khan ..." or sorts right after the word's other extensions
    const j = lowerBound(`${words} `);
    return j < n && keyAt(text, offsets[j] as number).startsWith(`${words} `);
  };
  const prefixes = new Map<string, boolean>();
  // (only misses are remembered: a found key gets new entry objects each time, as it always has)
  const missing = new Set<string>();
  return { ok: true, value: Object.freeze({
    lookup(key: string): readonly GazetteerEntry[] | undefined {
      if (missing.has(key)) return undefined;
      const out: GazetteerEntry[] = [];
      for (let i = lowerBound(key); i < n && compareKeyAt(text, offsets[i] as number, key) === 0; i++) out.push(entry(i));
      if (out.length) return Object.freeze(out);
      if (missing.size >= REMEMBERED) missing.clear();
      missing.add(key);
      return undefined;
    },
    isPrefix(words: string): boolean {
      let known = prefixes.get(words);
      if (known === undefined) {
        known = isPrefix(words);
        if (prefixes.size >= REMEMBERED) prefixes.clear();
        prefixes.set(words, known);
      }
      return known;
    },
    maxPhraseWords,
    country: (iso3: string) => countries.country(iso3),
  }) };
}
