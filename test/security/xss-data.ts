/**
 * Hostile stored data for the dashboard's XSS test: 16 kinds of payload, and a store in which every field the
 * dashboard shows carries one. The articles are our example articles with a payload in the title, the source, the
 * URL and a quoted sentence of the text, coded by the real coder; then every display string of the coding (actor,
 * place and speaker names, mention and quote texts, event names and triggers, ACLED types, ceasefire terms) gets
 * the payload too, as a hostile dictionary or a tampered database would give it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createCoder } from "../../src/index.ts";
import type { CodedArticle } from "../../src/types.ts";
import type { ArticleCoder } from "../../src/ingest/run.ts";
import type { SourceItem } from "../../src/ingest/sources/item.ts";
import { EXAMPLES } from "../server/fixture.ts";

/** each payload calls window.__xss(kind) if it ever runs */
export const PAYLOADS: readonly (readonly [kind: string, payload: string])[] = [
  ["script", `<script>window.__xss("script")</script>`],
  ["img-onerror", `<img src=x onerror="window.__xss('img')">`],
  ["svg-onload", `<svg onload="window.__xss('svg')"></svg>`],
  ["iframe-srcdoc", `<iframe srcdoc="<script>parent.__xss('srcdoc')</script>"></iframe>`],
  ["attr-break", `"><script>window.__xss("attr")</script><x a="`],
  ["single-quote-attr", `' onmouseover='window.__xss("single")' data-x='`],
  ["anchor-js", `<a href="javascript:window.__xss('anchor')">read more</a>`],
  ["details-toggle", `<details open ontoggle="window.__xss('details')"><summary>x</summary></details>`],
  ["mutation", `<math><mtext><table><mglyph><style><img src=x onerror="window.__xss('mxss')">`],
  ["autofocus", `<input autofocus onfocus="window.__xss('focus')">`],
  ["object-data", `<object data="data:text/html,<script>parent.__xss('object')</script>"></object>`],
  ["meta-refresh", `<meta http-equiv="refresh" content="0;url=javascript:window.__xss('meta')">`],
  ["base-style", `<base href="http://evil.example/"><style>body{background:url(http://evil.example/x)}</style>`],
  ["template", "{{constructor.constructor('window.__xss(\"template\")')()}} ${window.__xss('literal')}"],
  ["javascript-url", "javascript:window.__xss('url')"],
  ["data-url", "data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX194c3MoJ2RhdGEnKTwvc2NyaXB0Pg=="],
];

const EXAMPLE_FILES = ["03-talks-open-in-moscow.txt", "04-truce-announced.txt", "07-shelling-of-ain-zara.txt", "09-drone-strike-on-mitiga.txt", "10-renewed-offensive.txt", "12-truce-collapses.txt"];

/** keys whose values are ids, codes or dates the dashboard routes and filters by: left as they are */
const KEEP = new Set(["id", "actor", "code", "country", "cameo", "plover", "plover_mode", "modality", "date", "date_precision",
  "precision", "status", "published", "kind", "speaker", "declared", "effective", "parties", "mediators", "evidence"]);

function poison(value: unknown, payload: string, key: string): unknown {
  if (typeof value === "string") return KEEP.has(key) ? value : `${value} ${payload}`;
  if (Array.isArray(value)) return value.map((v) => poison(v, payload, key));
  if (value !== null && typeof value === "object") {
    // the article's own text stays: every offset points into it (its payload is in the text itself)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, key === "article" && k === "text" ? v : poison(v, payload, k)]));
  }
  return value;
}

/** The real coder, with every display string of what it codes carrying the payload named by the input's id. */
export function hostileCoder(): ArticleCoder {
  const coder = createCoder();
  return {
    code(input) {
      const r = coder.code(input);
      const payload = PAYLOADS.find(([kind]) => input.id === `xss-${kind}`)?.[1];
      if (!r.ok || payload === undefined) return r;
      const coded = poison(r.value, payload, "") as CodedArticle;
      return { ok: true, value: { ...coded, article: { ...coded.article, url: /^(javascript|data):/.test(payload) ? payload : coded.article.url } } };
    },
  };
}

/** One article per payload kind, the payload in its title, source, URL and a quoted sentence of its text. */
export function hostileItems(): SourceItem[] {
  return PAYLOADS.map(([kind, payload], i) => {
    const file = EXAMPLE_FILES[i % EXAMPLE_FILES.length]!;
    const body = readFileSync(join(EXAMPLES, file), "utf8").split(/\n\s*\n/).slice(1).join("\n\n");
    const text = `"${payload} We will hold to the truce," a spokesman for the Government of National Accord told reporters in Tripoli.\n\n${body}`;
    return {
      ok: true, origin: `xss:${kind}`,
      input: { id: `xss-${kind}`, text, format: "text", date: `2020-01-${String(10 + i).padStart(2, "0")}`, title: `Truce report ${i + 1} ${payload}`,
        source: `Desk ${payload}`, url: /^(javascript|data):/.test(payload) ? payload : `https://news.example/${kind}?q=${encodeURIComponent(payload)}` },
    };
  });
}
