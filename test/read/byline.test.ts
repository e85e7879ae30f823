// A byline that carries the outlet and the date as well as the name.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readArticle } from "../../src/read/index.ts";

const page = (byline: string) => `<!doctype html><html><head><title>Talks resume in Geneva</title></head><body><article>
<h1>Talks resume in Geneva</h1><p class="byline">By <span>${byline}</span></p>
${"<p>Delegations from both sides met in Geneva on Tuesday to discuss a ceasefire and the exchange of prisoners, officials said.</p>".repeat(6)}
</article></body></html>`;

test("a byline with outlet and date gives author, outlet and publication date", () => {
  const cases: [byline: string, author: string, source: string | null, published: string | null][] = [
    ["Jane Roe, Harbour Courier, 2021-03-04", "Jane Roe", "Harbour Courier", "2021-03-04"],
    ["Jane Roe, Harbour Courier", "Jane Roe", "Harbour Courier", null],
    ["Jane Roe", "Jane Roe", null, null],
  ];
  for (const [byline, author, source, published] of cases) {
    const r = readArticle({ text: page(byline), format: "html" });
    assert.ok(r.ok, byline);
    assert.match(r.value.author ?? "", new RegExp(author), byline);
    if (source) assert.equal(r.value.source, source, byline);
    assert.equal(r.value.published, published, byline);
  }
});
