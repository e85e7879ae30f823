/**
 * The places stage: finds place names in each sentence and resolves each to one gazetteer entry, using the
 * article's dominant country and then population to choose between places that share a name.
 */
import type { Stage } from "../stage.ts";
import { findCandidates } from "./match.ts";
import { resolveCandidates } from "./resolve.ts";
import { layered } from "./layered.ts";

export { eventLocation } from "./location.ts";
export { dominantCountry } from "./resolve.ts";

/**
 * Adds `places`: every place mention with offsets into article.text, sorted by start.
 *
 * @example placesStage.run(doc, ctx).places // "Fighting intensified around Tripoli on Sunday." → [{ name: "Tripoli", country: "LBY", ... }]
 */
export const placesStage: Stage = {
  name: "places",
  // dates, mentions and the syntax rule names out ("in May", "Obama said"); a Doc without them is read without
  reads: ["sentences", "tokens", "syntax", "dates", "mentions"],
  adds: ["places"],
  run(doc, ctx) {
    const gazetteer = ctx.world ? layered(ctx.gazetteer, ctx.world) : ctx.gazetteer;
    const actorCountries = [...new Set((doc.mentions ?? []).map((m) => m.country).filter((c): c is string => !!c))];
    const places = resolveCandidates(findCandidates(doc, gazetteer, ctx.gazetteer),
      { text: doc.article.text, actorCountries, mentions: doc.mentions ?? [] });
    ctx.debug?.(() => `places: ${places.map((p) => `${p.text}→${p.name}/${p.country}`).join(", ")}`);
    return { ...doc, places };
  },
};
