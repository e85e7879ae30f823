// The clean body of a plain text maps back to the input as given: every character of article.text, through
// article.input_map, lands on the input character it was read from, and article.header's offsets on the fields
// (issue 10). Texts are made up.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readArticle } from "../../src/read/index.ts";
import { decodeEntities } from "../../src/read/entities.ts";
import { inputSpan } from "../../src/read/input-map.ts";
import type { ArticleMeta, InputRun } from "../../src/types.ts";

function read(text: string): ArticleMeta {
  const r = readArticle({ text });
  if (!r.ok) assert.fail(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

/** The input characters one body character stands for, in the forms that may differ only by normalisation. */
function sameCharacter(clean: string, input: string): boolean {
  if (clean === input) return true;
  // a space or paragraph break stands for the input between the words or paragraphs it joins: white space, and
  // whatever was dropped there (a page's debris between two paragraphs)
  if (/^\s$/.test(clean)) return /\s/.test(input);
  return decodeEntities(input).normalize("NFC") === clean || input.normalize("NFC") === clean;
}

/** Asserts that each character of the body maps, in order, onto the input character it came from. */
function assertMapsBack(raw: string, meta: ArticleMeta): void {
  const map = meta.input_map as readonly InputRun[];
  assert.ok(Array.isArray(map), "plain text has an input map");
  let previous = -1;
  for (let i = 0; i < meta.text.length; i++) {
    const span = inputSpan(map, i, i + 1);
    assert.ok(span !== null, `character ${i} is mapped`);
    const [start, end] = span;
    assert.ok(start >= previous, `character ${i} maps in order`);
    previous = start;
    assert.ok(sameCharacter(meta.text[i] as string, raw.slice(start, end)),
      `body[${i}] ${JSON.stringify(meta.text[i])} maps to input[${start}, ${end}) ${JSON.stringify(raw.slice(start, end))}`);
  }
}

const PASTED: [string, string][] = [
  ["a pasted page with Markdown, debris and a byline",
    "Rebels and army agree truce in Northland\nBy Jane Roe, Reuters\nHarbour Courier, November 30, 2026\n\nShare this article\n\n![Smoke](https://img.example/s.jpg)\n\nThe two sides agreed on *Sunday* to halt attacks, **mediators** said in a [statement](https://news.example/s \"statement\").\n\nAdvertisement\n\n- Prisoners to be freed within _two weeks_\n- Aid corridor to `Rivertown`"],
  ["entities, no-break spaces, CRLF, a BOM and hard wraps",
    "\ufeffTalks &amp; truce\r\n\r\nThe envoy\u00a0said the talks&#8217; first round would\r\nopen in Lakeport  on Monday.\r\n\r\nAid\tgroups welcomed it."],
  ["combining marks composed, zero-width characters dropped",
    "Erdog\u0306an met the envoy.\n\nThe\u200b council said it would meet\u00ad again."],
  ["front matter", "---\ntitle: Doha talks\ndate: 2026-11-30\n---\nMediators met the delegations in Doha.\n\nThe talks ended on Monday."],
];

for (const [what, raw] of PASTED) {
  test(`every body character maps back to the input: ${what}`, () => assertMapsBack(raw, read(raw)));
}

test("header offsets point at the fields in the input", () => {
  const raw = PASTED[0]![1];
  const { header } = read(raw);
  for (const [field, text] of [["title", "Rebels and army agree truce in Northland"], ["author", "Jane Roe"], ["source", "Harbour Courier"], ["published", "November 30, 2026"]] as const) {
    const m = header?.[field];
    assert.ok(m, field);
    assert.equal(m.text, text, field);
    assert.equal(raw.slice(m.start, m.end), text, field);
  }
});

test("inputSpan of a word inside emphasis and a link is the word in the input", () => {
  const raw = PASTED[0]![1];
  const meta = read(raw);
  for (const word of ["Sunday", "mediators", "statement", "two weeks", "Rivertown"]) {
    const at = meta.text.indexOf(word);
    const span = inputSpan(meta.input_map ?? [], at, at + word.length);
    assert.ok(span, word);
    assert.equal(raw.slice(span[0], span[1]), word);
  }
});

test("inputSpan: a decoded entity stands for the whole reference; empty and outside ranges are null", () => {
  const raw = "Trade &amp; aid talks resumed.";
  const meta = read(raw);
  const amp = meta.text.indexOf("&");
  assert.deepEqual(inputSpan(meta.input_map ?? [], amp, amp + 1), [6, 11]);
  assert.equal(inputSpan(meta.input_map ?? [], 3, 3), null);
  assert.equal(inputSpan(meta.input_map ?? [], meta.text.length, meta.text.length + 2), null);
});

test("HTML pages carry no input map", () => {
  const r = readArticle({ text: "<html><body><article><p>Rebels shelled the port on Monday, killing four people, officials said.</p></article></body></html>" });
  assert.ok(r.ok);
  assert.equal(r.value.input_map, null);
  assert.equal(r.value.header, undefined);
});

test("random mixes of Markdown, entities and odd spaces map back character by character", () => {
  const bits = ["word", "Talks", " ", "  ", "\n", "\r\n", "\n\n", "*x*", "**bold**", "_it_", "[link](https://x.example/a)", "![img](https://x.example/i.png)", "&amp;", "&#8217;", "\u00a0", "\u200b", "e\u0301", ".", ",", "# ", "- ", "> ", "`code`", "By Jane Roe\n", "30 Nov 2026\n", "Share this article\n"];
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let k = 0; k < 300; k++) {
    let raw = "";
    for (let i = 0, n = 4 + Math.floor(next() * 30); i < n; i++) raw += bits[Math.floor(next() * bits.length)];
    raw += "\n\nThe envoy said the talks would resume.";
    assertMapsBack(raw, read(raw));
  }
});
