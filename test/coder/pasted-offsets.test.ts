// A page pasted as text, coded end to end: the header fills title, author, outlet and date, the publication date
// dates the events, and every event's evidence, trigger, actor mention and quote maps back through
// article.input_map to the same characters of the text as pasted (issue 10). The page is our own fiction
// (examples/13-pasted-from-a-page.txt).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createCoder, inputSpan } from "../../src/index.ts";
import type { CodedArticle, InputRun } from "../../src/types.ts";

const PASTED = readFileSync(new URL("../../examples/13-pasted-from-a-page.txt", import.meta.url), "utf8");
const coder = createCoder();

function code(text: string): CodedArticle {
  const r = coder.code({ id: "pasted", text });
  if (!r.ok) assert.fail(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

/** The pasted characters behind body[start, end), compared word by word with the body (markup between words is allowed). */
function assertSameWords(coded: CodedArticle, start: number, end: number, what: string): void {
  const map = coded.article.input_map as readonly InputRun[];
  const span = inputSpan(map, start, end);
  assert.ok(span !== null, `${what}: mapped`);
  const pasted = PASTED.slice(span[0], span[1]);
  const body = coded.article.text.slice(start, end);
  assert.equal(pasted.replace(/[*_`]|!?\[|\]\([^)]*\)/g, "").replace(/\s+/g, " "), body.replace(/\s+/g, " "), what);
}

test("a pasted page gives title, author, outlet and publication date, which dates its events", () => {
  const { article, events } = code(PASTED);
  assert.equal(article.title, "UN envoy calls for new Libya talks in Geneva after Moscow truce collapses");
  assert.equal(article.author, "Nadia Karam and Tom Reyes");
  assert.equal(article.source, "Sahel and Sea Review");
  assert.equal(article.published, "2019-12-17");
  for (const gone of ["Share this article", "Advertisement", "Read more", "https://", "**", "!["]) assert.ok(!article.text.includes(gone), gone);
  assert.ok(events.some((e) => e.date === "2019-12-17"), "events dated from the dateline's publication date");
});

test("event evidence and triggers point at the right characters of the pasted text", () => {
  const coded = code(PASTED);
  assert.ok(coded.events.length >= 3, `events: ${coded.events.length}`);
  let triggers = 0;
  for (const e of coded.events) {
    assertSameWords(coded, e.span[0], e.span[1], `event ${e.cameo} evidence`);
    const at = coded.article.text.slice(e.span[0], e.span[1]).indexOf(e.trigger);
    if (at < 0) continue;
    const start = e.span[0] + at;
    const span = inputSpan(coded.article.input_map ?? [], start, start + e.trigger.length);
    assert.equal(span && PASTED.slice(span[0], span[1]), e.trigger, `event ${e.cameo} trigger`);
    triggers++;
  }
  assert.ok(triggers >= 3, `triggers checked: ${triggers}`);
});

test("actor mentions and quotes point at the right characters of the pasted text", () => {
  const coded = code(PASTED);
  const mentions = coded.actors.flatMap((a) => a.mentions);
  assert.ok(mentions.length >= 5);
  for (const m of mentions) {
    const span = inputSpan(coded.article.input_map ?? [], m.start, m.end);
    assert.equal(span && PASTED.slice(span[0], span[1]).replace(/\*\*/g, ""), m.text, `mention ${m.text}`);
  }
  assert.ok(mentions.some((m) => m.text === "Ghassan Salame"), "the bold name is a mention");
  for (const q of coded.quotes) assertSameWords(coded, q.start, q.end, `quote ${q.text.slice(0, 30)}`);
});

test("the pasted page codes as its clean body does with the same date", () => {
  const pasted = code(PASTED);
  const clean = coder.code({ id: "clean", text: pasted.article.text, date: "2019-12-17" });
  assert.ok(clean.ok);
  const key = (c: CodedArticle) => c.events.map((e) => `${e.cameo} ${e.span.join("-")} ${e.date}`);
  assert.deepEqual(key(pasted), key(clean.value));
});
