/**
 * A corpus of nasty inputs we build ourselves, and fast-check arbitraries around them, for the fuzz tests
 * (test/fuzz/*.test.ts) and the long run (bench/fuzz.ts). Every text is generated here: nothing is copied.
 */
import fc from "fast-check";

const PROSE = [
  "Turkish troops shelled Kurdish positions near Afrin on Monday, the army said.",
  "Egyptian mediators met Hamas leaders in Cairo to discuss a truce in Gaza.",
  "\"We will not stop,\" said the rebel commander, Ahmed Saleh.",
  "The ceasefire took effect at midnight on Sunday, according to the United Nations.",
];

/** Deterministic pseudo-random bytes (a linear congruential generator), so the corpus is the same every run. */
export function bytes(n: number, seed = 7): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed >>> 0;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

const billionLaughs = (levels: number): string => {
  const entities = [`<!ENTITY lol0 "lol">`];
  for (let i = 1; i <= levels; i++) entities.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
  return `<?xml version="1.0"?><!DOCTYPE rss [${entities.join("")}]><rss><channel><item><title>&lol${levels};</title><description>&lol${levels};</description></item></channel></rss>`;
};

/** [name, text]: texts the reader and the coder must answer with a value (coded, or a clear issue), quickly. */
export function nastyTexts(): [string, string][] {
  return [
    ["random bytes read as UTF-8", Buffer.from(bytes(20_000)).toString("utf8")],
    ["random bytes read as Latin-1", Buffer.from(bytes(20_000, 11)).toString("latin1")],
    ["invalid UTF-8 sequences in prose", PROSE.map((p) => Buffer.concat([Buffer.from(p), Buffer.from([0xc3, 0x28, 0xe2, 0x82])]).toString("utf8")).join(" ")],
    ["lone surrogates", `${PROSE[0]} \ud800 ${PROSE[1]} \udfff\ud800\ud800 ${PROSE[2]}`],
    ["right-to-left and zero-width marks", `\u202e${PROSE[0]}\u202c \u200f${PROSE[1]}\u200b\u200c\u200d\u2066${PROSE[3]}\u2069\ufeff`],
    ["zero-width marks inside words", PROSE[0]!.split("").join("\u200b")],
    ["Arabic and Hebrew around English", `\u0627\u0644\u062c\u064a\u0634 ${PROSE[0]} \u05e9\u05dc\u05d5\u05dd ${PROSE[1]}`],
    ["100,000 nested elements", `<html><body>${"<div>".repeat(100_000)}${PROSE[0]}${"</div>".repeat(100_000)}</body></html>`],
    ["100,000 unclosed paragraphs", `<html><body>${"<p>".repeat(100_000)}${PROSE[1]}</body></html>`],
    ["200,000 \"<a \" without \">\"", `<html><body>${"<a ".repeat(200_000)}`],
    ["a 10,000-token sentence", `${Array.from({ length: 10_000 }, (_, i) => ["rebels", "attacked", "the", "town"][i % 4]).join(" ")}.`],
    ["a 1 MB word", `${PROSE[0]} ${"w".repeat(1_000_000)} ${PROSE[1]}`],
    ["50,000 emoji", `${"\u{1F525}".repeat(50_000)} ${PROSE[0]}`],
    ["30,000 combining accents", `${"e\u0301".repeat(30_000)} ${PROSE[0]}`],
    ["character references out of range", `&#0; &#xD800; &#1114112; &#99999999; &amp;&lt;&gt;&bogus; ${PROSE[0]}`],
    ["front matter that never closes", `---\ntitle: Truce\n${PROSE.join("\n")}`],
    ["only markup", "<html><head><script>var a = '<p>';</script></head><body><nav>Home</nav></body></html>"],
    ["a NUL byte", `${PROSE[0]}\u0000${PROSE[1]}`],
    ["only whitespace", " \n\t\u00a0\u3000 "],
    ["over the size limit", "Rebels attacked the town. ".repeat(210_000)],
  ];
}

/** [name, record]: records of wrong JSON types and impossible dates, for coder.code() */
export function nastyRecords(): [string, unknown][] {
  const text = PROSE[0]!;
  return [
    ["text is a number", { id: "r1", text: 42 }],
    ["text is missing", { id: "r2" }],
    ["text is an array", { id: "r3", text: [text] }],
    ["title is an object", { id: "r4", text, title: { en: "Truce" } }],
    ["date is a number", { id: "r5", text, date: 20210230 }],
    ["date 2021-02-30", { id: "r6", text, date: "2021-02-30" }],
    ["date in year 99999", { id: "r7", text, date: "99999-12-31" }],
    ["date 0000-00-00", { id: "r8", text, date: "0000-00-00" }],
    ["a 100,000-character date", { id: "r9", text, date: "2021".repeat(25_000) }],
    ["url that is no URL", { id: "r10", text: `<html><body><p>${PROSE.join("</p><p>")}</p></body></html>`, url: "::not a url::" }],
    ["null record", null],
    ["a string record", text],
    ["format unknown", { id: "r11", text, format: "pdf" }],
  ];
}

/** [name, xml]: feeds whose parsing must end quickly in items or a clear issue */
export function nastyFeeds(): [string, string][] {
  return [
    ["billion laughs", billionLaughs(9)],
    // found by the random property: the XML parser's error quotes the input, line breaks and all
    ["a parse error quoting a line break", "\udc00 \u{10666}\u19bd\u2a0f\u2227\u1415\u{18a0d}\u32ae\u0a2d\u129f\u{10b51} Published: 2021-02-30 </div> <p> \u200f <\u0338\u2caf\u{18999}\u{18952} \n\n \uff49\u{10cc6}\u{18a04}\u01c2\u{14418}\u23c7\u{1f077}"],
    ["quadratic entity blow-up", `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "${"x".repeat(50_000)}">]><rss><channel><item><description>${"&a;".repeat(20_000)}</description></item></channel></rss>`],
    ["external entity", `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss><channel><item><title>&x;</title><description>${PROSE[0]}</description></item></channel></rss>`],
    ["100,000 nested elements", `<rss><channel><item>${"<x>".repeat(100_000)}${"</x>".repeat(100_000)}</item></channel></rss>`],
    ["unclosed everything", `<rss><channel><item><title>${PROSE[0]}`],
    ["item is text", "<rss><channel><item>just text</item></channel></rss>"],
    ["garbage", "<rss><<<>>>&&&;]]><![CDATA["],
    ["random bytes after a root", `<rss>${Buffer.from(bytes(5000, 3)).toString("latin1")}</rss>`],
  ];
}

// ---- arbitraries --------------------------------------------------------------------------------------------

const MARKS = ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202a", "\u202e", "\u2066", "\u2069", "\ufeff", "\u00ad", "\ufffd", "\u0301"];
const SNIPPETS = [
  ...PROSE, "<p>", "</p>", "<li>", "<div>", "</div>", "<a href='x'>", "<!--", "-->", "<script>", "&amp;", "&#x", "---", "\n\n",
  "Title: ", "Published: 2021-02-30", "By Jane Doe", "# ", "\"", "\u201c", "\u201d", "said", "ceasefire", ",", ".",
];

/** Text built from prose, markup fragments, marks, lone surrogates and arbitrary Unicode. */
export const arbText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...SNIPPETS) },
      { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
      { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 20 }) },
      { weight: 1, arbitrary: fc.constantFrom(...MARKS) },
      { weight: 1, arbitrary: fc.constantFrom("\ud800", "\udc00", "\udbff\udbff") },
      { weight: 1, arbitrary: fc.integer({ min: 50, max: 3000 }).map((n) => "z".repeat(n)) },
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(" "));

/** A value of any JSON type, for fields that should be strings. */
export const arbJsonValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 2 }),
);

/** Dates as written, possible and impossible. */
export const arbDate: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom("2021-02-30", "99999-01-01", "2021-13-01", "0000-00-00", "2021-02-28", "Feb 30, 2021", "", "yesterday"),
  fc.tuple(fc.integer({ min: -10, max: 100_000 }), fc.integer({ min: -1, max: 14 }), fc.integer({ min: -1, max: 40 }))
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`),
  arbJsonValue,
);

/** Records as a library caller or a JSONL line may hand them over: mostly well-typed, often not. */
export const arbRecord: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.record({
    id: fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), arbJsonValue),
    text: fc.oneof({ weight: 5, arbitrary: arbText }, { weight: 1, arbitrary: arbJsonValue }),
    date: arbDate, title: fc.oneof(fc.string(), arbJsonValue), url: fc.oneof(fc.webUrl(), fc.string(), arbJsonValue),
  }, { requiredKeys: [] }) },
  { weight: 1, arbitrary: arbJsonValue },
);

/** The issue codes the reader and the coder may return; anything else is a new failure nobody handles. */
export const ISSUE_CODES = new Set([
  "empty", "binary", "encoding", "too_large", "too_deep", "not_english", "invalid_input", "time_budget",
]);
