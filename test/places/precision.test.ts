/**
 * Country-level places are marked as such (their coordinates are a centroid, not a spot), so that maps can shade
 * or list them instead of pinning them like towns.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { loadGazetteer } from "../../src/places/gazetteer.ts";
import { isCountryLevel } from "../../src/places/precision.ts";
import { eventLocation, placesStage } from "../../src/places/stage.ts";
import { makeDoc, placesContext } from "./make-doc.ts";

const ctx = placesContext(loadGazetteer());

/** [text, place as written, expected precision] */
const MENTIONS: readonly (readonly [string, string, string])[] = [
  ["Russia said its troops shelled targets near Bakhmut.", "Russia", "country"],
  ["Russia said its troops shelled targets near Bakhmut.", "Bakhmut", "city"],
  ["Sudan rejected the proposal.", "Sudan", "country"],
  ["Aid reached the Gaza Strip through Kerem Shalom.", "Gaza Strip", "region"],
  ["Rebels took the town of Bunagana in North Kivu.", "North Kivu", "admin1"],
  ["Talks resumed in Geneva, Switzerland.", "Switzerland", "country"],
];
for (const [text, written, precision] of MENTIONS) {
  test(`a place mention carries its precision: ${written} is ${precision}`, () => {
    const place = placesStage.run(makeDoc(text), ctx).places?.find((p) => p.text === written);
    assert.equal(place?.precision, precision, text);
    assert.equal(place !== undefined && isCountryLevel(place), precision === "country");
  });
}

/** [text, the evidence phrase, expected location name, expected precision] */
const LOCATIONS: readonly (readonly [string, string, string, string])[] = [
  ["Russia launched drones at Ukraine overnight.", "launched drones", "Ukraine", "country"],
  ["Sudan rejected the proposal.", "rejected", "Sudan", "country"],
  ["Libya's rival forces clashed in Sirte.", "clashed", "Sirte", "city"],
];
for (const [text, phrase, name, precision] of LOCATIONS) {
  test(`an event located only at a country is marked country-level: ${text}`, () => {
    const doc = placesStage.run(makeDoc(text), ctx);
    const start = text.indexOf(phrase);
    const place = eventLocation(doc, 0, [start, start + phrase.length]);
    assert.equal(place?.name, name);
    assert.equal(place?.precision, precision);
  });
}

test("records stored before precision existed: a place without admin1 is country-level", () => {
  assert.equal(isCountryLevel({ name: "Russia", country: "RUS", admin1: null, lat: 61.5, lon: 105.3 }), true);
  assert.equal(isCountryLevel({ name: "Kharkiv", country: "UKR", admin1: "Kharkiv", lat: 49.99, lon: 36.23 }), false);
  assert.equal(isCountryLevel({ name: "Darfur", country: "SDN", admin1: "Darfur", lat: 13, lon: 24, precision: "region" }), false);
});
