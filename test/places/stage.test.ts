import { test } from "node:test";
import assert from "node:assert/strict";
import { loadGazetteer } from "../../src/places/gazetteer.ts";
import { dominantCountry, eventLocation, placesStage } from "../../src/places/stage.ts";
import { makeDoc, placesContext } from "./make-doc.ts";

const ctx = placesContext(loadGazetteer());
const run = (text: string) => placesStage.run(makeDoc(text), ctx);
const found = (text: string) => (run(text).places ?? []).map((p) => `${p.text}=${p.name}/${p.country}`);

test("finds and resolves places (table)", () => {
  const cases: [string, string[]][] = [
    ["Fighting intensified around Tripoli on Sunday.", ["Tripoli=Tripoli/LBY"]],
    ["Shelling hit Khan Younis and Rafah overnight.", ["Khan Younis=Khan Younis/PSE", "Rafah=Rafah/PSE"]],
    ["Kurdish forces advanced on Deir ez-Zor.", ["Deir ez-Zor=Deir ez-Zor/SYR"]],
    ["Missiles struck Kiev before dawn.", ["Kiev=Kyiv/UKR"]],
    ["Troops withdrew from Kherson to the east bank.", ["Kherson=Kherson/UKR"]],
    ["Residents fled El Fasher as the siege tightened.", ["El Fasher=El Fasher/SDN"]],
    ["Rebels took the town of Bunagana in North Kivu.", ["Bunagana=Bunagana/COD", "North Kivu=North Kivu/COD"]],
    ["Aid reached the Gaza Strip through Kerem Shalom.", ["Gaza Strip=Gaza Strip/PSE", "Kerem Shalom=Kerem Shalom/ISR"]],
    ["Militants attacked a base near al-Bab.", ["al-Bab=Al-Bab/SYR"]],
    ["The US and the UK backed the plan.", ["US=United States/USA", "UK=United Kingdom/GBR"]],
    ["Clashes erupted in Nagorno-Karabakh and Stepanakert.", ["Nagorno-Karabakh=Nagorno-Karabakh/AZE", "Stepanakert=Stepanakert/AZE"]],
    ["Insurgents raided Mocímboa da Praia in Cabo Delgado.", ["Mocímboa da Praia=Mocímboa da Praia/MOZ", "Cabo Delgado=Cabo Delgado/MOZ"]],
    ["Talks resumed in Geneva, Switzerland.", ["Geneva=Geneva/CHE", "Switzerland=Switzerland/CHE"]],
    ["Fighters entered Syria's Idlib province.", ["Syria=Syria/SYR", "Idlib province=Idlib Governorate/SYR"]],
  ];
  for (const [text, expected] of cases) assert.deepEqual(found(text), expected, text);
});

test("disambiguates same-named places by the article's dominant country", () => {
  const lebanon = "Lebanon braced for more unrest. Protesters gathered in Beirut and Sidon. Clashes spread to Tripoli on Friday.";
  const tripoli = run(lebanon).places?.find((p) => p.text === "Tripoli");
  assert.equal(tripoli?.country, "LBN");
  const libya = "Forces loyal to the government in Tripoli repelled an attack from Tarhuna.";
  assert.equal(run(libya).places?.find((p) => p.text === "Tripoli")?.country, "LBY");
  const pakistan = "Police in Karachi said that protests had also spread to Hyderabad.";
  assert.equal(run(pakistan).places?.find((p) => p.text === "Hyderabad")?.country, "PAK");
  assert.equal(run("Floods hit Hyderabad.").places?.[0]?.country, "IND");
});

test("offsets point into article.text and places come sorted by start", () => {
  const doc = run("In Mosul, gunmen attacked. Later Erbil and Kirkuk reported calm.");
  const places = doc.places ?? [];
  assert.deepEqual(places.map((p) => p.sentence), [0, 1, 1]);
  for (const p of places) assert.equal(doc.article.text.slice(p.start, p.end), p.text);
  assert.deepEqual(places.map((p) => p.start), [...places.map((p) => p.start)].sort((a, b) => a - b));
});

test("dominantCountry counts place mentions", () => {
  assert.equal(dominantCountry(run("Sudan's army shelled Omdurman while Khartoum and Nyala burned. Egypt called for calm.")), "SDN");
  assert.equal(dominantCountry(run("Nothing here.")), null);
});
