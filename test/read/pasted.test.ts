// Plain text copied from a web page: headline, byline, dateline, Markdown and page debris give the title, author,
// outlet and publication date, and a clean body (issue 10). Every text is made up, outlets and names too.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readArticle } from "../../src/read/index.ts";
import type { ArticleInput, ArticleMeta } from "../../src/types.ts";

function read(input: ArticleInput): ArticleMeta {
  const r = readArticle(input);
  if (!r.ok) assert.fail(`expected ok, got ${r.error.code}: ${r.error.message}`);
  return r.value;
}

const BODY = "The two sides agreed on Sunday to halt attacks from midnight, mediators said.";
const MORE = "The truce is the first since April, when talks in Lakeport broke down.";

interface Case {
  readonly what: string;
  readonly text: string;
  readonly title: string | null;
  readonly author: string | null;
  readonly source: string | null;
  readonly published: string | null;
  readonly body: string;
}

const CASES: Case[] = [
  { what: "headline, byline with agency, outlet dateline, debris and Markdown",
    text: `Rebels and army agree truce in Northland\nBy Jane Roe and Amal Stone, Reuters\nHarbour Courier, November 30, 2026\n\nShare this article\n\n![Smoke over Lakeport](https://img.example/smoke.jpg)\n\nThe two sides agreed on *Sunday* to halt attacks from midnight, **mediators** said.\n\nAdvertisement\n\n${MORE}\n\nRead more: [Aid convoys reach the city](https://news.example/aid)`,
    title: "Rebels and army agree truce in Northland", author: "Jane Roe and Amal Stone", source: "Harbour Courier",
    published: "2026-11-30", body: `${BODY}\n${MORE}` },
  { what: "Markdown heading, standfirst, byline with role, Updated dateline",
    text: `# Talks resume in Doha\n\n*Both sides send delegations a week after the shelling*\n\nBy Omar Said | Senior Correspondent\nUpdated 3:41 PM EST, Mon November 30, 2026\n\n${BODY}`,
    title: "Talks resume in Doha", author: "Omar Said", source: null, published: "2026-11-30",
    body: `Both sides send delegations a week after the shelling\n${BODY}` },
  { what: "outlet · date · reading time on one line",
    text: `Council names new envoy\nSahel and Sea Review · 30 Nov 2026 · 5 min read\n\n${BODY}`,
    title: "Council names new envoy", author: null, source: "Sahel and Sea Review", published: "2026-11-30", body: BODY },
  { what: "a Published and an Updated line: the publication date wins",
    text: `Fighting resumes near Rivertown\nBy Reuters Staff\nUpdated December 2, 2026\nPublished December 1, 2026\n\n${BODY}`,
    title: "Fighting resumes near Rivertown", author: null, source: "Reuters", published: "2026-12-01", body: BODY },
  { what: "ISO dateline and a byline with three names",
    text: `Ceasefire talks open in Geneva\n\nBy Jane Roe, Amal Stone and Omar Said\n2026-11-30\n\n${BODY}`,
    title: "Ceasefire talks open in Geneva", author: "Jane Roe, Amal Stone and Omar Said", source: null, published: "2026-11-30", body: BODY },
  { what: "a headline standing alone above the body",
    text: `Truce collapses in the north\n\n${BODY}\n\n${MORE}`,
    title: "Truce collapses in the north", author: null, source: null, published: null, body: `${BODY}\n${MORE}` },
  { what: "a headline, then debris, then the body",
    text: `Truce collapses in the north\nShare this article\n${BODY}`,
    title: "Truce collapses in the north", author: null, source: null, published: null, body: BODY },
  { what: "debris above the headline; a bold linked byline",
    text: `Advertisement\n\nEnvoy arrives in Lakeport\n**By [Jane Roe](https://news.example/staff/roe)**\n30 November 2026\n\n${BODY}`,
    title: "Envoy arrives in Lakeport", author: "Jane Roe", source: null, published: "2026-11-30", body: BODY },
  { what: "a byline for an outlet, no headline",
    text: `By Jane Roe for The Example Herald\nNov. 30, 2026\n\n${BODY}`,
    title: null, author: "Jane Roe", source: "The Example Herald", published: "2026-11-30", body: BODY },
  { what: "a masthead on its own line under the byline",
    text: `Rivals sign deal in Lakeport\nBy Amal Stone\nThe Lakeport Gazette\nMonday 30 November 2026\n\n${BODY}`,
    title: "Rivals sign deal in Lakeport", author: "Amal Stone", source: "The Lakeport Gazette", published: "2026-11-30", body: BODY },
  { what: "the site's masthead above the headline",
    text: `The Lakeport Gazette\nRivals sign deal in Lakeport\nBy Amal Stone\n\n${BODY}`,
    title: "Rivals sign deal in Lakeport", author: "Amal Stone", source: "The Lakeport Gazette", published: null, body: BODY },
  { what: "a Title Case headline that starts with The, and a relative time under the byline",
    text: `The Long Road To Peace\nBy Amal Stone\n2 hours ago\n\n${BODY}`,
    title: "The Long Road To Peace", author: "Amal Stone", source: null, published: null, body: BODY },
  { what: "an author bio at the end, named by the byline",
    text: `Rivals sign deal in Lakeport\nBy Amal Stone\n\n${BODY}\n\n${MORE}\n\nAmal Stone covers the northern provinces from Lakeport.`,
    title: "Rivals sign deal in Lakeport", author: "Amal Stone", source: null, published: null, body: `${BODY}\n${MORE}` },
  { what: "keyed headers still read as before",
    text: `Title: Truce holds\nSource: Harbour Courier\nPublished: 2026-11-30\n\n${BODY}`,
    title: "Truce holds", author: null, source: "Harbour Courier", published: "2026-11-30", body: BODY },
];

for (const c of CASES) {
  test(`pasted page: ${c.what}`, () => {
    const meta = read({ text: c.text });
    assert.deepEqual(
      { title: meta.title, author: meta.author, source: meta.source, published: meta.published, body: meta.text },
      { title: c.title, author: c.author, source: c.source, published: c.published, body: c.body },
    );
  });
}

/** Texts whose first line is body: no false titles (and no false bylines or datelines). */
const NO_TITLE: [string, string][] = [
  ["a first sentence", `${BODY}\n\n${MORE}`],
  ["one line", "Rebels attacked the port"],
  ["a single word", "NATO"],
  ["a hard-wrapped first line", `The two sides agreed on Sunday to halt attacks\nfrom midnight, mediators said.\n\n${MORE}`],
  ["a first line run on into a capitalised word", `Talks between the two sides resumed in\nLakeport on Monday, officials said.\n\n${MORE}`],
  ["a quote that ends a sentence", `“We will not sign,” the general said.\n\n${MORE}`],
  ["a sentence that starts with By", `By the time the convoy arrived, the truce had collapsed.\n\n${MORE}`],
  ["a sentence that starts with a date", `November 30, 2026 was the first quiet day in Lakeport.\n\n${MORE}`],
  ["two sentences on the first line", `Talks failed. Fighting resumed on Monday\n\n${MORE}`],
  ["a long lead that lost its full stop", `Aid groups in the north are increasingly relying on convoys from the coast rather than flights\n\n${MORE}`],
];

for (const [what, text] of NO_TITLE) {
  test(`no false title: ${what}`, () => {
    const meta = read({ text });
    assert.equal(meta.title, null);
    assert.equal(meta.author, null);
    assert.equal(meta.published, null);
    const firstLine = text.split("\n")[0] as string;
    assert.ok(meta.text.startsWith(firstLine.split(/\s+/).slice(0, 3).join(" ")), `body keeps the first line: ${meta.text}`);
  });
}

test("a headline with nothing under it is body, not an empty article", () => {
  assert.equal(read({ text: "Truce collapses in the north\n\nShare this article" }).text, "Truce collapses in the north");
});

test("the date and title the user gives win over what the page says", () => {
  const text = `Rebels and army agree truce in Northland\nBy Jane Roe\nHarbour Courier, November 30, 2026\n\n${BODY}`;
  const meta = read({ text, date: "2026-12-01", title: "Given title", source: "Given outlet" });
  assert.equal(meta.title, "Given title");
  assert.equal(meta.published, "2026-12-01");
  assert.equal(meta.source, "Given outlet");
  assert.equal(meta.author, "Jane Roe");
  assert.equal(meta.text, BODY);
  assert.deepEqual({ ...meta.header, author: null }, { title: null, author: null, source: null, published: null });
});

test("with a title given, a first line standing alone is the body's lead unless it is that title", () => {
  const lead = "Aid convoys reach Rivertown";
  assert.equal(read({ text: `${lead}\n\n${BODY}`, title: "Convoys arrive" }).text, `${lead}\n${BODY}`);
  const repeated = read({ text: `${lead}\n\n${BODY}`, title: "Aid convoys reach Rivertown" });
  assert.equal(repeated.text, BODY);
  assert.equal(repeated.title, lead);
  // a byline under it shows it is the page's headline, whatever title the caller gave
  assert.equal(read({ text: `${lead}\nBy Jane Roe\n\n${BODY}`, title: "Convoys arrive" }).text, BODY);
});

test("100,000 byline, dateline or debris lines at the top are read in linear time (within 20 s each)", () => {
  for (const line of ["By Jane Roe", "30 Nov 2026 · Updated 1 Dec 2026", "Share this article"]) {
    const started = performance.now();
    const r = readArticle({ text: `Truce holds\n${`${line}\n`.repeat(100_000)}\n${BODY}` });
    const seconds = (performance.now() - started) / 1000;
    assert.ok(r.ok && r.value.text.endsWith(BODY), line);
    assert.ok(seconds < 20, `${line}: ${seconds.toFixed(1)} s`);
  }
});
