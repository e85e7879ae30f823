/**
 * How likely a candidate is the antecedent of an anaphor, after Lappin and Leass: recent sentences weigh more
 * (halved per sentence back), subjects more than objects, objects more than obliques, and a candidate in the same
 * role as the anaphor gets a bonus (parallelism). The hard constraints come first: the antecedent precedes the
 * anaphor, is not its co-argument (binding: "Haftar met him"), does not contain it ("his brother"), and does not
 * cross a quote: a pronoun outside a quote does not reach into it, and one inside never refers to the quote's
 * speaker.
 */
import type { Syntax } from "../doc.ts";
import { anaphorStart, type Anaphor } from "./anaphors.ts";
import type { Candidate } from "./candidates.ts";
import { ROLE_WEIGHT } from "./words.ts";

export interface Weights {
  readonly recency: number;
  readonly parallel: number;
  /** weight of a role the table does not name */
  readonly other: number;
}

/**
 * Chosen on GUM dev and train (bench/coref.ts): recency 200 against Lappin and Leass's 100 (pronouns right: dev
 * 0.692 against 0.682, train 0.663 against 0.662); their parallelism bonus of 35 made no difference on dev (0.682
 * against 0.679), so it is off.
 */
export const WEIGHTS: Weights = { recency: 200, parallel: 0, other: 10 };

/** the role of a candidate or anaphor for weighting: "nsubj:pass" → itself, "obl:in" → "obl" */
const roleOf = (rel: string): string => (rel in ROLE_WEIGHT ? rel : rel.split(":")[0]!);

export function score(a: Anaphor, c: Candidate, sentence: number, syntax: Syntax, w: Weights = WEIGHTS): number {
  const back = sentence - c.sentence;
  const role = roleOf(c.role);
  const own = roleOf(syntax.deprels[a.token]!);
  const parallel = role === own && (role.startsWith("nsubj") || role === "obj") ? w.parallel : 0;
  return w.recency / 2 ** back + (ROLE_WEIGHT[role] ?? w.other) + parallel;
}

/** the hard constraints; `speakers` are the actor keys of the speakers of the sentence's quotes */
export function allowed(a: Anaphor, c: Candidate, sentence: number, syntax: Syntax, speakers: ReadonlySet<string>): boolean {
  if (c.sentence === sentence) {
    if (c.end > anaphorStart(a)) return false;
    // a pronoun outside a quote does not reach into it; one inside a quoted fragment may reach out ("… allow
    // Israel “to resume its operation”")
    if (c.quoted && !a.quoted) return false;
    if (a.type === "pronoun" && !a.info.reflexive && !a.info.possessive && syntax.heads[c.head] === syntax.heads[a.token] && syntax.heads[a.token]! >= 0) return false;
    if (syntax.heads[a.token] === c.head) return false;
  } else if (a.type === "pronoun" && a.info.reflexive) return false;
  if (a.quoted && c.mentions.some((m) => speakers.has(m.key))) return false;
  return true;
}
