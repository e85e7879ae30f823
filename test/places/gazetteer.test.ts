import { test } from "node:test";
import assert from "node:assert/strict";
import { loadGazetteer, parseGazetteer } from "../../src/places/gazetteer.ts";

const HEADER = "name\talt\tkind\tcountry\tadmin1\tlat\tlon\tpopulation\n";
const LIBYA = "Libya\t\tcountry\tLBY\t\t26.34\t17.23\t6900000\n";

test("the shipped gazetteer loads and resolves names and alternatives", () => {
  const g = loadGazetteer();
  const cases: [string, string, string][] = [
    ["tripoli", "Tripoli", "LBY"],
    ["kiev", "Kyiv", "UKR"],
    ["khan younis", "Khan Younis", "PSE"],
    ["deir ez zor", "Deir ez-Zor", "SYR"],
    ["gaza", "Gaza Strip", "PSE"],
    ["tigray", "Tigray", "ETH"],
    ["nagorno karabakh", "Nagorno-Karabakh", "AZE"],
    ["cabo delgado", "Cabo Delgado", "MOZ"],
    ["north kivu", "North Kivu", "COD"],
    ["ivory coast", "Côte d'Ivoire", "CIV"],
    ["us", "United States", "USA"],
  ];
  for (const [key, name, country] of cases) {
    const hits = g.lookup(key) ?? [];
    assert.ok(hits.some((e) => e.name === name && e.country === country), `${key} → ${name} ${country}`);
  }
  assert.equal(g.country("LBY")?.name, "Libya");
  assert.ok(g.maxPhraseWords >= 3);
  assert.equal(g.lookup("atlantis"), undefined);
});

test("every country row is found by its ISO code", () => {
  const g = loadGazetteer();
  for (const iso3 of ["AFG", "SYR", "PSE", "XKX", "SSD", "USA", "GBR", "RUS", "UKR", "COD", "COG"]) {
    assert.equal(g.country(iso3)?.kind, "country", iso3);
  }
});

test("parseGazetteer rejects bad rows with FILE:LINE", () => {
  const cases: [string, string, RegExp][] = [
    ["lat out of range", `${HEADER}${LIBYA}Tripoli\t\tcity\tLBY\tTripoli\t132.89\t13.19\t1\n`, /c\.tsv:3: lat 132\.89/],
    ["lon out of range", `${HEADER}${LIBYA}Tripoli\t\tcity\tLBY\tTripoli\t32.89\t-190\t1\n`, /c\.tsv:3: lon -190/],
    ["bad iso3", `${HEADER}${LIBYA}Tripoli\t\tcity\tLby\tTripoli\t32.89\t13.19\t1\n`, /c\.tsv:3: country "Lby"/],
    ["unknown country", `${HEADER}${LIBYA}Tripoli\t\tcity\tLBN\tNorth\t34.44\t35.83\t1\n`, /c\.tsv:3: country LBN has no/],
    ["bad kind", `${HEADER}${LIBYA}Tripoli\t\ttown\tLBY\tTripoli\t32.89\t13.19\t1\n`, /c\.tsv:3: kind "town"/],
    ["city without admin1", `${HEADER}${LIBYA}Tripoli\t\tcity\tLBY\t\t32.89\t13.19\t1\n`, /c\.tsv:3: a city row needs/],
    ["not a number", `${HEADER}${LIBYA}Tripoli\t\tcity\tLBY\tTripoli\tnorth\t13.19\t1\n`, /c\.tsv:3: lat "north"/],
    ["duplicate", `${HEADER}${LIBYA}${LIBYA}`, /c\.tsv:3: duplicate country "Libya"/],
    ["missing column", "name\tkind\tcountry\tlat\nLibya\tcountry\tLBY\t26\n", /c\.tsv:1: header lacks column\(s\) lon/],
    ["too many cells", `${HEADER}${LIBYA}a\tb\tc\td\te\tf\tg\th\ti\n`, /c\.tsv:3: expected at most 8 columns/],
  ];
  for (const [label, text, pattern] of cases) {
    const result = parseGazetteer({ "c.tsv": text });
    assert.equal(result.ok, false, label);
    if (!result.ok) {
      assert.match(result.error.message, pattern, label);
      assert.equal(result.error.code, "gazetteer_invalid");
    }
  }
});

test("parseGazetteer skips comments and blank lines and indexes every alternative", () => {
  const text = `# places\n${HEADER}\n${LIBYA}# a city\nTripoli\tTarabulus|Tripoli, Libya\tcity\tLBY\tTripoli\t32.89\t13.19\t1170000\n`;
  const result = parseGazetteer({ "c.tsv": text });
  assert.ok(result.ok);
  if (!result.ok) return;
  for (const key of ["tripoli", "tarabulus", "tripoli libya"]) assert.equal(result.value.lookup(key)?.[0]?.lat, 32.89, key);
  assert.equal(result.value.maxPhraseWords, 2);
  assert.equal(result.value.country("LBY")?.admin1, null);
});
