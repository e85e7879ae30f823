import { test } from "node:test";
import assert from "node:assert/strict";
import { feedDate, looksLikeFeed, parseFeed } from "../../src/ingest/sources/feed.ts";

const RSS = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Desk</title>
<item><title>Truce talks open</title><link>https://news.example/a</link><guid>a-1</guid><pubDate>Tue, 02 Mar 2021 10:00:00 GMT</pubDate>
<description>Short teaser &amp; more</description><content:encoded><![CDATA[<p>Envoys met on Tuesday.</p>]]></content:encoded></item>
<item><title>Second</title><link>https://news.example/b</link></item></channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title>
<entry><id>urn:x:1</id><title>Ceasefire holds</title><link rel="alternate" href="https://news.example/c"/><link rel="self" href="https://news.example/c.atom"/>
<updated>2021-05-22T08:00:00Z</updated><summary>Calm returned.</summary></entry></feed>`;

test("parses RSS items and Atom entries", () => {
  const rss = parseFeed(RSS);
  assert.ok(rss.ok);
  assert.deepEqual(rss.value[0], { id: "a-1", title: "Truce talks open", link: "https://news.example/a", date: "2021-03-02", content: "<p>Envoys met on Tuesday.</p>" });
  assert.deepEqual(rss.value[1], { id: null, title: "Second", link: "https://news.example/b", date: null, content: "" });
  const atom = parseFeed(ATOM);
  assert.ok(atom.ok);
  assert.deepEqual(atom.value, [{ id: "urn:x:1", title: "Ceasefire holds", link: "https://news.example/c", date: "2021-05-22", content: "Calm returned." }]);
});

test("tells feeds from pages and rejects what is neither", () => {
  const cases: [string, boolean][] = [[RSS, true], [ATOM, true], ["<html><body>x</body></html>", false], ["plain", false]];
  for (const [body, feed] of cases) assert.equal(looksLikeFeed(body), feed);
  const bad = parseFeed("<html><body>not a feed</body></html>");
  assert.equal(bad.ok ? "ok" : bad.error.code, "bad_feed");
  assert.equal(feedDate("garbage"), null);
});
