/**
 * The verb behind an "-ing" form that wink-nlp read as a noun (and so lemmatised as itself, "trading") where our
 * tagger reads a verb: "trading" → "trade", "shelling" → "shell", "stopping" → "stop". English spelling gives at
 * most three candidates (the bare stem, the stem with a doubled consonant undone, the stem with its silent "e"
 * back); the first a verb pattern starts with is the lemma, so a stem no pattern knows changes nothing.
 *
 * @example
 * verbStem("trading", (w) => w === "trade"); // "trade"
 */
export function verbStem(form: string, known: (word: string) => boolean): string | null {
  const lower = form.toLowerCase();
  if (!lower.endsWith("ing") || lower.length < 6) return null;
  const base = lower.slice(0, -3);
  const candidates = [base];
  if (base.length > 2 && base.at(-1) === base.at(-2)) candidates.push(base.slice(0, -1));
  candidates.push(`${base}e`);
  return candidates.find(known) ?? null;
}
