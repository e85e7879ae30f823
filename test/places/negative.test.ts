import { test } from "node:test";
import assert from "node:assert/strict";
import { loadGazetteer } from "../../src/places/gazetteer.ts";
import { placesStage } from "../../src/places/stage.ts";
import { makeDoc, placesContext } from "./make-doc.ts";

const ctx = placesContext(loadGazetteer());
const texts = (text: string) => (placesStage.run(makeDoc(text), ctx).places ?? []).map((p) => p.text);

test("common words and names are not places (table)", () => {
  const cases: [string, string[]][] = [
    ["It was a nice day and the talks were split on the issue.", []],
    ["Mobile phone networks were down across the north.", []],
    ["Nice words will not end the war, he said.", []],
    ["Us and them, the commander said.", []],
    ["Car bombs killed dozens.", []],
    ["The Jerusalem Post reported the strike.", []],
    ["Michael Jordan visited the troops.", []],
    ["Hit by shelling, the hospital closed.", []],
    ["Male and female detainees were released.", []],
    ["Tyre marks covered the road.", []],
    ["Both sides signed the Minsk agreements.", []],
    ["The Kurdistan Workers' Party denied it.", []],
    ["Fighters from Tyre joined a convoy near Hit.", ["Tyre", "Hit"]],
    ["The turkey was cold and the china was broken.", []],
  ];
  for (const [text, expected] of cases) assert.deepEqual(texts(text), expected, text);
});
