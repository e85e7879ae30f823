/**
 * The country an article is about, for the agents it names without one: "police arrested ten protesters", "the
 * regime's air raids", "army artillery" in a story set in one country are that country's police, government and
 * army, as a careful coder reads them (and as ACLED codes actors in their national context). The focus is where the
 * story is set: the country of the article's places, when one is named at least three times and twice as often as
 * any other (the powers and envoys a story names often do not move it: "the US said…" in a story of Aleppo and
 * Idlib); failing that, the country named most often by the places and the actors with a country together, on the
 * same terms; otherwise (a single sentence that names one side, a story of two countries) there is no focus and the
 * agents stay without a country (`---MIL`). Only bare agent words
 * take it: a named organisation no dictionary knows ("the Ruzizi Front") is not placed by the story's country.
 *
 * The stage runs after coreference and places: an agent word that refers to an actor named earlier ("the army"
 * after "Sudan's army") already has that actor's country, and only the agents left without one take the focus.
 */
import type { ActorMention, Doc } from "../doc.ts";
import type { Stage } from "../stage.ts";

/** the agents of a state and its society that an article's own country is the country of */
const NATIONAL_AGENTS = new Set(["GOV", "MIL", "COP", "SPY", "JUD", "LEG", "REB", "OPP", "CVL"]);

/** how often the focus must be named */
const MIN_NAMED = 3;

/** where the article is set (its places), else the country it names most often; null when none leads */
export function focusCountry(doc: Doc): string | null {
  const places = (doc.places ?? []).map((p) => p.country);
  return leading(places) ?? leading([...places, ...(doc.mentions ?? []).map((m) => m.country)]);
}

/** the country named most often, when it is named at least three times and twice as often as any other */
function leading(countries: readonly (string | null)[]): string | null {
  const count = new Map<string, number>();
  const add = (c: string | null) => {
    if (c) count.set(c, (count.get(c) ?? 0) + 1);
  };
  for (const c of countries) add(c);
  const ranked = [...count].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || first[1] < MIN_NAMED || (second && first[1] < 2 * second[1])) return null;
  return first[0];
}

/** an agent with no country, of a kind the article's country is the country of */
export function nationalAgent(m: ActorMention): boolean {
  return m.via === "agent" && m.country === null && m.code.length === 6 && m.code.startsWith("---") && NATIONAL_AGENTS.has(m.code.slice(3));
}

export const focusStage: Stage = {
  name: "focus",
  reads: ["mentions", "places"],
  adds: ["mentions"],
  run(doc) {
    const focus = focusCountry(doc);
    // (the agents' keys: an anaphor the coref stage resolved to one of them, "it" for "the army", moves with it)
    const keys = new Set((doc.mentions ?? []).filter(nationalAgent).map((m) => m.key));
    if (!focus || !keys.size) return doc;
    const mentions = (doc.mentions ?? []).map((m): ActorMention => {
      if (!keys.has(m.key) || m.country !== null) return m;
      const code = focus + m.code.slice(3);
      return { ...m, code, country: focus, key: m.key.replace(m.code, code), name: `${m.name} (${focus})`, via: m.via === "coref" ? "coref" : "focus" };
    });
    return { ...doc, mentions };
  },
};
