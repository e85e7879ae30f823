// coder.code() checks its record: wrong JSON types for any field come back as an invalid_input issue naming the
// field, never as a TypeError, and records that are merely odd (extra fields, numeric ids, nulls) still code.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createCoder } from "../../src/index.ts";
import type { ArticleInput } from "../../src/types.ts";

const coder = createCoder();
const TEXT = "Egyptian mediators met Hamas leaders in Cairo on Sunday to discuss a truce in Gaza.";
// the library is typed, but JavaScript callers and parsed JSON are not
const code = (value: unknown) => coder.code(value as ArticleInput);

/** [what, record, the field the issue names ("" for the record itself)] */
const BAD: [string, unknown, string][] = [
  ["no record at all", undefined, ""],
  ["null", null, ""],
  ["a string instead of a record", TEXT, ""],
  ["an array", [TEXT], ""],
  ["no text", { id: "a" }, "text"],
  ["text is a number", { id: "a", text: 42 }, "text"],
  ["text is null", { id: "a", text: null }, "text"],
  ["text is an object", { id: "a", text: { body: TEXT } }, "text"],
  ["text is an array of lines", { id: "a", text: [TEXT] }, "text"],
  ["title is a number", { text: TEXT, title: 2021 }, "title"],
  ["title is an array", { text: TEXT, title: ["Truce", "talks"] }, "title"],
  ["date is a number", { text: TEXT, date: 20210302 }, "date"],
  ["date is an object", { text: TEXT, date: { year: 2021 } }, "date"],
  ["date is a boolean", { text: TEXT, date: true }, "date"],
  ["source is a number", { text: TEXT, source: 7 }, "source"],
  ["url is an object", { text: TEXT, url: { href: "https://example.org" } }, "url"],
  ["id is an object", { id: { v: 1 }, text: TEXT }, "id"],
  ["id is a boolean", { id: false, text: TEXT }, "id"],
  ["format is unknown", { text: TEXT, format: "pdf" }, "format"],
];

test("records with wrong types come back as an invalid_input issue naming the field", async (t) => {
  for (const [what, record, path] of BAD) {
    await t.test(what, () => {
      const r = code(record);
      assert.equal(r.ok, false);
      if (r.ok) return;
      assert.equal(r.error.code, "invalid_input");
      assert.equal(r.error.path ?? "", path);
      assert.match(r.error.message, path ? new RegExp(`"${path}"`) : /input record/);
    });
  }
});

/** [what, record]: odd but valid */
const ODD: [string, unknown][] = [
  ["a numeric id", { id: 17, text: TEXT }],
  ["null title, date, source and url", { id: "b", text: TEXT, title: null, date: null, source: null, url: null }],
  ["fields we do not know", { id: "c", text: TEXT, lang: "en", tags: ["gaza"] }],
  ["an empty date string", { id: "d", text: TEXT, date: "" }],
  ["an impossible date (2021-02-30)", { id: "e", text: TEXT, date: "2021-02-30" }],
  ["a date in year 99999", { id: "f", text: TEXT, date: "99999-01-01" }],
];

test("odd but valid records still code", async (t) => {
  for (const [what, record] of ODD) {
    await t.test(what, () => {
      const r = code(record);
      assert.ok(r.ok, r.ok ? "" : r.error.message);
      assert.ok(r.value.events.length > 0);
    });
  }
});

test("a numeric id is kept as a string", () => {
  const r = code({ id: 17, text: TEXT });
  assert.ok(r.ok);
  assert.equal(r.value.id, "17");
});

test("impossible dates leave the article undated instead of failing", () => {
  for (const date of ["2021-02-30", "99999-01-01", "2021-13-01"]) {
    const r = code({ id: "g", text: TEXT, date });
    assert.ok(r.ok);
    assert.equal(r.value.article.published, null, date);
  }
});
