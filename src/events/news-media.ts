/**
 * The news media tell the news: an outlet, agency or correspondent (CAMEO's MED agent) reporting is how an article
 * knows, not a statement of a party (see speaks() in stage.ts); an outlet is the doer only of verbal acts; the one a
 * report is "according to", and the outlet a speaker "told", is no party to the act told.
 */
import type { ActorMention, Token } from "../doc.ts";

/** an outlet, agency or journalist (CAMEO's MED agent), not a press-freedom NGO */
export const newsMedia = (m: ActorMention): boolean => m.code.endsWith("MED") && !m.code.startsWith("NGO");

/**
 * CAMEO's verbal acts (statements, appeals, intentions, consultations, demands, disapproval, rejection, threats:
 * roots 01–05 and 10–13), the only ones the news media themselves do; an act of force or aid "reported by Al
 * Jazeera" is not the outlet's.
 */
export const verbal = (code: string): boolean => /^(0[1-5]|1[0-3])/.test(code);

/** the token before a mention, past its determiners */
function before(tokens: readonly Token[], m: ActorMention): number {
  let k = m.tokenStart;
  for (let back = 0; back < 3 && k > 0 && /^(the|a|an)$/.test(tokens[k - 1]!.lower); back++) k--;
  return k - 1;
}

/** "according to AFP", "according to the Syrian Observatory": the source of the report, never a party to the act */
export function attribution(tokens: readonly Token[], m: ActorMention): boolean {
  const k = before(tokens, m);
  return k > 0 && tokens[k]!.lower === "to" && tokens[k - 1]!.lower === "according";
}

/** "…, he told AFP": the outlet a speaker told, the addressee of the telling and of nothing told */
export function toldTo(tokens: readonly Token[], m: ActorMention): boolean {
  const k = before(tokens, m);
  return k >= 0 && /^(told|tells|telling|tell)$/.test(tokens[k]!.lower);
}

