// Feed dates: impossible days (30 February) and years past 9999 leave an item undated instead of rolling over
// to another day or producing a string that is no YYYY-MM-DD date ("+099999-01").
import { test } from "node:test";
import assert from "node:assert/strict";
import { feedDate } from "../../src/ingest/sources/feed.ts";

/** [as written in a feed, the date it gives] */
const CASES: [string, string | null][] = [
  ["Tue, 30 Feb 2021 10:00:00 GMT", null],
  ["2021-02-30", null],
  ["2021-13-01T00:00:00Z", null],
  ["Mon, 01 Jan 99999 00:00:00 GMT", null],
  ["99999-01-01", null],
  ["-000001-01-01T00:00:00Z", null],
  ["Sat, 29 Feb 2020 10:00:00 GMT", "2020-02-29"],
  ["Mon, 13 Jan 2020 23:30:00 -0500", "2020-01-14"],
  ["2020-01-13T08:00:00Z", "2020-01-13"],
  ["13 January 2020", "2020-01-13"],
];

test("feed dates are real days between years 1 and 9999, or null", async (t) => {
  for (const [written, date] of CASES) await t.test(written, () => assert.equal(feedDate(written), date));
});
