import { test } from "node:test";
import assert from "node:assert/strict";
import { loadCodebook, quadClassOf, resolveCode, PLOVER_TYPES, isAcledPair } from "../../src/codebook/index.ts";

const codebook = loadCodebook();

type Row = [code: string, name: string, goldstein: number, quad: number, plover: string | null,
  mode: string | null, acled: string | null];

// acled written "Event type / Sub-event type"; our own picks are documented in data/codebook/README.md
const KNOWN: Row[] = [
  ["01", "Make public statement", 0, 1, null, null, null],
  ["010", "Make statement", 0, 1, null, null, null],
  ["016", "Deny responsibility", -5, 1, null, null, null],
  ["0256", "Appeal for de-escalation of military engagement", -0.3, 1, "REQUEST", "yield", null],
  ["036", "Express intent to meet or negotiate", 4, 1, "AGREE", null, null],
  ["042", "Make a visit", 1.9, 1, "CONSULT", "visit", null],
  ["046", "Engage in negotiation", 7, 1, "CONSULT", null, null],
  ["057", "Sign formal agreement", 8, 1, "SUPPORT", null, "Strategic developments / Agreement"],
  ["073", "Provide humanitarian aid", 7.4, 2, "AID", null, null],
  ["0841", "Return, release person(s)", 7, 2, "RETREAT", "release", "Strategic developments / Other"],
  ["0871", "Declare truce, ceasefire", 9, 2, "RETREAT", "ceasefire", "Strategic developments / Agreement"],
  ["0874", "Retreat or surrender militarily", 10, 2, "RETREAT", "disarm",
    "Strategic developments / Non-violent transfer of territory"],
  ["094", "Investigate war crimes", -2, 3, "ACCUSE", "investigate", null],
  ["1056", "Demand de-escalation of military engagement", -5, 3, "REQUEST", "yield", null],
  ["1124", "Accuse of war crimes", -2, 3, "ACCUSE", "allege", null],
  ["1246", "Refuse to de-escalate military engagement", -4, 3, "REJECT", "yield", null],
  ["1384", "Threaten conventional attack", -7, 3, "THREATEN", "violence", null],
  ["141", "Demonstrate or rally", -6.5, 4, "PROTEST", "demo", "Protests / Peaceful protest"],
  ["143", "Conduct strike or boycott", -6.5, 4, "PROTEST", "boycott", "Protests / Peaceful protest"],
  ["145", "Protest violently, riot", -7.5, 4, "PROTEST", "riot", "Riots / Violent demonstration"],
  ["154", "Mobilize or increase armed forces", -7.2, 4, "MOBILIZE", "troops", null],
  ["163", "Impose embargo, boycott, or sanctions", -8, 4, "COERCE", "restrict", null],
  ["1712", "Destroy property", -9.2, 4, "ASSAULT", "seize", "Strategic developments / Looting/property destruction"],
  ["173", "Arrest, detain, or charge with legal action", -5, 4, "COERCE", "arrest", "Strategic developments / Arrests"],
  ["175", "Use tactics of violent repression", -9, 4, "ASSAULT", null, "Protests / Excessive force against protesters"],
  ["180", "Use unconventional violence", -9, 4, "ASSAULT", null, "Violence against civilians / Attack"],
  ["181", "Abduct, hijack, or take hostage", -9, 4, "ASSAULT", "abduct",
    "Violence against civilians / Abduction/forced disappearance"],
  ["1821", "Sexually assault", -9, 4, "ASSAULT", "sexual", "Violence against civilians / Sexual violence"],
  ["1831", "Carry out suicide bombing", -10, 4, "ASSAULT", "suicide-attack", "Explosions/Remote violence / Suicide bomb"],
  ["1833", "Carry out roadside bombing", -10, 4, "ASSAULT", "explosives",
    "Explosions/Remote violence / Remote explosive/landmine/IED"],
  ["186", "Assassinate", -10, 4, "ASSAULT", "assassinate", "Violence against civilians / Attack"],
  ["19", "Fight", -10, 4, "ASSAULT", null, "Battles / Armed clash"],
  ["190", "Use conventional military force", -10, 4, "ASSAULT", null, "Battles / Armed clash"],
  ["193", "Fight with small arms and light weapons", -10, 4, "ASSAULT", "firearms", "Battles / Armed clash"],
  ["194", "Fight with artillery and tanks", -10, 4, "ASSAULT", "heavy-weapons",
    "Explosions/Remote violence / Shelling/artillery/missile attack"],
  ["195", "Employ aerial weapons", -10, 4, "ASSAULT", "heavy-weapons", "Explosions/Remote violence / Air/drone strike"],
  ["196", "Violate ceasefire", -9.5, 4, "ASSAULT", null, "Battles / Armed clash"],
  ["2041", "Use chemical, biological, or radiological weapons", -10, 4, "ASSAULT", "unconventional",
    "Explosions/Remote violence / Chemical weapon"],
];

for (const [code, name, goldstein, quad, plover, mode, acled] of KNOWN) {
  test(`codebook: ${code} ${name}`, () => {
    const e = codebook.get(code);
    assert.ok(e, `missing ${code}`);
    assert.equal(e.name, name);
    assert.equal(e.root, code.slice(0, 2));
    assert.equal(e.goldstein, goldstein);
    assert.equal(e.quadClass, quad);
    assert.equal(e.plover, plover);
    assert.equal(e.ploverMode, mode);
    assert.equal(e.acled ? `${e.acled.event_type} / ${e.acled.sub_event_type}` : null, acled);
  });
}

test("codebook: covers all twenty roots, about 310 codes, levels 2-4 digits", () => {
  assert.ok(codebook.entries.length >= 300, `only ${codebook.entries.length} codes`);
  for (let r = 1; r <= 20; r++) assert.ok(codebook.get(String(r).padStart(2, "0")), `root ${r} missing`);
  for (const e of codebook.entries) assert.match(e.code, /^\d{2,4}$/);
});

test("codebook: every entry is internally consistent", () => {
  const ploverTypes: readonly string[] = PLOVER_TYPES;
  for (const e of codebook.entries) {
    assert.equal(e.quadClass, quadClassOf(e.root), e.code);
    if (e.plover !== null) assert.ok(ploverTypes.includes(e.plover), e.code);
    else assert.ok(e.root === "01", `${e.code}: only statements lack a PLOVER type`);
    if (e.acled) assert.ok(isAcledPair(e.acled.event_type, e.acled.sub_event_type), e.code);
    if (e.code.length > 2) assert.ok(codebook.get(e.code.slice(0, -1)), `${e.code} has no parent`);
  }
});

test("codebook: get returns undefined for unknown codes", () => {
  for (const code of ["0879", "21", "1", "abc", "", "19511"]) assert.equal(codebook.get(code), undefined, code);
});

const RESOLVE: [code: string, expected: string | undefined][] = [
  ["0871", "0871"], ["0879", "087"], ["0809", "080"], ["199", "19"], ["1999", "19"], ["14", "14"],
  ["21", undefined], ["99", undefined], ["x19", undefined], ["19511", undefined], ["", undefined],
];

for (const [code, expected] of RESOLVE) {
  test(`codebook: resolve("${code}") → ${expected}`, () => {
    assert.equal(codebook.resolve(code)?.code, expected);
    assert.equal(resolveCode(codebook, code)?.code, expected);
  });
}

const QUADS: [root: string, quad: number | undefined][] = [
  ["01", 1], ["05", 1], ["06", 2], ["08", 2], ["09", 3], ["13", 3], ["14", 4], ["20", 4], ["0871", 2],
  ["00", undefined], ["21", undefined], ["1", undefined], ["ab", undefined],
];

for (const [root, quad] of QUADS) {
  test(`quadClassOf("${root}") → ${quad}`, () => assert.equal(quadClassOf(root), quad));
}

test("codebook: entries and the codebook are frozen", () => {
  assert.ok(Object.isFrozen(codebook));
  assert.ok(Object.isFrozen(codebook.entries));
  assert.ok(Object.isFrozen(codebook.entries[0]));
  assert.deepEqual(codebook.byRoot("09").map((e) => e.code), ["09", "090", "091", "092", "093", "094"]);
});
