import { test } from "node:test";
import assert from "node:assert/strict";
import type { Doc } from "../../src/doc.ts";
import { findDates, resolveDate } from "../../src/language/dates.ts";
import { datesStage } from "../../src/language/dates-stage.ts";
import { languageStage } from "../../src/language/stage.ts";
import { isFutureClause } from "../../src/language/tense.ts";
import type { Context } from "../../src/stage.ts";

/** Publication date: Wednesday 15 January 2020. */
const REF = new Date(Date.UTC(2020, 0, 15));

/** [sentence, ISO date, precision] resolved against REF; null when nothing should be found. */
const CASES: ReadonlyArray<readonly [string, string | null, string | null]> = [
  ["Rebels shelled the port on Monday.", "2020-01-13", "day"],
  ["Strikes hit the city last night.", "2020-01-14", "day"],
  ["The envoy arrived yesterday.", "2020-01-14", "day"],
  ["The truce took effect on Sunday at midnight.", "2020-01-12", "day"],
  ["The truce took effect at midnight on Sunday.", "2020-01-12", "day"],
  ["The council met on Wednesday.", "2020-01-15", "day"],
  ["Saturday's attack killed four people.", "2020-01-11", "day"],
  ["Gunmen attacked the base on Friday.", "2020-01-10", "day"],
  ["Talks will resume on Friday.", "2020-01-17", "day"],
  ["The vote is due to take place on Monday.", "2020-01-20", "day"],
  ["Both sides met on January 12.", "2020-01-12", "day"],
  ["Both sides met on January 20.", "2019-01-20", "day"],
  ["The deal was signed on 12 January 2020.", "2020-01-12", "day"],
  ["Shelling killed 12 people last week.", "2020-01-06", "week"],
  ["Talks will resume next week.", "2020-01-20", "week"],
  ["Aid arrived earlier this month.", "2020-01-01", "month"],
  ["Fighting erupted in March.", "2019-03-01", "month"],
  ["The siege began in December.", "2019-12-01", "month"],
  ["The war began in 2019.", "2019-01-01", "year"],
  ["The group has fought the army since 2011.", "2011-01-01", "year"],
  ["The mayor spoke today.", "2020-01-15", "day"],
  ["Villagers may return.", null, null],
  ["Now the talks are over.", null, null],
  ["The 1,200 soldiers left at 10.", null, null],
];
for (const [sentence, date, precision] of CASES) {
  test(`resolveDate: ${sentence}`, () => {
    const found = resolveDate(sentence, REF);
    assert.deepEqual(found, date === null ? null : { date, precision });
  });
}

test("past and future clauses in one sentence", () => {
  const text = "He said on Monday that talks will resume on Friday.";
  assert.deepEqual(findDates(text, REF).map((f) => [f.text, f.date]), [["on Monday", "2020-01-13"], ["on Friday", "2020-01-17"]]);
});

test("isFutureClause", () => {
  assert.equal(isFutureClause("Talks will resume on Friday.", 18, 27), true);
  assert.equal(isFutureClause("The talks, which began on Monday, will continue.", 23, 32), false);
});

test("without a reference only absolute dates are resolved", () => {
  const text = "On Monday, January 13, 2020 the envoy came; in March and yesterday he left; in 2019 it began.";
  assert.deepEqual(findDates(text, null).map((f) => [f.text, f.date, f.precision]), [
    ["On Monday, January 13, 2020", "2020-01-13", "day"], ["in 2019", "2019-01-01", "year"],
  ]);
});

test("the result does not depend on the process time zone (chrono reads local time)", () => {
  // Covered by running this file under different TZ values; here: a reference late in the UTC day.
  assert.deepEqual(resolveDate("last night", new Date(Date.UTC(2020, 0, 15, 23, 59))), { date: "2020-01-14", precision: "day" });
});

test("datesStage: offsets into article.text, sentence index", () => {
  const text = "Talks began in Lakeport.\nRebels shelled the port on Monday, officials said yesterday.";
  const doc: Doc = { id: "a", reference: REF, article: { title: null, author: null, source: null, published: "2020-01-15", url: null, text } };
  const ctx = {} as Context;
  const dated = datesStage.run(languageStage.run(doc, ctx), ctx);
  assert.deepEqual(datesStage.reads, ["sentences"]);
  assert.deepEqual(dated.dates?.map((d) => [d.text, text.slice(d.start, d.end), d.date, d.precision, d.sentence]), [
    ["on Monday", "on Monday", "2020-01-13", "day", 1],
    ["yesterday", "yesterday", "2020-01-14", "day", 1],
  ]);
});

test("datesStage reports corrections through the debug hook", () => {
  const text = "Gunmen attacked the base on Friday.";
  const doc: Doc = { id: "a", reference: REF, article: { title: null, author: null, source: null, published: "2020-01-15", url: null, text } };
  const messages: string[] = [];
  const ctx = { debug: (m: () => string) => messages.push(m()) } as unknown as Context;
  datesStage.run(languageStage.run(doc, ctx), ctx);
  assert.equal(messages.length, 1);
  assert.match(messages[0] ?? "", /2020-01-10/);
});
