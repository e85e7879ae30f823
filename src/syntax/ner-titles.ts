/**
 * Titles that Universal NER leaves out of a person's name ("Dr. William Glennie" → "William Glennie", "Prime Minister
 * Fayez al-Sarraj" → "Fayez al-Sarraj"): the GUM reader trims them off the gold names, and the tagger trims them off
 * the person names it finds. Lower case.
 */
export const TITLES: ReadonlySet<string> = new Set([
  "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "prof", "prof.", "professor", "sir", "dame", "lord", "lady",
  "president", "senator", "sen.", "rep.", "gov.", "governor", "gen.", "general", "col.", "colonel", "capt.", "captain",
  "king", "queen", "prince", "princess", "pope", "saint", "st.", "rev.", "reverend", "father", "sister", "brother",
  "minister", "director", "chancellor", "premier", "mayor", "judge", "justice", "sgt.", "lt.", "officer", "chairman", "ceo",
  "vice", "prime", "deputy", "secretary", "emperor", "empress", "chief", "ambassador", "commander", "lieutenant",
  "former", "late", "sheikh", "imam", "madam", "speaker", "ayatollah", "rabbi", "bishop", "archbishop", "cardinal", "marshal", "admiral", "sergeant",
]);

/** The first token of `[start, end)` that is not a title (`end` when all are). */
export function afterTitles(forms: readonly string[], start: number, end: number): number {
  let i = start;
  while (i < end && TITLES.has((forms[i] as string).toLowerCase())) i++;
  return i;
}
