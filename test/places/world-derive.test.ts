import { test } from "node:test";
import assert from "node:assert/strict";
import { parseGazetteer } from "../../src/places/gazetteer.ts";
import { deriveWorld, type SourceCity } from "../../src/places/world/derive.ts";
import { checkWorld, formatWorld } from "../../src/places/world/format.ts";
import { compileWorld } from "../../src/places/world/compile.ts";

// A made-up corner of the world: our table knows Ostria (country), the city of Varna in its Lowlands division and
// the Hills division; the package lists Varna again, two towns of the same GeoNames division, a namesake abroad,
// a section of a city, a town twice, and a place in a country our table lacks.
const HAND = [
  "name\talt\tkind\tcountry\tadmin1\tlat\tlon\tpopulation",
  "Ostria\t\tcountry\tOST\t\t45.00\t20.00\t5000000",
  "Belmark\t\tcountry\tBLM\t\t50.00\t10.00\t8000000",
  "Varna\t\tcity\tOST\tLowlands\t45.10\t20.10\t300000",
  "Hills\tHills Province\tadmin1\tOST\t\t46.00\t21.00\t900000",
].join("\n");
const hand = (() => {
  const r = parseGazetteer({ "hand.tsv": HAND });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
})();
const city = (name: string, country2: string, adminCode: string, population: number, lat: number, lon: number, feature = "PPL"): SourceCity =>
  ({ name, country2, feature, adminCode, population, lat, lon });
const CITIES: SourceCity[] = [
  city("Varna", "OS", "07", 298000, 45.11, 20.09, "PPLA"),
  city("Dolna", "OS", "07", 12000, 45.30, 20.30),
  city("Reading", "OS", "07", 4000, 45.20, 20.50),
  city("Dolna", "BM", "02", 50000, 50.10, 10.20),
  city("Old Quarter", "OS", "07", 20000, 45.10, 20.11, "PPLX"),
  city("Gorna", "OS", "03", 8000, 45.90, 20.90),
  city("Gorna", "OS", "03", 8100, 45.91, 20.91),
  city("Elsewhere", "ZZ", "01", 9000, 10.00, 10.00),
];
const SUBDIVISIONS = [
  { code: "OS-07", country2: "OS", name: "Lowlands", type: "Region" },
  { code: "OS-03", country2: "OS", name: "Hills", type: "Province" },
  { code: "OS-09", country2: "OS", name: "Marsh", type: "Region" },
];
const derived = deriveWorld({
  cities: CITIES, subdivisions: SUBDIVISIONS, alpha2To3: new Map([["OS", "OST"], ["BM", "BLM"]]),
  commonWords: new Set(["reading"]), hand,
});
const row = (name: string, country: string) => derived.rows.find((r) => r.name === name && r.country === country);

test("world derivation leaves out what our table lists and what is not a populated place (table)", () => {
  const cases: [string, string, boolean][] = [
    ["Varna", "OST", false], // ours, 1.3 km away
    ["Old Quarter", "OST", false], // PPLX: a section of a city
    ["Elsewhere", "ZZZ", false], // a country our table lacks
    ["Dolna", "OST", true],
    ["Dolna", "BLM", true],
  ];
  for (const [name, country, kept] of cases) assert.equal(row(name, country) !== undefined, kept, `${name} ${country}`);
  assert.equal(derived.rows.filter((r) => r.name === "Gorna").length, 1, "a town listed twice is one place");
  assert.equal(derived.skipped["in our table"], 1);
  assert.equal(derived.skipped["feature PPLX"], 1);
});

test("world derivation names a town's division after our own city in the same GeoNames division", () => {
  assert.equal(row("Dolna", "OST")?.admin1, "Lowlands");
  assert.equal(row("Dolna", "BLM")?.admin1, "", "no city of ours in that division: unknown, not guessed");
});

test("world derivation marks names that are common English words", () => {
  assert.equal(row("Reading", "OST")?.common, true);
  assert.equal(row("Dolna", "OST")?.common, false);
});

test("world derivation adds ISO subdivisions it can place and our table lacks", () => {
  const lowlands = row("Lowlands", "OST");
  assert.equal(lowlands?.kind, "admin1");
  assert.deepEqual(lowlands?.alt, ["Lowlands Region"]);
  assert.ok(lowlands && Math.abs(lowlands.lat - 45.2) < 0.2, "placed at the mean of the towns said to lie in it");
  assert.equal(row("Hills", "OST"), undefined, "ours already");
  assert.equal(row("Marsh", "OST"), undefined, "no town to place it by");
});

test("the derived file round-trips through the compiled index, alternatives and prefixes included", () => {
  const text = formatWorld(derived.rows, "test-sources");
  assert.ok(checkWorld(text, "test-sources").ok);
  const compiled = compileWorld(text, "test-sources", hand);
  assert.ok(compiled.ok);
  if (!compiled.ok) return;
  const w = compiled.value;
  assert.deepEqual(w.lookup("dolna")?.map((e) => e.country).sort(), ["BLM", "OST"]);
  assert.equal(w.lookup("lowlands region")?.[0]?.kind, "admin1");
  assert.equal(w.lookup("reading")?.[0]?.common, true);
  assert.equal(w.lookup("varna"), undefined);
  assert.equal(w.isPrefix?.("lowlands"), true);
  assert.equal(w.isPrefix?.("old"), false);
  assert.equal(w.country("OST")?.name, "Ostria");
});

test("a derived file with a bad line, a wrong order or stale sources is refused with its line (table)", () => {
  const good = formatWorld(derived.rows, "v1").split("\n");
  const cases: [string, string, string, RegExp][] = [
    ["stale sources", good.join("\n"), "v2", /line 1: expected "# parley-world-places 2 v2"/],
    ["bad population", [...good.slice(0, 2), good[2]!.replace(/\t\d+\t/, "\tmany\t"), ...good.slice(3)].join("\n"), "v1", /line 3: population "many"/],
    ["bad kind", [...good.slice(0, 3), good[3]!.replace(/\t(city|admin1)\t/, "\ttown\t"), ...good.slice(4)].join("\n"), "v1", /line 4: kind "town"/],
    ["out of order", [good[0], good[1], good.at(-2), ...good.slice(2, -2), ""].join("\n"), "v1", /line 4: key ".*" sorts before/],
  ];
  for (const [label, text, sources, pattern] of cases) {
    const r = checkWorld(text, sources);
    assert.equal(r.ok, false, label);
    if (!r.ok) assert.match(r.error.message, pattern, label);
  }
  assert.equal(compileWorld(good.join("\n"), "v2", hand).ok, false, "the loader refuses stale sources too");
});
