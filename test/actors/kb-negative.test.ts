import { test } from "node:test";
import assert from "node:assert/strict";
import { loadKnowledgeBase, parseKnowledgeBase } from "../../src/actors/kb/load.ts";

const COUNTRIES = [
  "# a small world for tests",
  "iso3\tiso2\tname\tnames\tdemonyms\tcapitals",
  "LBY\tLY\tLibya\tState of Libya\tLibyan|Libyans\tTripoli",
  "TUR\tTR\tTurkey\tTürkiye\tTurkish|Turks\tAnkara",
].join("\n");

const header = {
  "igos.tsv": "code\tname\tnames\tkind\tcountry",
  "agents.tsv": "words\tcode\tkind\tpersonal",
  "institutions.tsv": "name\tnames\tcode\tkind\tcountry",
  "people.tsv": "name\tnames\tcode\tcountry\tfrom\tto",
} as const;

/** a files record with countries plus one other file of header + lines */
function files(name: keyof typeof header, ...lines: string[]): Record<string, string> {
  return { "countries.tsv": COUNTRIES, [name]: [header[name], ...lines].join("\n") };
}

test("a small, valid set parses", () => {
  const r = parseKnowledgeBase({
    ...files("people.tsv", "Khalifa Haftar\tHaftar\tLBYMIL\tLBY\t2014-05-16\t"),
    "agents.tsv": `${header["agents.tsv"]}\nforeign minister|foreign ministers\tGOV\tgovernment\tyes`,
  });
  assert.ok(r.ok, r.ok ? "" : r.error.message);
  assert.equal(r.value.lookup("haftar")?.[0]?.code, "LBYMIL");
  assert.equal(r.value.lookup("libyans")?.[0]?.kind, "demonym");
  assert.equal(r.value.lookup("foreign ministers")?.[0]?.personal, true);
});

// [what is wrong, files, expected FILE:LINE, a fragment of the message]
const BAD: readonly [string, Record<string, string>, string, string][] = [
  ["actor code of two letters", files("people.tsv", "Someone\t\tLB\tLBY\t\t"), "people.tsv:2", 'actor code "LB"'],
  ["actor code of five letters", files("institutions.tsv", "Army\t\tLBYMI\tmilitary\tLBY"), "institutions.tsv:2", 'actor code "LBYMI"'],
  ["unknown country root", files("people.tsv", "Someone\t\tXYZGOV\t\t\t"), "people.tsv:2", 'unknown root "XYZ"'],
  ["unknown country column", files("igos.tsv", "IGOUNO\tUnited Nations\tUN\tigo\tQQQ"), "igos.tsv:2", 'country "QQQ"'],
  ["code and country disagree", files("people.tsv", "Someone\t\tLBYGOV\tTUR\t\t"), "people.tsv:2", "belongs to LBY"],
  ["month 13", files("people.tsv", "Someone\t\tLBYGOV\tLBY\t2020-13-01\t"), "people.tsv:2", 'date "2020-13-01"'],
  ["30 February", files("people.tsv", "Someone\t\tLBYGOV\tLBY\t\t2021-02-30"), "people.tsv:2", "not a calendar day"],
  ["date in another shape", files("people.tsv", "Someone\t\tLBYGOV\tLBY\t16/05/2014\t"), "people.tsv:2", "not YYYY-MM-DD"],
  ["from after to", files("people.tsv", "Someone\t\tLBYGOV\tLBY\t2020-01-02\t2020-01-01"), "people.tsv:2", "is after to"],
  ["too few columns", files("people.tsv", "Someone\tLBYGOV\tLBY"), "people.tsv:2", "3 columns, expected 6"],
  ["too many columns", files("agents.tsv", "army\tMIL\tmilitary\tno\textra"), "agents.tsv:2", "5 columns, expected 4"],
  ["unknown agent code", files("agents.tsv", "army\tXXX\tmilitary\tno"), "agents.tsv:2", 'unknown part "XXX"'],
  ["personal not yes/no", files("agents.tsv", "army\tMIL\tmilitary\tmaybe"), "agents.tsv:2", 'personal "maybe"'],
  ["unknown actor kind", files("institutions.tsv", "Army\t\tLBYMIL\tsoldiers\tLBY"), "institutions.tsv:2", 'kind "soldiers"'],
  ["igo kind", files("igos.tsv", "IGOUNO\tUnited Nations\tUN\tstate\t"), "igos.tsv:2", "not igo or ngo"],
  ["empty alternative", files("igos.tsv", "IGOUNO\tUnited Nations\tUN||U.N.\tigo\t"), "igos.tsv:2", "empty alternative"],
  ["form without letters", files("igos.tsv", "IGOUNO\tUnited Nations\t--\tigo\t"), "igos.tsv:2", "no letters or digits"],
  ["wrong header", { "countries.tsv": COUNTRIES, "people.tsv": "name\tcode\nA\tLBY" }, "people.tsv:1", "header is"],
  ["unknown file", { "countries.tsv": COUNTRIES, "verbs.tsv": "x" }, "verbs.tsv:1", "unknown file"],
  ["missing countries", { "people.tsv": header["people.tsv"] }, "countries.tsv:1", "file is missing"],
  ["repeated country", { "countries.tsv": `${COUNTRIES}\nLBY\tLX\tLibya again\t\t\t` }, "countries.tsv:5", "repeats line 3"],
];

for (const [what, input, where, fragment] of BAD) {
  test(`rejects ${what} at ${where}`, () => {
    const r = parseKnowledgeBase(input);
    assert.equal(r.ok, false);
    if (r.ok) return;
    assert.equal(r.error.code, "kb_invalid");
    const line = r.error.message.split("\n").find((l) => l.startsWith(`${where}: `));
    assert.ok(line, `no problem at ${where} in:\n${r.error.message}`);
    assert.ok(line.includes(fragment), `"${line}" lacks "${fragment}"`);
  });
}

test("every problem is reported, not just the first", () => {
  const r = parseKnowledgeBase(files("people.tsv", "A\t\tLB\tLBY\t\t", "B\t\tLBYGOV\tLBY\t2020-99-01\t", "C\tLBYGOV"));
  assert.equal(r.ok, false);
  if (r.ok) return;
  for (const where of ["people.tsv:2", "people.tsv:3", "people.tsv:4"]) assert.match(r.error.message, new RegExp(`^${where}: `, "m"));
  assert.equal(r.error.path, "people.tsv:2");
});

test("loadKnowledgeBase throws one error naming the missing files", () => {
  assert.throws(() => loadKnowledgeBase("/nonexistent/actors"), /countries\.tsv: file is missing[\s\S]*people\.tsv: file is missing/);
});
