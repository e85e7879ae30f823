/**
 * Chooses where an event happened from the places already found: a place in the event's own sentence, else the
 * last city or region named shortly before, else nothing.
 */
import type { Doc, PlaceMention } from "../doc.ts";
import type { Place } from "../types.ts";
import { isCountryLevel } from "./precision.ts";

/** "in Tripoli", "near the town of Sirte", "outside Kyiv", "north of Aleppo" */
const LOCATIVE_BEFORE = /\b(in|near|at|outside|around|across|into|inside|of|from|on|towards?)\s+(the\s+((\w+\s+){0,2}(city|town|village|province|region|area|camp|district|of)\s+)?)?$/i;
const LOOKBACK_CHARS = 40;
const PREVIOUS_SENTENCES = 2;

const toPlace = (p: PlaceMention): Place => ({
  name: p.name, country: p.country, admin1: p.admin1, lat: p.lat, lon: p.lon, precision: p.precision ?? (isCountryLevel(p) ? "country" : "city"),
});

function distance(p: PlaceMention, span: readonly [number, number]): number {
  if (p.end <= span[0]) return span[0] - p.end;
  if (p.start >= span[1]) return p.start - span[1];
  return 0;
}

/**
 * The best place for an event in sentence `sentenceIndex` whose evidence is `span` (offsets into article.text).
 * Same sentence first (after a locative preposition, cities over countries, nearest the span), else the last
 * non-country place in the previous two sentences, else null.
 *
 * @example eventLocation(doc, 0, [0, 19]) // "Fighting intensified around Tripoli" → { name: "Tripoli", country: "LBY", ... }
 */
export function eventLocation(doc: Doc, sentenceIndex: number, span: readonly [number, number]): Place | null {
  const places = doc.places ?? [];
  const text = doc.article.text;
  const here = places.filter((p) => p.sentence === sentenceIndex);
  if (here.length) {
    const score = (p: PlaceMention): number =>
      (LOCATIVE_BEFORE.test(text.slice(Math.max(0, p.start - LOOKBACK_CHARS), p.start)) ? 2000 : 0) +
      (isCountryLevel(p) ? 0 : 1000) - Math.min(999, distance(p, span) / 10);
    const best = [...here].sort((a, b) => score(b) - score(a) || a.start - b.start)[0];
    return best ? toPlace(best) : null;
  }
  const earlier = places.filter(
    (p) => p.sentence < sentenceIndex && p.sentence >= sentenceIndex - PREVIOUS_SENTENCES && !isCountryLevel(p),
  );
  const last = earlier[earlier.length - 1];
  return last ? toPlace(last) : null;
}
