/**
 * The closed classes coreference needs: third-person pronouns with their agreement features, and the general nouns
 * ("the group", "the country", "both sides") that stand for an actor named earlier. Grammar, not dictionary data:
 * the specific agent words ("the general", "the ministry") come from the knowledge base.
 */

/** What an anaphor may refer to: a person, a single non-person (an organisation, a state, a thing), or a plural. */
export type Want = "person" | "single" | "plural";

export interface PronounInfo {
  readonly want: Want;
  /** "his", "their", "its": the word names the owner of the noun it modifies */
  readonly possessive: boolean;
  readonly reflexive: boolean;
}

const info = (want: Want, possessive = false, reflexive = false): PronounInfo => ({ want, possessive, reflexive });

export const PRONOUNS: ReadonlyMap<string, PronounInfo> = new Map([
  ["he", info("person")], ["him", info("person")], ["his", info("person", true)], ["himself", info("person", false, true)],
  ["she", info("person")], ["her", info("person", true)], ["hers", info("person")], ["herself", info("person", false, true)],
  ["it", info("single")], ["its", info("single", true)], ["itself", info("single", false, true)],
  ["they", info("plural")], ["them", info("plural")], ["their", info("plural", true)], ["themselves", info("plural", false, true)],
]);

/**
 * What a general noun after "the" stands for: a state ("the country"), an organised body ("the group", "the
 * movement"), or, in the plural with "both"/"two", a pair of actors ("both sides", "the two countries").
 */
export type ShellClass = "state" | "body" | "pair";

export const SHELL_NOUNS: ReadonlyMap<string, ShellClass> = new Map([
  ["country", "state"], ["nation", "state"], ["kingdom", "state"], ["republic", "state"],
  ["group", "body"], ["organisation", "body"], ["organization", "body"], ["movement", "body"], ["faction", "body"],
  ["alliance", "body"], ["coalition", "body"], ["bloc", "body"], ["outfit", "body"],
  ["sides", "pair"], ["countries", "pair"], ["nations", "pair"], ["parties", "pair"], ["neighbours", "pair"], ["neighbors", "pair"],
  ["rivals", "pair"], ["foes", "pair"], ["men", "pair"], ["leaders", "pair"],
]);

/** a pair of states ("the two countries") and a pair of people ("both men"); other pairs may be any actors */
export const PAIR_OF_STATES = new Set(["country", "nation", "neighbour", "neighbor", "countries", "nations", "neighbours", "neighbors"]);
export const PAIR_OF_PEOPLE = new Set(["man", "leader", "men", "leaders"]);

/** "both sides", "the two countries": the words that make a plural general noun name exactly two */
export const PAIR_WORDS = new Set(["both", "two"]);

/** the dependency relations of a noun phrase's head that make it a candidate antecedent, and its weight as a role */
export const ROLE_WEIGHT: Readonly<Record<string, number>> = {
  nsubj: 80, "nsubj:pass": 70, obj: 50, iobj: 40, "nmod:poss": 30, appos: 30, obl: 20, "obl:agent": 40, nmod: 10, root: 40,
  conj: 20, "obl:tmod": 0, "obl:npmod": 0, "nmod:tmod": 0, "nmod:npmod": 0, expl: 0,
};
