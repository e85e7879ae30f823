import { test } from "node:test";
import assert from "node:assert/strict";
import type { Doc } from "../../src/doc.ts";
import { findDates, resolveDate } from "../../src/language/dates.ts";
import { datesStage } from "../../src/language/dates-stage.ts";
import { languageStage } from "../../src/language/stage.ts";
import { clauseTense, isFutureClause } from "../../src/language/tense.ts";
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

/** Publication date: Thursday 3 December 2026, late in the year, so past and future months fall in different years. */
const DECEMBER = new Date(Date.UTC(2026, 11, 3));

/** [sentence, publication date, ISO date]: a yearless month or day is placed by the tense of its own clause. */
const TENSE_CASES: ReadonlyArray<readonly [string, Date, string]> = [
  ["Talks will resume in January.", DECEMBER, "2027-01-01"],
  ["The two sides agreed to meet again in January.", DECEMBER, "2027-01-01"],
  ["Elections are expected in January.", DECEMBER, "2027-01-01"],
  ["Negotiators plan to meet in Geneva in January.", DECEMBER, "2027-01-01"],
  ["Talks resumed in January.", DECEMBER, "2026-01-01"],
  ["The offensive began in January and will end in March.", DECEMBER, "2026-01-01"],
  ["Sudan's army retook the town in March.", DECEMBER, "2026-03-01"],
  ["The vote, scheduled for January, was postponed.", DECEMBER, "2027-01-01"],
  ["Envoys met in December.", DECEMBER, "2026-12-01"],
  ["Envoys will meet again in December.", DECEMBER, "2026-12-01"],
  ["The ceasefire was signed on April 9.", DECEMBER, "2026-04-09"],
  ["The ceasefire will be signed on April 9.", DECEMBER, "2027-04-09"],
  ["The talks collapsed on December 10.", DECEMBER, "2025-12-10"],
  ["The talks will open on December 10.", DECEMBER, "2026-12-10"],
  ["The talks opened on December 3.", DECEMBER, "2026-12-03"],
  ["The talks open on December 3.", DECEMBER, "2026-12-03"],
  ["On April 9, rebels shelled the port.", REF, "2019-04-09"],
  ["A truce signed on April 9 collapsed within days.", REF, "2019-04-09"],
  ["The ceasefire will be signed on April 9.", REF, "2020-04-09"],
  ["Talks are scheduled for January 10.", REF, "2021-01-10"],
  ["Talks begin on April 9.", REF, "2020-04-09"],
  ["The mediator said the vote would be held on February 29.", REF, "2020-02-29"],
  ["The mediator recalled that the truce was agreed on February 29.", REF, "2016-02-29"],
];
for (const [sentence, published, date] of TENSE_CASES) {
  test(`a yearless date takes its year from the clause's tense: ${sentence} (${published.toISOString().slice(0, 10)})`, () => {
    assert.equal(resolveDate(sentence, published)?.date, date);
  });
}

/** An amount of time that measures something ("two months of negotiations") is a duration, not a date. */
const DURATION_CASES: readonly string[] = [
  "In two months of negotiations the sides agreed on nothing.",
  "The deal came in two months of negotiations.",
  "Mediators achieved little in three weeks of talks.",
  "The town fell in four days of fighting.",
];
for (const sentence of DURATION_CASES) {
  test(`a duration followed by "of" is not a date: ${sentence}`, () => {
    assert.deepEqual(findDates(sentence, DECEMBER), []);
  });
}

test("an amount of time without 'of' is still a date ahead of publication", () => {
  assert.deepEqual(resolveDate("The mission ends in two months.", DECEMBER), { date: "2027-02-01", precision: "month" });
});

/** [sentence, the date phrase in it, tense] */
const CLAUSE_TENSES: ReadonlyArray<readonly [string, string, string]> = [
  ["Talks will resume in January.", "January", "future"],
  ["The truce was signed on April 9.", "April 9", "past"],
  ["The ceasefire will be signed on April 9.", "April 9", "future"],
  ["Both sides agreed to meet in January.", "January", "future"],
  ["He said on Monday that talks will resume on Friday.", "on Monday", "past"],
  ["He said on Monday that talks will resume on Friday.", "on Friday", "future"],
  ["On April 9, rebels shelled the port.", "April 9", "past"],
  ["Mohammed Ahmed arrives on April 9.", "April 9", "unknown"],
  ["Talks open on April 9.", "April 9", "unknown"],
];
for (const [sentence, phrase, tense] of CLAUSE_TENSES) {
  test(`clauseTense reads the nearest verb: "${phrase}" in ${sentence}`, () => {
    const start = sentence.indexOf(phrase);
    assert.equal(clauseTense(sentence, start, start + phrase.length), tense);
  });
}
