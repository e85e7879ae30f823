import { test } from "node:test";
import assert from "node:assert/strict";
import { loadKnowledgeBase } from "../../src/actors/kb/load.ts";
import { phraseKey } from "../../src/actors/kb/key.ts";
import { parseTsv } from "../../src/actors/kb/parse-tsv.ts";
import type { KbEntry } from "../../src/resources.ts";

const kb = loadKnowledgeBase();

// [phrase as written in an article, expected kind, expected code, extra check]
const LOOKUPS: readonly [string, KbEntry["kind"], string, Partial<KbEntry>?][] = [
  ["Russian", "demonym", "RUS", { name: "Russia", country: "RUS" }],
  ["Russians", "demonym", "RUS"],
  ["Russia", "country", "RUS", { actorKind: "state" }],
  ["Moscow", "capital", "RUS"],
  ["U.S.", "country", "USA"],
  ["United States of America", "country", "USA"],
  ["Palestinians", "demonym", "PSE"],
  ["Kosovo", "country", "XKX"],
  ["Taiwan", "country", "TWN"],
  ["Western Sahara", "country", "ESH"],
  ["Côte d'Ivoire", "country", "CIV"],
  ["Erdoğan", "person", "TURGOV", { country: "TUR", actorKind: "person" }],
  ["Recep Tayyip Erdogan", "person", "TURGOV"],
  ["Khalifa Haftar", "person", "LBYMIL", { country: "LBY" }],
  ["Fayez al-Sarraj", "person", "LBYGOV"],
  ["Guterres", "person", "IGOUNO"],
  ["Hemedti", "person", "SDNREB"],
  ["foreign minister", "agent", "GOV", { personal: true, country: null }],
  ["Foreign Ministers", "agent", "GOV", { personal: true }],
  ["troops", "agent", "MIL", { actorKind: "military" }],
  ["army", "agent", "MIL", { personal: false, actorKind: "military" }],
  ["protesters", "agent", "OPP"],
  ["refugees", "agent", "REF"],
  ["LNA", "group", "LBYMIL", { country: "LBY", actorKind: "military" }],
  ["Libyan National Army", "group", "LBYMIL"],
  ["the Kremlin", "group", "RUSGOV"],
  ["Pentagon", "group", "USAMIL"],
  ["Hamas", "group", "PSEREB", { actorKind: "rebel" }],
  ["Hezbollah", "group", "LBNREB"],
  ["Houthis", "group", "YEMREB"],
  ["ISIL", "group", "IMGMUSISI", { country: null }],
  ["Al-Qaeda", "group", "IMGMOSALQ"],
  ["Rapid Support Forces", "group", "SDNREB"],
  ["Tatmadaw", "group", "MMRMIL"],
  ["NATO", "igo", "IGOWSTNAT", { actorKind: "igo" }],
  ["European Union", "igo", "IGOEUREEC"],
  ["U.N. Security Council", "igo", "IGOUNO"],
  ["African Union", "igo", "IGOAFRAFU"],
  ["Arab League", "igo", "IGOMEAARL"],
  ["Red Cross", "ngo", "NGOHLHIRC", { actorKind: "ngo" }],
  ["Médecins Sans Frontières", "ngo", "NGOHLHMSF"],
];

for (const [phrase, kind, code, extra] of LOOKUPS) {
  test(`lookup "${phrase}" → ${kind} ${code}`, () => {
    const entries = kb.lookup(phraseKey(phrase));
    assert.ok(entries, `no entries for key "${phraseKey(phrase)}"`);
    const hit = entries.find((e) => e.kind === kind && e.code === code);
    assert.ok(hit, `got ${entries.map((e) => `${e.kind}:${e.code}`).join(", ")}`);
    for (const [field, value] of Object.entries(extra ?? {})) {
      assert.equal(hit[field as keyof KbEntry], value, field);
    }
  });
}

test("a person with several roles returns one entry per role, with dates", () => {
  const roles = kb.lookup("haniyeh") ?? [];
  assert.deepEqual(roles.map((e) => [e.code, e.from, e.to]), [
    ["PSEGOV", "2006-03-29", "2007-06-14"],
    ["PSEREB", "2007-06-14", "2024-07-31"],
  ]);
});

test("an ambiguous surname returns every bearer", () => {
  const names = new Set((kb.lookup("bush") ?? []).map((e) => e.name));
  assert.deepEqual([...names].sort(), ["George H. W. Bush", "George W. Bush"]);
});

test("unknown keys return undefined", () => {
  assert.equal(kb.lookup("atlantis"), undefined);
});

// [key, acronym-only?]
const ACRONYMS: readonly [string, boolean][] = [["us", true], ["who", true], ["is", true], ["car", true], ["lna", true], ["russia", false], ["erdogan", false]];
for (const [key, expected] of ACRONYMS) {
  test(`isAcronym("${key}") is ${expected}`, () => assert.equal(kb.isAcronym?.(key), expected));
}

test("countries: every ISO alpha-3 code is reachable and the list is complete", () => {
  assert.ok(kb.countries.length >= 249, `${kb.countries.length} countries`);
  assert.equal(kb.country("LBY")?.name, "Libya");
  assert.equal(kb.country("XKX")?.iso2, "XK");
  assert.equal(kb.country("ZZZ"), undefined);
});

test("maxPhraseWords bounds every key", () => {
  assert.ok(kb.maxPhraseWords >= 5 && kb.maxPhraseWords <= 20, String(kb.maxPhraseWords));
});

test("entries are frozen", () => {
  const entry = kb.lookup("russia")![0]!;
  assert.ok(Object.isFrozen(entry));
  assert.ok(Object.isFrozen(kb.lookup("russia")));
});

test("parseTsv skips comments and blank lines and keeps line numbers", () => {
  const t = parseTsv("x.tsv", "# a comment\n\na\tb\n# another\n1\t2\n", ["a", "b"]);
  assert.deepEqual(t.problems, []);
  assert.deepEqual(t.rows, [{ line: 5, cells: { a: "1", b: "2" } }]);
});
