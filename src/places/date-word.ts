/**
 * Whether a capitalised word is a date word ("March", "May", "Sunday") rather than the town that shares its
 * spelling. The names of months and weekdays come from the platform's English locale data (Intl, CLDR), not from
 * a list of ours. The dates stage keeps only the dates it can place, so a month named in a text without a
 * publication date is not among its dates; this check does not depend on that.
 */

const NAMES: ReadonlySet<string> = (() => {
  const names = new Set<string>();
  const month = new Intl.DateTimeFormat("en", { month: "long", timeZone: "UTC" });
  const weekday = new Intl.DateTimeFormat("en", { weekday: "long", timeZone: "UTC" });
  for (let m = 0; m < 12; m++) names.add(month.format(Date.UTC(2001, m, 15)).toLowerCase());
  // 2001-01-07 was a Sunday
  for (let d = 0; d < 7; d++) names.add(weekday.format(Date.UTC(2001, 0, 7 + d)).toLowerCase());
  return names;
})();

/**
 * @example isDateWord("March") === true; isDateWord("Friday Harbor") === false; isDateWord("Reading") === false
 */
export function isDateWord(surface: string): boolean {
  return NAMES.has(surface.toLowerCase());
}
