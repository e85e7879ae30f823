// The parts of a pasted page's header, one at a time: bylines, datelines, headline shapes (issue 10). Names and
// outlets are made up.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readByline } from "../../src/read/byline.ts";
import { datePart, readDateline } from "../../src/read/dateline.ts";
import { looksLikeHeadline } from "../../src/read/headline.ts";

const at = (line: string, span: readonly [number, number] | null): string | null => span === null ? null : line.slice(span[0], span[1]);

/** [byline, author, outlet, date] */
const BYLINES: [string, string | null, string | null, string | null][] = [
  ["By Jane Roe", "Jane Roe", null, null],
  ["BY JANE ROE", "JANE ROE", null, null],
  ["By: Jane Roe", "Jane Roe", null, null],
  ["By Jane Roe and Amal Stone", "Jane Roe and Amal Stone", null, null],
  ["By Jane Roe & Amal Stone", "Jane Roe & Amal Stone", null, null],
  ["By Jane Roe, Amal Stone and Omar Said", "Jane Roe, Amal Stone and Omar Said", null, null],
  ["By Jane Roe, Reuters", "Jane Roe", "Reuters", null],
  ["By Jane Roe and Amal Stone, Harbour Courier", "Jane Roe and Amal Stone", "Harbour Courier", null],
  ["By Jane Roe for the Harbour Courier", "Jane Roe", "Harbour Courier", null],
  ["By Jane Roe, Senior Correspondent, The Example Herald", "Jane Roe", "The Example Herald", null],
  ["By Jane Roe | Staff Writer | November 30, 2026", "Jane Roe", null, "2026-11-30"],
  ["By Jane Roe, Harbour Courier, 2026-11-30", "Jane Roe", "Harbour Courier", "2026-11-30"],
  ["By Jane Roe on Mon 30 Nov 2026", "Jane Roe", null, "2026-11-30"],
  ["By Ahmed al-Mismari and Ana de la Cruz", "Ahmed al-Mismari and Ana de la Cruz", null, null],
  ["By J. R. Stone", "J. R. Stone", null, null],
  ["By Reuters", null, "Reuters", null],
  ["By Reuters Staff", null, "Reuters", null],
  ["Written by Jane Roe", "Jane Roe", null, null],
];

for (const [line, author, outlet, date] of BYLINES) {
  test(`byline ${JSON.stringify(line)}: author ${author}, outlet ${outlet}, date ${date}`, () => {
    const b = readByline(line);
    assert.ok(b !== null, "read as a byline");
    assert.equal(at(line, b.author), author);
    assert.equal(at(line, b.outlet), outlet);
    assert.equal(b.dates[0]?.date ?? null, date);
  });
}

/** Lines that start with "By" and are sentences, not bylines. */
const NOT_BYLINES = [
  "By the time the convoy arrived, the truce had collapsed.",
  "By Monday, fighting had resumed in the north",
  "By then both sides had withdrawn",
  "By most accounts the talks went well",
  "Bystanders said the shelling began at dawn",
  "The ceasefire was brokered by Qatar",
];
for (const line of NOT_BYLINES) test(`no byline: ${JSON.stringify(line)}`, () => assert.equal(readByline(line), null));

/** [dateline, outlet, date, kind] */
const DATELINES: [string, string | null, string, "published" | "updated"][] = [
  ["Harbour Courier, November 30, 2026", "Harbour Courier", "2026-11-30", "published"],
  ["The Example Herald, Nov. 30, 2026", "The Example Herald", "2026-11-30", "published"],
  ["November 30, 2026", null, "2026-11-30", "published"],
  ["30 Nov 2026", null, "2026-11-30", "published"],
  ["30 November 2026", null, "2026-11-30", "published"],
  ["2026-11-30", null, "2026-11-30", "published"],
  ["Updated 3:41 PM EST, Mon November 30, 2026", null, "2026-11-30", "updated"],
  ["Published 9:05 a.m. GMT, Monday, November 30, 2026", null, "2026-11-30", "published"],
  ["Posted on November 30, 2026 at 3:41 pm", null, "2026-11-30", "published"],
  ["Mon 30 Nov 2026 14.05 GMT", null, "2026-11-30", "published"],
  ["Sahel and Sea Review · 30 Nov 2026 · 5 min read", "Sahel and Sea Review", "2026-11-30", "published"],
  ["Harbour Courier | 2026-11-30", "Harbour Courier", "2026-11-30", "published"],
  ["First published 2 December 2026", null, "2026-12-02", "published"],
];
for (const [line, outlet, date, kind] of DATELINES) {
  test(`dateline ${JSON.stringify(line)}: outlet ${outlet}, ${kind} ${date}`, () => {
    const d = readDateline(line);
    assert.ok(d !== null, "read as a dateline");
    assert.equal(at(line, d.outlet), outlet);
    assert.equal(d.dates[0]?.date, date);
    assert.equal(d.dates[0]?.kind, kind);
  });
}

test("a dateline with a publication and an update gives both, each with its kind and span", () => {
  const line = "Published 30 Nov 2026 · Updated 1 Dec 2026";
  const d = readDateline(line);
  assert.deepEqual(d?.dates.map((x) => [x.kind, x.date, line.slice(x.start, x.end)]), [
    ["published", "2026-11-30", "30 Nov 2026"], ["updated", "2026-12-01", "1 Dec 2026"],
  ]);
});

/** Lines that hold a date but are not datelines. */
const NOT_DATELINES = [
  "November 30, 2026 was the day the truce took effect.",
  "The talks ended on November 30, 2026",
  "November 2026",
  "February 30, 2026",
  "Rebels agree truce",
  "Updated",
];
for (const line of NOT_DATELINES) test(`no dateline: ${JSON.stringify(line)}`, () => assert.equal(readDateline(line), null));

test("datePart gives the phrase without its Published/Updated word", () => {
  const text = "Updated 3:41 PM EST, Mon November 30, 2026";
  const d = datePart(text);
  assert.equal(d && text.slice(d.start, d.end), "3:41 PM EST, Mon November 30, 2026");
});

/** [line, has a headline's shape] */
const HEADLINES: [string, boolean][] = [
  ["Rebels and army agree truce in Northland", true],
  ["Northland: rebels and army agree truce after three days of talks", true],
  ["Gen. Stone rejects truce, vows to fight on", true],
  ["Will the truce hold?", true],
  ["“We are tired of war”", true],
  ["3 killed as shelling resumes near Rivertown", true],
  ["Rebels and army agreed a truce on Sunday, mediators said.", false],
  ["The talks failed. Fighting resumed on Monday", false],
  ["the truce held overnight", false],
  ["Talks continued on Monday, and", false],
  ["x", false],
  ["A".repeat(30) + " " + "word ".repeat(40), false],
];
for (const [line, shape] of HEADLINES) test(`headline shape of ${JSON.stringify(line.slice(0, 50))}: ${shape}`, () => assert.equal(looksLikeHeadline(line), shape));
