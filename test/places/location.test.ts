import { test } from "node:test";
import assert from "node:assert/strict";
import { loadGazetteer } from "../../src/places/gazetteer.ts";
import { eventLocation, placesStage } from "../../src/places/stage.ts";
import { makeDoc, placesContext } from "./make-doc.ts";

const ctx = placesContext(loadGazetteer());

/** [text, sentence of the event, the evidence phrase, expected place name or null] */
const CASES: [string, number, string, string | null][] = [
  ["Fighting intensified around Tripoli on Sunday.", 0, "Fighting intensified", "Tripoli"],
  ["Libya's rival forces clashed in Sirte.", 0, "clashed", "Sirte"],
  ["Russia said its troops shelled targets near Bakhmut.", 0, "shelled", "Bakhmut"],
  ["Egypt and Qatar mediated talks in Cairo.", 0, "mediated talks", "Cairo"],
  ["Israel struck Gaza City. Hamas fired rockets in response.", 1, "fired rockets", "Gaza City"],
  ["Rebels seized Goma. Officials met. The army counterattacked.", 2, "counterattacked", "Goma"],
  ["Rebels seized Goma. Officials met. Nothing else. The army counterattacked.", 3, "counterattacked", null],
  ["Sudan rejected the proposal.", 0, "rejected", "Sudan"],
  ["The envoy said nothing.", 0, "said", null],
];

test("eventLocation picks the event's place (table)", () => {
  for (const [text, sentence, phrase, expected] of CASES) {
    const doc = placesStage.run(makeDoc(text), ctx);
    const start = text.indexOf(phrase);
    const place = eventLocation(doc, sentence, [start, start + phrase.length]);
    assert.equal(place?.name ?? null, expected, text);
    if (place) assert.deepEqual(Object.keys(place).sort(), ["admin1", "country", "lat", "lon", "name", "precision"]);
  }
});
