import { test } from "node:test";
import assert from "node:assert/strict";
import { parseCodebook, CODEBOOK_COLUMNS, readCodebook } from "../../src/codebook/index.ts";

const HEADER = CODEBOOK_COLUMNS.join("\t");
// a valid prefix: root 19, its generic child, and a root-10 entry for mode tests
const BASE = [
  "19\tFight\t-10.0\t4\tASSAULT\t\tBattles\tArmed clash",
  "190\tUse conventional military force\t-10.0\t4\tASSAULT\t\tBattles\tArmed clash",
  "10\tDemand\t-5.0\t3\tREQUEST\t\t\t",
];

function book(...rows: string[]): string {
  return ["# test codebook", HEADER, ...BASE, ...rows].join("\n") + "\n";
}

test("negative: the valid base parses", () => {
  const r = parseCodebook(book());
  assert.ok(r.ok);
  assert.equal(r.value.entries.length, 3);
  assert.equal(r.value.get("10")?.acled, null);
});

// [what, bad row, expected message fragment]; the bad row is always line 6 of the file
const BAD: [string, string, RegExp][] = [
  ["code with letters", "19a\tFight\t-10.0\t4\tASSAULT\t\t\t", /code must be 2-4 digits/],
  ["five-digit code", "19511\tFight\t-10.0\t4\tASSAULT\t\t\t", /code must be 2-4 digits/],
  ["one-digit code", "9\tFight\t-10.0\t4\tASSAULT\t\t\t", /code must be 2-4 digits/],
  ["unknown root", "21\tSomething\t0.0\t4\t\t\t\t", /root 21 is not a CAMEO root/],
  ["root 00", "00\tNothing\t0.0\t1\t\t\t\t", /root 00 is not a CAMEO root/],
  ["duplicate code", "190\tAgain\t-10.0\t4\tASSAULT\t\t\t", /appears twice/],
  ["missing parent", "1951\tBomb from the air\t-10.0\t4\tASSAULT\t\t\t", /parent 195 must appear/],
  ["goldstein above 10", "191\tBlockade\t10.5\t4\tCOERCE\t\t\t", /goldstein must be a number in \[-10, 10\]/],
  ["goldstein below -10", "191\tBlockade\t-11\t4\tCOERCE\t\t\t", /goldstein/],
  ["goldstein not a number", "191\tBlockade\tlow\t4\tCOERCE\t\t\t", /goldstein/],
  ["empty goldstein", "191\tBlockade\t\t4\tCOERCE\t\t\t", /goldstein/],
  ["quad class of another root", "191\tBlockade\t-9.5\t3\tCOERCE\t\t\t", /quad_class of root 19 is 4, found "3"/],
  ["quad class out of range", "191\tBlockade\t-9.5\t5\tCOERCE\t\t\t", /quad_class/],
  ["PLOVER 0.5 name", "191\tBlockade\t-9.5\t4\tFIGHT\t\t\t", /"FIGHT" is not a PLOVER 2021 type/],
  ["lower-case PLOVER type", "191\tBlockade\t-9.5\t4\tcoerce\t\t\t", /not a PLOVER 2021 type/],
  ["mode without type", "101\tDemand cooperation\t-5.0\t3\t\tassist\t\t", /plover_mode "assist" without a plover type/],
  ["mode with spaces", "101\tDemand cooperation\t-5.0\t3\tREQUEST\tas sist\t\t", /bad plover_mode/],
  ["ACLED type unknown", "191\tBlockade\t-9.5\t4\tCOERCE\t\tWar\tArmed clash", /not an ACLED event\/sub-event pair/],
  ["ACLED sub-type of another type", "191\tBlockade\t-9.5\t4\tCOERCE\t\tRiots\tArmed clash", /ACLED/],
  ["ACLED type without sub-type", "191\tBlockade\t-9.5\t4\tCOERCE\t\tBattles\t", /ACLED/],
  ["ACLED sub-type without type", "191\tBlockade\t-9.5\t4\tCOERCE\t\t\tArmed clash", /ACLED/],
  ["too few cells", "191\tBlockade\t-9.5\t4\tCOERCE", /expected 8 tab-separated cells, found 5/],
  ["too many cells", "191\tBlockade\t-9.5\t4\tCOERCE\t\t\t\textra", /found 9/],
  ["empty name", "191\t\t-9.5\t4\tCOERCE\t\t\t", /name is empty/],
  ["padded name", "191\t Blockade\t-9.5\t4\tCOERCE\t\t\t", /padded/],
  ["spaces instead of tabs", "191 Blockade -9.5 4 COERCE", /cells/],
];

for (const [what, row, message] of BAD) {
  test(`negative: ${what}`, () => {
    const r = parseCodebook(book(row), "cb.tsv");
    assert.equal(r.ok, false);
    if (r.ok) return;
    assert.equal(r.error.code, "codebook/invalid");
    assert.equal(r.error.path, "cb.tsv:6");
    assert.match(r.error.message, /cb\.tsv:6: /);
    assert.match(r.error.message, message);
  });
}

test("negative: every bad line is reported, with its own line number", () => {
  const r = parseCodebook(book("19a\tX\t0\t4\t\t\t\t", "191\tBlockade\t-9.5\t3\tCOERCE\t\t\t", "192\tOccupy\t99\t4\t\t\t\t"), "cb.tsv");
  assert.equal(r.ok, false);
  if (r.ok) return;
  assert.match(r.error.message, /^3 invalid line\(s\) in cb\.tsv/);
  for (const line of [6, 7, 8]) assert.match(r.error.message, new RegExp(`cb\\.tsv:${line}: `));
});

test("negative: a wrong header is reported on its line", () => {
  const r = parseCodebook(["# c", "code\tname\tgoldstein", ...BASE].join("\n"), "cb.tsv");
  assert.equal(r.ok, false);
  if (!r.ok) assert.match(r.error.message, /cb\.tsv:2: header must be/);
});

test("negative: a file with only comments has no header", () => {
  const r = parseCodebook("# nothing here\n\n", "cb.tsv");
  assert.equal(r.ok, false);
  if (!r.ok) assert.match(r.error.message, /cb\.tsv:1: no header line/);
});

test("negative: CRLF line ends and a byte-order mark are accepted", () => {
  const r = parseCodebook("\uFEFF" + book().replace(/\n/g, "\r\n"));
  assert.ok(r.ok);
});

test("negative: a missing folder is an expected failure, not a throw", () => {
  const r = readCodebook("/nonexistent/parley-codebook");
  assert.equal(r.ok, false);
  if (!r.ok) assert.equal(r.error.code, "codebook/unreadable");
});
