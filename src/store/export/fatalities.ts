/**
 * The number of people a sentence reports killed, for ACLED's `fatalities`: digits or number words before
 * killed / dead / died / deaths ("three civilians have been killed", "at least 12 people died"), after killing /
 * killed / shot dead ("killing at least five people", "shot dead six protesters"), a death toll ("the death toll
 * rose to 14", "bringing the toll to 61"), or none ("no one was killed" is 0); a subset named by "including" ("23
 * civilians including nine children were killed") is part of the count, not a count of its own. Vague amounts
 * ("dozens", "several") and running totals ("… killed since April") are not
 * counted. When a sentence gives several counts the largest is taken ("killing three civilians and two
 * soldiers" is 3); null when it gives none.
 */

const UNITS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, dozen: 12,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const UNIT = Object.keys(UNITS).filter((w) => w !== "a" && w !== "an" && w !== "dozen").join("|");
const TEN = Object.keys(TENS).join("|");
const NUMBER = `(?:\\d{1,3}(?:,\\d{3})+|\\d+|(?:${TEN})(?:[- ](?:${UNIT}))?|${UNIT}|a dozen|an?)(?: hundred)?`;
const ABOUT = "(?:(?:at least|some|about|around|nearly|almost|more than|over|as many as|up to|roughly|an estimated)\\s+)?";
/** words after a number that make it a time or a count of something else, not of people */
const NOT_PEOPLE = "(?:days?|weeks?|months?|years?|hours?|minutes?|times?|sides?|kilometres?|kilometers?|miles?|km|per ?cent|percent|%|o'clock|am|pm|a\\.m\\.|p\\.m\\.)\\b";

const AFTER_VERB = new RegExp(`\\b(?:killing|killed|kills|shot dead|shooting dead|shoot dead)\\s+${ABOUT}(${NUMBER})\\b(?!\\s+${NOT_PEOPLE})`, "gi");
/** "were killed", "died", "dead"; a bare "killed" only where it cannot be active ("Five soldiers killed in an ambush") */
const DIED = `(?:(?:were|was|have been|has been|had been|are|is|being|been)\\s+killed|killed(?=\\s*(?:in|on|at|by|near|during|when|after|while|[,.;:]|$))|died|dead|deaths|fatalities|lost their lives)`;
const BEFORE_VERB = new RegExp(`(?<!\\bno[ -])\\b${ABOUT}(${NUMBER})\\b(?!\\s+${NOT_PEOPLE})(?:\\s+(?!(?:and|or|but|after|before|when|while|since|as)\\b)[\\w'-]+){0,3}?\\s+${DIED}\\b`, "gi");
const TOLL = new RegExp(`\\b(?:death\\s+)?toll\\s+(?:\\w+\\s+){0,2}?(?:to|at|of|is|was|reached|stood at)\\s+${ABOUT}(${NUMBER})\\b`, "gi");
/** "23 civilians, including nine children, were killed": the subset an "including" phrase names, set aside */
const SUBSET = new RegExp(`,?\\s+(?:including|among them)\\s+${ABOUT}(?:${NUMBER})(?:\\s+[\\w'-]+){0,3}?(?:\\s*,(?=\\s)|(?=\\s+(?:were|was|have|has|had|are|is|died|dead|killed)\\b))`, "gi");
/** a count followed by these words is a running total ("61 people had been killed since the offensive began") */
const RUNNING_TOTAL = /^[^,;]*?\b(?:since|so far|to date|in all|in total|this (?:year|month|week)|over the past)\b/i;
const NONE = /\b(?:no one|nobody|no-one|none)\s+(?:was|were|had been|has been|have been)\s+(?:killed|hurt or killed)\b|\bno (?:deaths|fatalities|casualties)\b/i;

/** The value of a number written in digits or words ("1,200", "twenty-one", "five hundred"); null for anything else. */
export function numberValue(words: string): number | null {
  const w = words.toLowerCase().trim();
  const hundred = / hundred$/.test(w);
  const base = w.replace(/ hundred$/, "");
  let n: number | null = null;
  if (/^\d[\d,]*$/.test(base)) n = Number(base.replace(/,/g, ""));
  else if (base === "a dozen") n = 12;
  else if (base in UNITS) n = UNITS[base]!;
  else {
    const m = /^([a-z]+)(?:[- ]([a-z]+))?$/.exec(base);
    if (m && m[1]! in TENS) n = TENS[m[1]!]! + (m[2] ? UNITS[m[2]] ?? NaN : 0);
  }
  if (n === null || Number.isNaN(n)) return null;
  return hundred ? n * 100 : n;
}

/**
 * @example deathCount("Three civilians have been killed in the shelling, medics said.") === 3
 * @example deathCount("The army shelled the district on Monday, killing at least five people.") === 5
 * @example deathCount("Envoys met in Berlin.") === null
 */
export function deathCount(text: string): number | null {
  const sentence = text.replace(SUBSET, "");
  const counts: number[] = [];
  for (const re of [AFTER_VERB, BEFORE_VERB, TOLL]) {
    for (const m of sentence.matchAll(re)) {
      const n = numberValue(m[1]!);
      // a four-digit number right before the verb is a year ("the 2019 killings"), not a count
      if (n === null || (/^\d{4}$/.test(m[1]!) && n >= 1900 && n <= 2100)) continue;
      if (RUNNING_TOTAL.test(sentence.slice(m.index + m[0].length))) continue;
      counts.push(n);
    }
  }
  if (counts.length) return Math.max(...counts);
  return NONE.test(sentence) ? 0 : null;
}
