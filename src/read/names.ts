/**
 * The shapes of the names in bylines and datelines: a person ("Jane Roe", "Ahmed al-Mismari", "J. R. de la
 * Cruz"), an outlet ("Harbour Courier", "The Example Herald", "Reuters"), a staff role ("Senior Correspondent").
 * Shapes, not lists of known people or outlets: the words below are the ordinary vocabulary of mastheads and
 * newsroom titles.
 */

/** Lower-case particles inside personal names. */
const PARTICLE = String.raw`(?:de|da|del|della|di|du|dos|das|van|von|der|den|ten|ter|le|la|bin|ibn|abu|al|el|y)`;
/** A capitalised name word, an initial, or an Arabic article joined to one ("al-Sarraj"). */
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}'’.-]*|(?:al|el|ad|as|ash|at|az|an|ar|ed)-\p{Lu}[\p{L}'’-]*)`;
const PERSON = new RegExp(String.raw`^${NAME_WORD}(?:\s+(?:${PARTICLE}\s+){0,2}${NAME_WORD}){0,4}$`, "u");

/** Words that make a capitalised phrase the name of an outlet. */
const OUTLET_WORD = /\b(?:news|times|post|herald|courier|journal|review|press|wire|agency|tribune|gazette|daily|weekly|radio|tv|television|network|media|service|report|chronicle|observer|telegraph|express|monitor|ledger|standard|mail|broadcasting|corporation|magazine|online|digest|bulletin|dispatch|record|register|sentinel|examiner|inquirer|dispatches|newswire|channel)\b/i;
/** Newsroom titles: a byline part made of these is a role, not a name. */
const ROLE_WORD = /\b(?:correspondent|reporter|editor|writer|journalist|columnist|contributor|staff|bureau|chief|analyst|producer|photographer|newsroom|desk|team|senior|special|political|diplomatic|defen[cs]e|security|foreign|international|regional|investigative|affairs|reporters|writers|editors|contributors|correspondents)\b/i;
const CAPITALISED = /^(?:[\p{Lu}\d][\p{L}\d.&'’+-]*)(?:\s+(?:[\p{Lu}\d][\p{L}\d.&'’+-]*|of|and|&|the|for|on|de|al|el))*$/u;

const words = (text: string): number => text.trim().split(/\s+/).length;

/** A staff role ("Senior Correspondent", "Staff Writer", "Newsroom"). */
export function isRole(text: string): boolean {
  const t = text.trim().replace(/^(?:an?|the|our)\s+/i, "");
  return t !== "" && t.split(/\s+/).every((w) => ROLE_WORD.test(w) || /^(?:and|&|of|for|the|in|on|\p{Lu}\p{Lu}+)$/u.test(w)) &&
    ROLE_WORD.test(t);
}

/**
 * A person's name: two to five name words (with particles), none of them a masthead or role word. A single word
 * is not taken for a person: bylines of one word name agencies ("By Reuters").
 *
 * @example isPersonName("Ahmed al-Mismari") === true; isPersonName("Harbour Courier") === false
 */
export function isPersonName(text: string): boolean {
  const t = text.trim();
  return words(t) >= 2 && PERSON.test(t) && !OUTLET_WORD.test(t) && !ROLE_WORD.test(t) && !/^the\s/i.test(t);
}

/**
 * An outlet's name: a capitalised phrase of up to six words that is no role. `strong` asks for evidence beyond
 * capitals — a masthead word, a leading "The", or a single word — as a line of its own needs.
 *
 * @example isOutletName("The Example Herald", true) === true; isOutletName("Jane Roe", true) === false
 */
export function isOutletName(text: string, strong = false): boolean {
  const t = text.trim();
  if (t === "" || words(t) > 6 || !CAPITALISED.test(t) || isRole(t) || !/\p{L}/u.test(t)) return false;
  if (!strong) return true;
  return OUTLET_WORD.test(t) || /^The\s/.test(t) || (words(t) === 1 && t.length >= 2);
}

/**
 * An outlet's name with a masthead word or a leading "The" ("Harbour Courier", "The Example Herald"), as a line
 * of its own under a byline must have: a bare capitalised phrase there may be a section label or a name. Above a
 * headline, where a Title Case headline may start with "The", `wordRequired` asks for the masthead word.
 */
export function isMasthead(text: string, wordRequired = false): boolean {
  const t = text.trim();
  return isOutletName(t) && (OUTLET_WORD.test(t) || (!wordRequired && /^The\s/.test(t)));
}

/** "5 min read", "Reading time: 4 minutes", "Listen to this article": reading aids beside a byline or date. */
export function isReadingAid(text: string): boolean {
  return /^(?:\d+\s*(?:min(?:ute)?s?|m)\.?\s*read|reading time\s*:?.{0,20}|listen(?: to (?:this|the) (?:article|story))?(?:\s*[(\d:)\s]*)?|\d+\s*comments?)$/i.test(text.trim());
}
