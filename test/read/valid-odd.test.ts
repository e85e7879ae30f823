// Valid input the reader used to refuse or read as empty: HTML that leaves end tags implied, text that opens with
// "---" without a front-matter block, and pages with a URL defuddle cannot parse (which made it print stack traces).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readArticle } from "../../src/read/index.ts";
import { htmlDepth } from "../../src/read/checks.ts";

const SENTENCE = (i: number): string => `Mediators from Qatar met the delegations in Doha for round ${i} of the truce talks on Monday.`;
const page = (body: string): string => `<!doctype html><html><head><title>Truce talks</title></head><body><article>${body}</article></body></html>`;

/** [what, html, paragraphs expected in the text] */
const IMPLIED: [string, string, number][] = [
  ["600 paragraphs without </p>", page(Array.from({ length: 600 }, (_, i) => `<p>${SENTENCE(i)}`).join("\n")), 600],
  ["600 list items without </li>", page(`<ul>${Array.from({ length: 600 }, (_, i) => `<li>${SENTENCE(i)}`).join("\n")}</ul>`), 600],
  ["600 table rows without </tr> or </td>", page(`<table>${Array.from({ length: 600 }, (_, i) => `<tr><td>${SENTENCE(i)}`).join("\n")}</table>`), 600],
  ["600 definitions without </dt> or </dd>", page(`<dl>${Array.from({ length: 600 }, (_, i) => `<dt>Round ${i}<dd>${SENTENCE(i)}`).join("\n")}</dl>`), 600],
];

test("HTML whose end tags are implied is read, not refused as too deep", async (t) => {
  for (const [what, html, paragraphs] of IMPLIED) {
    await t.test(what, () => {
      const r = readArticle({ text: html });
      assert.ok(r.ok, r.ok ? "" : r.error.message);
      for (const i of [0, Math.floor(paragraphs / 2), paragraphs - 1]) assert.ok(r.value.text.includes(SENTENCE(i)), `round ${i} missing`);
    });
  }
});

/** [html, depth as a browser builds it] */
const DEPTHS: [string, number][] = [
  ["<div><p>x<br><img src=a></p><p/></div>", 2],
  ["<div><p>one<p>two<p>three</div>", 2],
  ["<ul><li>a<li>b<ul><li>c<li>d</ul><li>e</ul>", 4],
  ["<table><tr><td>a<td>b<tr><td>c</table>", 3],
  ["<p>text <div>block</div>", 1],
  ["<button><p>in a button</button>", 2],
  ["<div><!-- <div><div><div> --></div>", 1],
  ["<div><script>for (let i = 0; i < 3; i++) document.write('<div><div>');</script></div>", 1],
  ["<div></span></span></div><div>x</div>", 1],
  ["<!doctype html><html><body><div></div></body></html>", 3],
  [`<div>${"<a ".repeat(1000)}</div>`, 1],
];

test("htmlDepth applies implied end tags and skips comments, scripts and stray end tags", async (t) => {
  for (const [html, depth] of DEPTHS) await t.test(html.slice(0, 60), () => assert.equal(htmlDepth(html), depth));
});

test("really deep HTML is still refused", () => {
  const r = readArticle({ text: page(`${"<div>".repeat(800)}${SENTENCE(1)}${"</div>".repeat(800)}`) });
  assert.equal(r.ok ? "read" : r.error.code, "too_deep");
});

const BODY = `${SENTENCE(1)}\n\n${SENTENCE(2)}`;

/** [what, text, title, published] */
const DASHES: [string, string, string | null, string | null][] = [
  ["a rule line before the text", `---\n${BODY}`, null, null],
  ["a rule and a blank line", `---\n\n${BODY}`, null, null],
  ["a rule, then header lines", `---\nTitle: Doha talks\nPublished: 2021-05-20\n\n${BODY}`, "Doha talks", "2021-05-20"],
  ["a front-matter block", `---\ntitle: Doha talks\ndate: 2021-05-20\ntags:\n  - qatar\n---\n${BODY}`, "Doha talks", "2021-05-20"],
  ["a text with --- between its paragraphs", `---\n${SENTENCE(1)}\n---\n${SENTENCE(2)}`, null, null],
];

test("a text that starts with --- keeps its body", async (t) => {
  for (const [what, text, title, published] of DASHES) {
    await t.test(what, () => {
      const r = readArticle({ text });
      assert.ok(r.ok, r.ok ? "" : r.error.message);
      assert.ok(r.value.text.includes(SENTENCE(1)) && r.value.text.includes(SENTENCE(2)), r.value.text);
      assert.equal(r.value.title, title);
      assert.equal(r.value.published, published);
    });
  }
});

const URLS = ["not a url", "::bad", "http://", "javascript:alert(1)", "https://exa mple.org/", "http://[::1", "//example.org/a", "ftp://example.org/a"];

test("a page with a URL defuddle cannot parse is read without printing anything", async (t) => {
  const html = page(Array.from({ length: 6 }, (_, i) => `<p>${SENTENCE(i)}</p>`).join(""));
  for (const url of URLS) {
    await t.test(url, () => {
      const printed: string[] = [];
      const { error, warn, log } = console;
      const write = process.stderr.write;
      console.error = console.warn = console.log = (...args: unknown[]) => { printed.push(args.map(String).join(" ")); };
      process.stderr.write = ((chunk: string | Uint8Array) => { printed.push(String(chunk)); return true; }) as typeof process.stderr.write;
      let r;
      try {
        r = readArticle({ text: html, url });
      } finally {
        Object.assign(console, { error, warn, log });
        process.stderr.write = write;
      }
      assert.deepEqual(printed, []);
      assert.ok(r.ok, r.ok ? "" : r.error.message);
      assert.equal(r.value.url, url);
      assert.ok(r.value.text.includes(SENTENCE(5)));
    });
  }
});

test("a page of 100,000 elements is read by our own walk, within 20 s", () => {
  const html = page(`${"<p>".repeat(100_000)}${SENTENCE(7)}`);
  const started = performance.now();
  const r = readArticle({ text: html });
  const seconds = (performance.now() - started) / 1000;
  assert.ok(r.ok, r.ok ? "" : r.error.message);
  assert.ok(r.value.text.includes(SENTENCE(7)));
  assert.ok(seconds < 20, `${seconds.toFixed(1)} s`);
});
