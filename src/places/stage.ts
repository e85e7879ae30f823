/**
 * The places stage: finds place names in each sentence and resolves each to one gazetteer entry, using the
 * article's dominant country and then population to choose between places that share a name.
 */
import type { Stage } from "../stage.ts";
import { findCandidates } from "./match.ts";
import { resolveCandidates } from "./resolve.ts";

export { eventLocation } from "./location.ts";
export { dominantCountry } from "./resolve.ts";

/**
 * Adds `places`: every place mention with offsets into article.text, sorted by start.
 *
 * @example placesStage.run(doc, ctx).places // "Fighting intensified around Tripoli on Sunday." → [{ name: "Tripoli", country: "LBY", ... }]
 */
export const placesStage: Stage = {
  name: "places",
  reads: ["sentences", "tokens"],
  adds: ["places"],
  run(doc, ctx) {
    const places = resolveCandidates(findCandidates(doc, ctx.gazetteer));
    ctx.debug?.(() => `places: ${places.map((p) => `${p.text}→${p.name}/${p.country}`).join(", ")}`);
    return { ...doc, places };
  },
};
