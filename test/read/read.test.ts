import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { looksLikeHtml, readArticle } from "../../src/read/index.ts";
import type { ArticleInput, ArticleMeta } from "../../src/types.ts";

function read(input: ArticleInput): ArticleMeta {
  const r = readArticle(input);
  if (!r.ok) assert.fail(`expected ok, got ${r.error.code}: ${r.error.message}`);
  return r.value;
}

const PAGE = readFileSync(new URL("../fixtures/read/page.html", import.meta.url), "utf8");

test("text with header lines", () => {
  const text = [
    "Title: Truce holds in **Lakeport**",
    "By Jane Doe",
    "Source: The Example Herald",
    "Date: January 13, 2020",
    "URL: https://herald.example/truce",
    "",
    "The truce between the two factions held overnight, mediators said.",
    "",
    "Share this article",
  ].join("\n");
  const { header, input_map, ...meta } = read({ text });
  assert.deepEqual(meta, {
    title: "Truce holds in Lakeport", author: "Jane Doe", source: "The Example Herald", published: "2020-01-13",
    url: "https://herald.example/truce", text: "The truce between the two factions held overnight, mediators said.",
  });
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
  assert.deepEqual(header, {
    title: at("Truce holds in **Lakeport"), author: at("Jane Doe"), source: at("The Example Herald"), published: at("January 13, 2020"),
  });
  const body = text.indexOf("The truce between");
  assert.deepEqual(input_map, [[0, meta.text.length, body, body + meta.text.length]]);
});

test("Markdown body: heading title, bullets, links and emphasis stripped, hard wraps joined", () => {
  const meta = read({ text: [
    "# Council names new envoy",
    "",
    "The council named a new envoy to the talks on *Monday*, a",
    "spokesman said in a [statement](https://council.example/s).",
    "",
    "- Prisoner swap within **two weeks**",
    "- Aid corridor to Rivertown",
  ].join("\n") });
  assert.equal(meta.title, "Council names new envoy");
  assert.equal(meta.text, [
    "The council named a new envoy to the talks on Monday, a spokesman said in a statement.",
    "Prisoner swap within two weeks",
    "Aid corridor to Rivertown",
  ].join("\n"));
});

test("Unicode: NFC, whitespace collapsed, paragraphs joined by one newline, curly quotes kept", () => {
  const meta = read({ text: "Erdog\u0306an  met\u00a0the envoy.\r\n\r\n\r\n“We agreed,” he said." });
  assert.equal(meta.text, "Erdoğan met the envoy.\n“We agreed,” he said.");
});

test("input fields win over headers; dates normalised", () => {
  const meta = read({
    text: "Title: Header title\nPublished: 2020-01-13\n\nThe envoy arrived in Lakeport for talks.",
    title: "Given title", date: "2020-02-01T10:00:00Z", source: "Wire",
  });
  assert.equal(meta.title, "Given title");
  assert.equal(meta.published, "2020-02-01");
  assert.equal(meta.source, "Wire");
  assert.equal(read({ text: "Published: 13 January 2020\n\nThe talks began." }).published, "2020-01-13");
});

test("HTML page: defuddle body, metadata, chrome and boilerplate dropped", () => {
  const meta = read({ text: PAGE });
  assert.equal(meta.title, "Rivals agree truce in Northland");
  assert.equal(meta.author, "Jane Doe");
  assert.equal(meta.source, "The Example Herald");
  assert.equal(meta.published, "2020-01-13");
  assert.equal(meta.url, "https://herald.example/world/northland-truce");
  const paragraphs = meta.text.split("\n");
  assert.equal(paragraphs[0], "The two armed factions fighting over the northern province of Northland agreed on Sunday to halt all attacks from midnight, mediators said.");
  assert.ok(paragraphs.includes("“We are tired of war,” said Amal Stone, a shopkeeper in Rivertown, where shelling killed 12 people last week."));
  for (const gone of ["cookie", "Facebook", "Reuters", "Photo:", "Read more", "Subscribe", "correspondent", "©", "Most read", "Politics", "newsroom@"]) {
    assert.ok(!meta.text.includes(gone), `"${gone}" should have been dropped`);
  }
});

test("HTML fallback when defuddle finds little: paragraphs of the body, chrome skipped", () => {
  const html = "<div><nav><a href='/'>Home</a></nav><p>Rebels shelled the port on Monday, killing four people, officials said.</p>" +
    "<p>The council called for calm.</p><footer><p>© 2020 Example</p></footer></div>";
  const meta = read({ text: html, format: "html" });
  assert.equal(meta.text, "Rebels shelled the port on Monday, killing four people, officials said.\nThe council called for calm.");
});

test("HTML sniffing", () => {
  const cases: ReadonlyArray<readonly [string, boolean]> = [
    ["<!DOCTYPE html><html><body><p>x</p></body></html>", true],
    ["  <html lang='en'><p>x</p></html>", true],
    ["<div><p>a</p><p>b</p><p>c</p></div>", true],
    ["Talks <b>began</b> on Monday; 3 < 4 and 5 > 2.", false],
    ["Plain text about talks.", false],
  ];
  for (const [text, html] of cases) assert.equal(looksLikeHtml(text), html, text);
});

test("offsets refer to the returned text: it is already normal (idempotent read)", () => {
  const first = read({ text: PAGE });
  assert.equal(read({ text: first.text }).text, first.text);
});

test("character references left in plain text are decoded; HTML is decoded once", () => {
  assert.equal(read({ text: "Trade &amp; aid talks resumed on Monday, the ministers&#8217; office said.", format: "text" }).text,
    "Trade & aid talks resumed on Monday, the ministers’ office said.");
  assert.equal(read({ text: "Unknown &bogus; stays, and so does &#0;.", format: "text" }).text, "Unknown &bogus; stays, and so does &#0;.");
  assert.equal(read({ text: "<p>The &amp;lt;b&amp;gt; tag was shown as text in the talks transcript.</p>", format: "html" }).text,
    "The &lt;b&gt; tag was shown as text in the talks transcript.");
});
