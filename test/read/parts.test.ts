import { test } from "node:test";
import assert from "node:assert/strict";
import { htmlDepth } from "../../src/read/checks.ts";
import { judgeEnglish } from "../../src/read/english.ts";
import { stripMarkdown } from "../../src/read/markdown.ts";
import { toParagraphs } from "../../src/read/normalize.ts";
import { normaliseDate } from "../../src/read/published.ts";

const DATES: ReadonlyArray<readonly [string | null, string | null]> = [
  ["2020-01-13", "2020-01-13"],
  ["2020-01-13T23:30:00-05:00", "2020-01-13"],
  ["20200113", "2020-01-13"],
  ["2020/1/13", "2020-01-13"],
  ["January 13, 2020", "2020-01-13"],
  ["13 Jan 2020", "2020-01-13"],
  ["Mon, 13 Jan 2020 08:00:00 GMT", "2020-01-13"],
  ["2020-02-30", null],
  ["January 2020", null],
  ["", null],
  [null, null],
];
for (const [written, iso] of DATES) test(`normaliseDate(${JSON.stringify(written)})`, () => assert.equal(normaliseDate(written), iso));

const MARKDOWN: ReadonlyArray<readonly [string, string]> = [
  ["## Talks resume ##", "Talks resume"],
  ["- **Gen.** [Haftar](https://x.example) said", "Gen. Haftar said"],
  ["1. First point", "First point"],
  ["> Quoted _text_ here", "Quoted text here"],
  ["![map](https://x.example/m.png) The map shows it", "The map shows it"],
  ["snake_case_name and 2*3*4 stay", "snake_case_name and 2*3*4 stay"],
  ["---", ""],
];
for (const [line, text] of MARKDOWN) test(`stripMarkdown(${JSON.stringify(line)})`, () => assert.equal(stripMarkdown(line).text, text));

test("stripMarkdown measures link text", () => assert.equal(stripMarkdown("[All of it](https://x.example)").linkShare, 1));

test("toParagraphs: blank lines split, hard wraps join, sentence ends keep lines apart", () => {
  assert.deepEqual(toParagraphs("One line\nwrapped here.\n\n\nNext.\nSeparate line."), ["One line wrapped here.", "Next.", "Separate line."]);
});

test("htmlDepth counts nesting, not void tags", () => {
  assert.equal(htmlDepth("<div><p>x<br><img src=a></p><p/></div>"), 2);
  assert.equal(htmlDepth("<!doctype html><html><body><div></div></body></html>"), 3);
});

test("judgeEnglish", () => {
  assert.equal(judgeEnglish("The envoy said that the talks would resume in the capital after the holiday, and he was hopeful.").english, true);
  assert.equal(judgeEnglish("Die Gespräche sollen nach dem Feiertag in der Hauptstadt fortgesetzt werden, sagte der Gesandte gestern Abend nach einem langen Treffen mit den Vertretern beider Seiten.").english, false);
});
