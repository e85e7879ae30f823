/** Regular English verb forms, as PETRARCH forms them for verbs listed without `{…}`. */

/**
 * @example
 * verbForms("agree") // ["agree", "agrees", "agreed", "agreeing"]
 * verbForms("carry") // ["carry", "carries", "carried", "carrying"]
 */
export function verbForms(base: string): string[] {
  const forms = new Set([base]);
  if (/(s|x|z|ch|sh)$/.test(base)) forms.add(`${base}es`);
  else if (/[^aeiou]y$/.test(base)) forms.add(`${base.slice(0, -1)}ies`);
  else forms.add(`${base}s`);
  if (base.endsWith("e")) {
    forms.add(`${base}d`);
    forms.add(base.endsWith("ee") ? `${base}ing` : `${base.slice(0, -1)}ing`);
  } else if (/[^aeiou]y$/.test(base)) {
    forms.add(`${base.slice(0, -1)}ied`);
    forms.add(`${base}ing`);
  } else {
    // doubled final consonant after one short vowel: ban → banned, banning
    const double = /^[^aeiou]*[aeiou][bdgklmnprt]$/.test(base) ? base.at(-1)! : "";
    forms.add(`${base}${double}ed`);
    forms.add(`${base}${double}ing`);
    if (double) { forms.add(`${base}ed`); forms.add(`${base}ing`); }
  }
  return [...forms];
}
